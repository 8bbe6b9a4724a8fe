// Applies change messages made elsewhere (pulled batches, snapshot rows) inside a transaction the
// caller owns: per field, the message with the higher clock stamp wins (last writer wins); a message
// that loses is logged with lost = 1 and never applied. Winners are written with multi-row
// statements (every statement is a round trip to SQLite's worker thread), logged under the REMOTE
// batch id and stamp, and no change-producing derivation runs: the origin's batch already carries
// its awards and tier changes. Local derived rows (loyalty scores) are refreshed directly.
import { sql, type Insertable, type Transaction } from 'kysely';
import { decodeField, encodeFields, sameValue, type AppliedRow, type FieldValue } from '../db/apply-changes';
import { entityTables, type BatchOrigin, type Database, type EntityTable } from '../db/database';
import { deriveLoyalty } from '../loyalty/derive';
import { parseHlc } from './hlc';
import { changeKey, loadCreationClocks, loadRowHistory, rowKey, type FieldClock } from './field-clocks';

export interface RemoteMessage {
  batchId: string;
  hlc: string;
  table: EntityTable;
  rowId: string;
  /** A column in camelCase, or '*' for a creation (value = object of fields). */
  field: string;
  value: unknown;
  /**
   * A snapshot's creation: every field of the row, inserted when the row is missing, while only
   * `value` (the fields of this stamp) is logged under this stamp.
   */
  insertValue?: Record<string, unknown>;
}

export interface RemoteBatch {
  id: string;
  hlc: string;
  actor: string;
  label: string;
  origin: BatchOrigin;
  undoes: string | null;
  permanent: boolean;
}

export interface RemoteOutcome {
  /** Batches with at least one change new here. */
  batches: number;
  applied: number;
  lost: number;
  /** Tables whose rows changed, or whose history did (a lost change). */
  tables: EntityTable[];
}

interface RowState {
  table: EntityTable;
  rowId: string;
  /** In the database before this apply. */
  stored: boolean;
  /** Created by this apply (inserted at the end). */
  created: boolean;
  createdAt: string;
  /** Current decoded values (stored row, or the values to insert). */
  values: Record<string, unknown>;
  /** Fields of a stored row changed by this apply. */
  changed: Set<string>;
}

type LogRow = Insertable<Database['changeLog']>;

/** Rows per insert statement: they travel as one JSON parameter. */
const rowsPerInsert = 5000;
const columnsCache = new Map<EntityTable, Map<string, string>>();

