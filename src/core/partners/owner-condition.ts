// The owner filter of lists over records that belong to partners (sales, survey answers): owner
// ids, with "none" for partners without an owner, applied to the joined partner `p`.
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** The owner filter's value for partners without an owner. */
export const noOwner = 'none';

export function ownerChoice(ownerIds: readonly string[]): { ids: string[]; none: boolean } {
  return { ids: ownerIds.filter((id) => id !== noOwner), none: ownerIds.includes(noOwner) };
}

/** `p.owner_id` among the chosen owners (or null when "none" is chosen); null: no owner filter. */
export function partnerOwnerCondition(ownerIds: readonly string[]): RawBuilder<SqlBool> | null {
  const { ids, none } = ownerChoice(ownerIds);
  const either: RawBuilder<SqlBool>[] = [];
  if (ids.length) either.push(sql<SqlBool>`p.owner_id in (${sql.join(ids)})`);
  if (none) either.push(sql<SqlBool>`p.owner_id is null`);
  return either.length ? sql<SqlBool>`(${sql.join(either, sql` or `)})` : null;
}
