// Regions known to this computer's data (partners and teammates), offered when giving a user regions.
import { useMemo } from 'react';
import { useCoreQuery } from '../../api/core-queries';
import { regionChoices } from './team-regions';

export function useRegionChoices(current: readonly string[] = []): string[] {
  const facets = useCoreQuery('partners.facets', {});
  const owners = useCoreQuery('owners.list', {});
  return useMemo(
    () =>
      regionChoices(
        facets.data?.regions ?? [],
        (owners.data ?? []).map((owner) => owner.region),
        current,
      ),
    [facets.data, owners.data, current],
  );
}