export async function applyRemote(
  trx: Transaction<Database>,
  batches: readonly RemoteBatch[],
  messages: readonly RemoteMessage[],
  now: string,
): Promise<RemoteOutcome> {
  const batchIds = new Set(batches.map((batch) => batch.id));
  const rowIds = new Set<string>();
  for (const message of messages) {
    batchIds.add(message.batchId);
    rowIds.add(message.rowId);
  }
  const history = await loadRowHistory(trx, [...rowIds], batchIds);
  const seen = history.logged;
  const fresh: RemoteMessage[] = [];
  for (const message of messages) {
    if (!(message.table in entityTables)) continue;
    const key = changeKey(message.batchId, message.table, message.rowId, message.field);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(message);
  }
  const tables = new Set<EntityTable>();
  const freshBatches = new Set<string>();
  for (const message of fresh) {
    tables.add(message.table);
    freshBatches.add(message.batchId);
  }

  const columnsOf = await columnsByTable(trx, tables);
  const states = await loadRows(trx, fresh, columnsOf);
  // Creations' clocks only for rows created here before: a row never logged here has no clocks.
  const clocks = history.clocks;
  await loadCreationClocks(
    trx,
    fresh
      .filter((message) => history.created.has(rowKey(message.table, message.rowId)))
      .map((message) => [message.rowId, message.field] as const),
    clocks,
  );
  const log: LogRow[] = [];
  let applied = 0;
  let lost = 0;

  for (const message of fresh) {
    const state = states.get(rowKey(message.table, message.rowId))!;
    const columns = columnsOf.get(message.table)!;
    let rowClocks = clocks.get(rowKey(message.table, message.rowId));
    if (!rowClocks) clocks.set(rowKey(message.table, message.rowId), (rowClocks = new Map()));
    const exists = state.stored || state.created;
    const appendOnly = 'appendOnly' in entityTables[message.table];

    if (message.field === '*') {
      const value = asFields(message.value);
      if (!exists) {
        create(state, message, value, columns, rowClocks);
        log.push(logRow(message, '*', null, value, false));
        applied++;
        continue;
      }
      if (appendOnly) {
        // Created on two computers under one derived id: the first one stays, untouched.
        log.push(logRow(message, '*', null, value, true));
        lost++;
        continue;
      }
      const winners: Record<string, unknown> = {};
      const losers: Record<string, unknown> = {};
      for (const [field, fieldValue] of Object.entries(value)) {
        if (wins(message.hlc, rowClocks.get(field)) && columns.has(field) && field !== 'id') {
          winners[field] = fieldValue;
          setField(state, field, fieldValue);
          rowClocks.set(field, { hlc: message.hlc, value: null, fromCreation: true });
        } else losers[field] = fieldValue;
      }
      if (Object.keys(winners).length > 0) {
        log.push(logRow(message, '*', null, winners, false));
        applied++;
      } else lost++;
      if (Object.keys(losers).length > 0) log.push(logRow(message, '*', null, losers, true));
      continue;
    }

    const clock = rowClocks.get(message.field);
    const usable = columns.has(message.field) && message.field !== 'id' && !appendOnly;
    if (!usable || !wins(message.hlc, clock)) {
      log.push(
        logRow(
          message,
          message.field,
          exists ? (state.values[message.field] ?? null) : null,
          message.value,
          true,
        ),
      );
      lost++;
      continue;
    }
    rowClocks.set(message.field, {
      hlc: message.hlc,
      value: message.value === null ? null : JSON.stringify(message.value),
      fromCreation: false,
    });
    // A change to a row not created here yet waits in the log: its creation overlays it.
    const oldValue = exists ? (state.values[message.field] ?? null) : null;
    if (exists) setField(state, message.field, message.value);
    log.push(logRow(message, message.field, oldValue, message.value, false));
    applied++;
  }

  await writeRows(trx, states.values(), now);
  await insertLog(trx, log);
  await insertBatches(trx, batches);
  await refreshDerived(trx, states.values(), now);
  return { batches: freshBatches.size, applied, lost, tables: [...tables] };
}

/** Equal stamps come from one batch (the replica id is in the stamp): its later change wins. */
function wins(hlc: string, clock: FieldClock | undefined): boolean {
  return clock === undefined || hlc >= clock.hlc;
}

function create(
  state: RowState,
  message: RemoteMessage,
  value: Record<string, unknown>,
  columns: ReadonlyMap<string, string>,
  rowClocks: Map<string, FieldClock>,
): void {
  const values: Record<string, unknown> = {};
  for (const [field, fieldValue] of Object.entries(message.insertValue ?? value)) {
    if (columns.has(field) && field !== 'id') values[field] = fieldValue;
  }
  // Changes that arrived before the creation and are newer than it hold their fields.
  for (const [field, clock] of rowClocks) {
    if (clock.hlc > message.hlc && !clock.fromCreation && columns.has(field)) {
      values[field] = clock.value === null ? null : (JSON.parse(clock.value) as unknown);
    }
  }
  for (const field of Object.keys(value)) {
    const clock = rowClocks.get(field);
    if (wins(message.hlc, clock)) rowClocks.set(field, { hlc: message.hlc, value: null, fromCreation: true });
  }
  state.created = true;
  state.values = values;
  state.createdAt = new Date(parseHlc(message.hlc).wallMs).toISOString();
}

function setField(state: RowState, field: string, value: unknown): void {
  if (state.stored && !sameValue(state.values[field] as FieldValue, value as FieldValue))
    state.changed.add(field);
  state.values[field] = value;
}

