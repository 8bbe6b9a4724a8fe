// The team's tiers (key, name, order) from the loyalty settings; the defaults until those can be
// read, so tier filters and names work before anyone has tuned the loyalty settings.
import { useMemo } from 'react';
import { defaultTiers, type Tier } from '../../../../shared/loyalty';
import { useCoreQuery } from '../../api/core-queries';

export function useTiers(): { tiers: Tier[]; nameOf: (key: string | null) => string | null } {
  const settings = useCoreQuery('loyaltySettings.get', {});
  return useMemo(() => {
    const tiers = settings.data?.tiers ?? defaultTiers;
    return {
      tiers,
      nameOf: (key) => (key === null ? null : (tiers.find((tier) => tier.key === key)?.name ?? key)),
    };
  }, [settings.data]);
}
