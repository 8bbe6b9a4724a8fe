// Per-field clocks of local rows, read from the change log: a field's clock is the highest stamp
// among the non-lost change_log rows that wrote it (a field change, or a creation '*' whose value
// holds the field). A field a creation left to its column default has no clock: any message wins.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database';

export interface FieldClock {
  hlc: string;
  /** JSON value of the holding change when it is a single-field change (null for '*' holders). */
  value: string | null;
  /** True when a creation ('*') holds it. */
  fromCreation: boolean;
}

/** Per table and row, per field, the clock. Keyed `${table}\u001f${rowId}`. */
export type RowClocks = Map<string, Map<string, FieldClock>>;

export function rowKey(table: string, rowId: string): string {
  return `${table}\u001f${rowId}`;
}

/**
 * The clocks of the fields these messages need: a [rowId, field] pair asks for one field, and
 * [rowId, '*'] for every field of the row (a creation merging into a row that exists). Two
 * statements: single-field changes, and creations whose value holds the field.
 */
export async function loadFieldClocks(
  trx: Transaction<Database>,
  wanted: readonly (readonly [rowId: string, field: string])[],
): Promise<RowClocks> {
  const clocks: RowClocks = new Map();
  if (wanted.length === 0) return clocks;
  const ids = JSON.stringify([...new Set(wanted.map(([rowId]) => rowId))]);
  const pairs = JSON.stringify(wanted);
  const put = (
    row: { tbl: string; rowId: string; field: string; hlc: string; value: string | null },
    star: boolean,
  ) => {
    const key = rowKey(row.tbl, row.rowId);
    let fields = clocks.get(key);
    if (!fields) clocks.set(key, (fields = new Map()));
    const known = fields.get(row.field);
    if (!known || row.hlc > known.hlc)
      fields.set(row.field, { hlc: row.hlc, value: row.value, fromCreation: star });
  };
  // SQLite returns the bare columns of the row that holds max(hlc) in each group.
  const single = await sql<{ tbl: string; rowId: string; field: string; hlc: string; value: string | null }>`
    select tbl, row_id as "rowId", field, max(hlc) as hlc, new_value as value from change_log
    where row_id in (select value from json_each(${ids})) and lost = 0 and field <> '*'
    group by tbl, row_id, field`.execute(trx);
  for (const row of single.rows) put(row, false);
  const created = await sql<{ tbl: string; rowId: string; field: string; hlc: string }>`
    select c.tbl, c.row_id as "rowId", j.key as field, max(c.hlc) as hlc
    from (select distinct json_extract(value, '$[0]') as rid, json_extract(value, '$[1]') as f
          from json_each(${pairs})) p
    join change_log c on c.row_id = p.rid and c.field = '*' and c.lost = 0
    join json_each(c.new_value) j on p.f = '*' or j.key = p.f
    group by c.tbl, c.row_id, j.key`.execute(trx);
  for (const row of created.rows) put({ ...row, value: null }, true);
  return clocks;
}

/** Change_log keys (batch, table, row, field) already logged for these batches: applied or lost. */
export async function loadLoggedChanges(
  trx: Transaction<Database>,
  batchIds: readonly string[],
): Promise<Set<string>> {
  const seen = new Set<string>();
  if (batchIds.length === 0) return seen;
  const result = await sql<{ batchId: string; tbl: string; rowId: string; field: string }>`
    select distinct batch_id as "batchId", tbl, row_id as "rowId", field from change_log
    where batch_id in (select value from json_each(${JSON.stringify([...new Set(batchIds)])}))`.execute(trx);
  for (const row of result.rows) seen.add(changeKey(row.batchId, row.tbl, row.rowId, row.field));
  return seen;
}

export function changeKey(batchId: string, table: string, rowId: string, field: string): string {
  return `${batchId}\u001f${table}\u001f${rowId}\u001f${field}`;
}
