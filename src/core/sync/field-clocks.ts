// Per-field clocks of local rows, read from the change log: a field's clock is the highest stamp
// among the non-lost change_log rows that wrote it (a field change, or a creation '*' whose value
// holds the field). A field a creation left to its column default has no clock: any message wins.
//
// A page's rows are looked up once in change_log (by row id, one indexed statement): that answers
// which of the page's changes are already logged, the clocks of single-field changes, and which
// rows were created here. Rows this computer has never logged (all of them on a joining computer)
// cost one index probe and nothing else.
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

export function changeKey(batchId: string, table: string, rowId: string, field: string): string {
  return `${batchId}\u001f${table}\u001f${rowId}\u001f${field}`;
}

export interface RowHistory {
  /** Change keys (batch, table, row, field) already logged for these batches: applied or lost. */
  logged: Set<string>;
  /** Clocks of single-field changes (creations' fields are added by loadCreationClocks). */
  clocks: RowClocks;
  /** Rows (rowKey) with any change already logged for these batches. */
  loggedRows: Set<string>;
  /**
   * Rows (rowKey) with a creation that holds, and its newest stamp: only their fields can have
   * creation clocks, and only where no single-field change at least as new holds the field.
   */
  created: Map<string, string>;
}

/** What change_log says about these rows, for the messages of these batches. */
export async function loadRowHistory(
  trx: Transaction<Database>,
  rowIds: readonly string[],
  batchIds: ReadonlySet<string>,
): Promise<RowHistory> {
  const history: RowHistory = {
    logged: new Set(),
    loggedRows: new Set(),
    clocks: new Map(),
    created: new Map(),
  };
  if (rowIds.length === 0) return history;
  const ids = JSON.stringify(rowIds);
  // The row index finds both: `+batch_id` keeps SQLite off the batch index, which for a large
  // batch arriving in many pages would read every change of it logged so far.
  const logged = await sql<{ batchId: string; tbl: string; rowId: string; field: string }>`
    select batch_id as "batchId", tbl, row_id as "rowId", field from change_log
    where row_id in (select value from json_each(${ids}))
      and +batch_id in (select value from json_each(${JSON.stringify([...batchIds])}))`.execute(trx);
  for (const row of logged.rows) {
    history.logged.add(changeKey(row.batchId, row.tbl, row.rowId, row.field));
    history.loggedRows.add(rowKey(row.tbl, row.rowId));
  }
  // SQLite returns the bare columns of the row that holds max(hlc) in each group.
  const latest = await sql<{ tbl: string; rowId: string; field: string; hlc: string; value: string | null }>`
    select tbl, row_id as "rowId", field, max(hlc) as hlc,
      case when field = '*' then null else new_value end as value
    from change_log
    where row_id in (select value from json_each(${ids})) and lost = 0
    group by tbl, row_id, field`.execute(trx);
  for (const row of latest.rows) {
    const key = rowKey(row.tbl, row.rowId);
    if (row.field === '*') {
      history.created.set(key, row.hlc);
      continue;
    }
    let fields = history.clocks.get(key);
    if (!fields) history.clocks.set(key, (fields = new Map()));
    fields.set(row.field, { hlc: row.hlc, value: row.value, fromCreation: false });
  }
  return history;
}

/**
 * Adds the clocks that creations hold to `clocks`: a [rowId, field] pair asks for one field, and
 * [rowId, '*'] for every field of the row (a creation merging into a row that exists). Only rows
 * with a creation in the log need asking (RowHistory.created). The creations are read once per
 * row (one indexed statement) and their fields picked here: joining each wanted field against the
 * creation's JSON in SQL parsed the same creation once per field.
 */
export async function loadCreationClocks(
  trx: Transaction<Database>,
  wanted: readonly (readonly [rowId: string, field: string])[],
  clocks: RowClocks,
): Promise<void> {
  if (wanted.length === 0) return;
  const fieldsOf = new Map<string, Set<string>>();
  for (const [rowId, field] of wanted) {
    let fields = fieldsOf.get(rowId);
    if (!fields) fieldsOf.set(rowId, (fields = new Set()));
    fields.add(field);
  }
  const created = await sql<{ tbl: string; rowId: string; hlc: string; value: string | null }>`
    select tbl, row_id as "rowId", hlc, new_value as value from change_log
    where row_id in (select value from json_each(${JSON.stringify([...fieldsOf.keys()])}))
      and field = '*' and lost = 0`.execute(trx);
  for (const row of created.rows) {
    const asked = fieldsOf.get(row.rowId)!;
    const everyField = asked.has('*');
    const key = rowKey(row.tbl, row.rowId);
    for (const field of creationFields(row.value)) {
      if (!everyField && !asked.has(field)) continue;
      let fields = clocks.get(key);
      if (!fields) clocks.set(key, (fields = new Map()));
      const known = fields.get(field);
      // A single-field change with the same stamp as the creation came after it in its batch.
      if (!known || row.hlc > known.hlc) fields.set(field, { hlc: row.hlc, value: null, fromCreation: true });
    }
  }
}

function creationFields(value: string | null): string[] {
  if (value === null) return [];
  const parsed = JSON.parse(value) as unknown;
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed) : [];
}
