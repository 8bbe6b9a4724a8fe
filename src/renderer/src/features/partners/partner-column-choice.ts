// Which columns the partner list shows. The choice is kept in localStorage; whatever is stored
// is checked against the known columns, so an old or edited value cannot break the list.
export const partnerColumnIds = [
  'name',
  'type',
  'status',
  'region',
  'country',
  'city',
  'owner',
  'tags',
  'contacts',
  'partnershipStart',
  'updatedAt',
  'score',
  'tier',
  'risk',
] as const;
export type PartnerColumnId = (typeof partnerColumnIds)[number];

export const defaultPartnerColumns: PartnerColumnId[] = [
  'name',
  'type',
  'status',
  'region',
  'country',
  'city',
  'owner',
];

export const partnerColumnsStorageKey = 'channelkeeper.partners.columns';

/** Reads a stored choice; the name column is always shown and the order is always the canonical one. */
export function parseColumnChoice(stored: string | null): PartnerColumnId[] {
  if (stored === null) return defaultPartnerColumns;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return defaultPartnerColumns;
    const chosen = new Set(parsed.filter((id): id is string => typeof id === 'string'));
    return partnerColumnIds.filter((id) => id === 'name' || chosen.has(id));
  } catch {
    return defaultPartnerColumns;
  }
}

export function toggleColumn(columns: PartnerColumnId[], id: PartnerColumnId): PartnerColumnId[] {
  if (id === 'name') return columns;
  const chosen = new Set(columns);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  return partnerColumnIds.filter((column) => chosen.has(column));
}