function asFields(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function logRow(
  message: RemoteMessage,
  field: string,
  oldValue: unknown,
  newValue: unknown,
  lost: boolean,
): LogRow {
  return {
    hlc: message.hlc,
    batchId: message.batchId,
    tbl: message.table,
    rowId: message.rowId,
    field,
    oldValue: oldValue === null || oldValue === undefined ? null : JSON.stringify(oldValue),
    newValue: newValue === null || newValue === undefined ? null : JSON.stringify(newValue),
    lost: lost ? 1 : 0,
  };
}

async function columnsByTable(
  trx: Transaction<Database>,
  tables: Iterable<EntityTable>,
): Promise<Map<EntityTable, Map<string, string>>> {
  const columns = new Map<EntityTable, Map<string, string>>();
  for (const table of tables) columns.set(table, await tableColumns(trx, table));
  return columns;
}

/** The rows these messages touch, read per table in one statement each (every column). */
async function loadRows(
  trx: Transaction<Database>,
  messages: readonly RemoteMessage[],
  columnsOf: ReadonlyMap<EntityTable, Map<string, string>>,
): Promise<Map<string, RowState>> {
  const states = new Map<string, RowState>();
  const wanted = new Map<EntityTable, string[]>();
  for (const message of messages) {
    const key = rowKey(message.table, message.rowId);
    if (states.has(key)) continue;
    states.set(key, {
      table: message.table,
      rowId: message.rowId,
      stored: false,
      created: false,
      createdAt: '',
      values: {},
      changed: new Set(),
    });
    let ids = wanted.get(message.table);
    if (!ids) wanted.set(message.table, (ids = []));
    ids.push(message.rowId);
  }
  for (const [table, ids] of wanted) {
    const fields = [...columnsOf.get(table)!.keys()].filter((field) => field !== 'id');
    const result = await sql<Record<string, unknown>>`select * from ${sql.raw(sqlName(table))}
      where id in (select value from json_each(${JSON.stringify(ids)}))`.execute(trx);
    for (const row of result.rows) {
      const state = states.get(rowKey(table, row.id as string))!;
      state.stored = true;
      for (const field of fields) state.values[field] = decodeField(table, field, row[field]);
    }
  }
  return states;
}

function sqlName(table: EntityTable): string {
  return table.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Column names of a table, camelCase to snake_case, as SQLite has them. */
async function tableColumns(trx: Transaction<Database>, table: EntityTable): Promise<Map<string, string>> {
  const cached = columnsCache.get(table);
  if (cached) return cached;
  const result = await sql<{ name: string }>`select name from pragma_table_info(${sqlName(table)})`.execute(
    trx,
  );
  const columns = new Map<string, string>();
  for (const { name } of result.rows) {
    columns.set(
      name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase()),
      name,
    );
  }
  columns.delete('createdAt');
  columns.delete('updatedAt');
  if (columns.size > 0) columnsCache.set(table, columns);
  return columns;
}

async function writeRows(trx: Transaction<Database>, states: Iterable<RowState>, now: string): Promise<void> {
  // Inserts of one table with the same columns share statements; so do updates of the same fields.
  const inserts = new Map<string, { table: EntityTable; rows: Record<string, unknown>[] }>();
  const updates = new Map<string, { table: EntityTable; fields: string[]; rows: unknown[][] }>();
  for (const state of states) {
    if (state.created) {
      const row = {
        ...encodeFields(state.table, state.values as Record<string, FieldValue>),
        id: state.rowId,
        createdAt: state.createdAt,
        updatedAt: now,
      };
      const key = `${state.table}\u001f${Object.keys(row).sort().join(',')}`;
      let group = inserts.get(key);
      if (!group) inserts.set(key, (group = { table: state.table, rows: [] }));
      group.rows.push(row);
    } else if (state.changed.size > 0) {
      const fields = [...state.changed].sort();
      const key = `${state.table}\u001f${fields.join(',')}`;
      let group = updates.get(key);
      if (!group) updates.set(key, (group = { table: state.table, fields, rows: [] }));
      const encoded = encodeFields(
        state.table,
        Object.fromEntries(fields.map((field) => [field, state.values[field] as FieldValue])),
      );
      group.rows.push([state.rowId, ...fields.map((field) => encoded[field] ?? null)]);
    }
  }
  for (const { table, rows } of inserts.values()) {
    const columns = await tableColumns(trx, table);
    const fields = Object.keys(rows[0]!);
    const names = fields.map(
      (field) =>
        columns.get(field) ??
        (field === 'createdAt' ? 'created_at' : field === 'updatedAt' ? 'updated_at' : 'id'),
    );
    const selected = fields.map((_, index) => `json_extract(value, '$[${index}]')`).join(', ');
    for (let i = 0; i < rows.length; i += rowsPerInsert) {
      const payload = rows
        .slice(i, i + rowsPerInsert)
        .map((row) => fields.map((field) => row[field] ?? null));
      // The rows travel as one JSON parameter: no statement per row, no parameter limit.
      await sql`insert into ${sql.raw(sqlName(table))} (${sql.raw(names.join(', '))})
        select ${sql.raw(selected)} from json_each(${JSON.stringify(payload)})`.execute(trx);
    }
  }
  for (const { table, fields, rows } of updates.values()) {
    const columns = await tableColumns(trx, table);
    const sqlTable = sqlName(table);
    const assignments = fields.map((field, index) => `${columns.get(field)!} = v.c${index}`).join(', ');
    const selected = fields
      .map((_, index) => `json_extract(value, '$[${index + 1}]') as c${index}`)
      .join(', ');
    // One statement per group: the new values travel as one JSON parameter.
    await sql`update ${sql.raw(sqlTable)} set ${sql.raw(assignments)}, updated_at = ${now}
      from (select json_extract(value, '$[0]') as id, ${sql.raw(selected)} from json_each(${JSON.stringify(rows)})) as v
      where ${sql.raw(sqlTable)}.id = v.id`.execute(trx);
  }
}

async function insertLog(trx: Transaction<Database>, log: readonly LogRow[]): Promise<void> {
  for (let i = 0; i < log.length; i += rowsPerInsert) {
    const payload = log
      .slice(i, i + rowsPerInsert)
      .map((row) => [
        row.hlc,
        row.batchId,
        row.tbl,
        row.rowId,
        row.field,
        row.oldValue,
        row.newValue,
        row.lost,
      ]);
    await sql`insert into change_log (hlc, batch_id, tbl, row_id, field, old_value, new_value, lost)
      select json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
        json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'),
        json_extract(value, '$[6]'), json_extract(value, '$[7]')
      from json_each(${JSON.stringify(payload)})`.execute(trx);
  }
}

async function insertBatches(trx: Transaction<Database>, batches: readonly RemoteBatch[]): Promise<void> {
  if (batches.length === 0) return;
  const unique = new Map(batches.map((batch) => [batch.id, batch]));
  const rows = [...unique.values()].map((batch) => {
    const stamp = parseHlc(batch.hlc);
    return [
      batch.id,
      batch.hlc,
      stamp.replicaId,
      batch.actor,
      batch.origin,
      batch.label,
      batch.undoes,
      new Date(stamp.wallMs).toISOString(),
      batch.permanent ? 1 : 0,
    ];
  });
  for (let i = 0; i < rows.length; i += rowsPerInsert) {
    // `where true` lets SQLite read the upsert clause after a select.
    await sql`insert into batches (id, hlc, replica_id, actor, origin, label, undoes_batch_id,
        undone_by_batch_id, created_at, permanent, pushed)
      select json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
        json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'),
        json_extract(value, '$[6]'), null, json_extract(value, '$[7]'), json_extract(value, '$[8]'), 1
      from json_each(${JSON.stringify(rows.slice(i, i + rowsPerInsert))}) where true
      on conflict (id) do nothing`.execute(trx);
  }
  // An undo marks what it undid, whichever of the two arrived first: the undos that are in this
  // page or whose target is (one pass over the undo batches, not a lookup per batch of the page).
  const ids = JSON.stringify([...unique.keys()]);
  await sql`update batches set undone_by_batch_id =
      (select u.id from batches u where u.undoes_batch_id = batches.id order by u.hlc limit 1)
    where undone_by_batch_id is null and id in (
      select undoes_batch_id from batches
      where undoes_batch_id is not null
        and (id in (select value from json_each(${ids}))
          or undoes_batch_id in (select value from json_each(${ids}))))`.execute(trx);
}

/** Loyalty scores of the partners these rows belong to; their own changes are the origin's. */
async function refreshDerived(
  trx: Transaction<Database>,
  states: Iterable<RowState>,
  now: string,
): Promise<void> {
  const applied: AppliedRow[] = [];
  for (const state of states) {
    if (state.created)
      applied.push({
        table: state.table,
        rowId: state.rowId,
        created: true,
        fields: Object.keys(state.values),
      });
    else if (state.changed.size > 0)
      applied.push({ table: state.table, rowId: state.rowId, created: false, fields: [...state.changed] });
  }
  if (applied.length === 0) return;
  await deriveLoyalty(trx, applied, now, '');
}
