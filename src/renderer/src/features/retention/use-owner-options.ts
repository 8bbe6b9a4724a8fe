// Teammates as options of a select, and their names by id, for retention forms and tables.
import { useMemo } from 'react';
import { useCoreQuery } from '../../api/core-queries';

export function useOwnerOptions() {
  const owners = useCoreQuery('owners.list', {});
  return useMemo(() => {
    const list = owners.data ?? [];
    return {
      options: list.map((owner) => ({ value: owner.id, label: owner.name })),
      nameOf: (id: string | null) => list.find((owner) => owner.id === id)?.name ?? null,
      me: list.find((owner) => owner.isMe) ?? null,
    };
  }, [owners.data]);
}
