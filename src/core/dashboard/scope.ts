// The dashboard's region and owner selection as SQL conditions, for each kind of table it reads:
// partner rows (owner id or null) and the derived aggregates (owner '' for partners without one).
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { noOwner } from '../partners/owner-condition';

export interface DashboardScope {
  regions: readonly string[];
  /** Owner ids; "none" selects partners without an owner. */
  ownerIds: readonly string[];
}

export { noOwner };

/** Columns are SQL written in this module tree (never user input), so they go in raw. */
function ownerCondition(column: string, ids: readonly string[], nullable: boolean): RawBuilder<SqlBool> {
  const named = ids.filter((id) => id !== noOwner);
  const withoutOwner = named.length < ids.length;
  const ref = sql.raw(column);
  const parts: RawBuilder<SqlBool>[] = [];
  if (named.length) parts.push(sql<SqlBool>`${ref} in (${sql.join(named)})`);
  if (withoutOwner) parts.push(nullable ? sql<SqlBool>`${ref} is null` : sql<SqlBool>`${ref} = ''`);
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/**
 * Conditions on a row with a region and an owner column. `ownerNullable`: partners and
 * partner_scores keep no owner as null; the monthly aggregates and snapshots as ''.
 */
export function scopeConditions(
  scope: DashboardScope,
  columns: { region: string; owner: string; ownerNullable: boolean },
): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (scope.regions.length)
    conditions.push(sql<SqlBool>`${sql.raw(columns.region)} in (${sql.join([...scope.regions])})`);
  if (scope.ownerIds.length)
    conditions.push(ownerCondition(columns.owner, scope.ownerIds, columns.ownerNullable));
  return conditions;
}

/** The conditions joined with `and`, or a true literal when there are none. */
export function allOf(conditions: readonly RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length ? sql<SqlBool>`(${sql.join([...conditions], sql` and `)})` : sql<SqlBool>`1`;
}
