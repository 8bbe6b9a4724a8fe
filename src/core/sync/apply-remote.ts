// Applies change messages made elsewhere (pulled batches, snapshot rows) inside a transaction the
// caller owns: per field, the message with the higher clock stamp wins (last writer wins); a message
// that loses is logged with lost = 1 and never applied. A row this computer has never seen, created
// by one message of the page, takes a fast path: nothing to merge with, so it is inserted as it
// came (most of what a joining computer pulls). Winners are written with multi-row statements (every
// statement is a round trip to SQLite's worker thread), logged under the REMOTE batch id and stamp,
// and no change-producing derivation runs: the origin's batch already carries its awards and tier
// changes. Local derived rows (loyalty scores) are refreshed directly, or marked for the end of the
// pull.
import { sql, type Transaction } from 'kysely';
import { decodeField, sameValue, type AppliedRow, type FieldValue } from '../db/apply-changes';
import {
  entityTables,
  sqlTableName,
  type BatchOrigin,
  type Database,
  type EntityTable,
} from '../db/database';
import { rescore, scoresAffected } from '../loyalty/derive';
import { parseHlc } from './hlc';
import {
  changeKey,
  loadCreationClocks,
  loadRowHistory,
  rowKey,
  type FieldClock,
  type RowHistory,
} from './field-clocks';
import { markScoresPending } from './pending-scores';
import { StatementChain } from './statement-chain';

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

/**
 * A change_log row as it travels to SQLite: [hlc, batch, table, row, field, old value, new value,
 * lost]. The values stay JSON values (not JSON text): SQLite's `->` writes them back as the same
 * text JSON.stringify would, so a creation's fields are not encoded twice (once as text, then that
 * text escaped inside the statement's parameter).
 */
type LogRow = [string, string, EntityTable, string, string, unknown, unknown, 0 | 1];

/** Rows per insert statement: they travel as one JSON parameter. */
const rowsPerInsert = 5000;
/** Per table, its columns: camelCase field → snake_case column. */
type ColumnsOf = ReadonlyMap<EntityTable, ReadonlyMap<string, string>>;
const columnsCache = new Map<EntityTable, Map<string, string>>();

export interface ApplyOptions {
  /**
   * Rows this computer has never seen, arriving as one creation, skip the merge (default true).
   * False runs every message through the merge: the tests compare both.
   */
  fastPath?: boolean;
  /**
   * 'later': the loyalty scores these rows move are marked for the end of the pull
   * (refreshPendingScores) instead of recomputed now; a joining computer's pages touch the same
   * partners again and again. Default 'now'.
   */
  scores?: 'now' | 'later';
}

export async function applyRemote(
  trx: Transaction<Database>,
  batches: readonly RemoteBatch[],
  messages: readonly RemoteMessage[],
  now: string,
  options: ApplyOptions = {},
): Promise<RemoteOutcome> {
  const batchIds = new Set(batches.map((batch) => batch.id));
  const rowIds = new Set<string>();
  for (const message of messages) {
    batchIds.add(message.batchId);
    rowIds.add(message.rowId);
  }
  const history = await loadRowHistory(trx, [...rowIds], batchIds);
  const { fresh, freshKeys, perRow } = freshMessages(messages, history);
  const tables = new Set<EntityTable>();
  const freshBatches = new Set<string>();
  for (const message of fresh) {
    tables.add(message.table);
    freshBatches.add(message.batchId);
  }

  const columnsOf = await columnsByTable(trx, tables);
  const stored = await loadRows(trx, fresh, columnsOf);
  const states = new Map<string, RowState>();
  // Creations' clocks only for rows created here before (a row never logged here has none), and
  // only for fields no single-field change at least as new as the creation holds.
  const clocks = history.clocks;
  const creationFieldsWanted: (readonly [string, string])[] = [];
  for (const [index, message] of fresh.entries()) {
    const createdAt = history.created.get(freshKeys[index]!);
    if (createdAt === undefined) continue;
    const known = message.field === '*' ? undefined : clocks.get(freshKeys[index]!)?.get(message.field);
    if (!known || known.hlc < createdAt) creationFieldsWanted.push([message.rowId, message.field]);
  }
  await loadCreationClocks(trx, creationFieldsWanted, clocks);
  const fastPath = options.fastPath ?? true;
  const log: LogRow[] = [];
  const inserts = new InsertGroups(now);
  const createdAtOf = new Map<string, string>();
  let applied = 0;
  let lost = 0;

  for (let index = 0; index < fresh.length; index++) {
    const message = fresh[index]!;
    const key = freshKeys[index]!;
    const columns = columnsOf.get(message.table)!;
    if (
      fastPath &&
      message.field === '*' &&
      perRow.get(key) === 1 &&
      !stored.has(key) &&
      !clocks.has(key) &&
      !history.created.has(key)
    ) {
      // Never seen here and created by this one message: nothing to merge with, no clock to beat.
      const value = asFields(message.value);
      let createdAt = createdAtOf.get(message.hlc);
      if (createdAt === undefined) createdAtOf.set(message.hlc, (createdAt = createdAtFrom(message.hlc)));
      inserts.add(message.table, message.rowId, createdAt, message.insertValue ?? value, columns);
      log.push([message.hlc, message.batchId, message.table, message.rowId, '*', null, value, 0]);
      applied++;
      continue;
    }
    let state = states.get(key);
    if (!state) states.set(key, (state = rowState(message, stored.get(key))));
    let rowClocks = clocks.get(key);
    if (!rowClocks) clocks.set(key, (rowClocks = new Map()));
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

  for (const state of states.values()) {
    if (state.created)
      inserts.add(state.table, state.rowId, state.createdAt, state.values, columnsOf.get(state.table)!);
  }
  // Each statement's parameter is built while the statement before it runs.
  const chain = new StatementChain(trx);
  await inserts.write(chain, columnsOf);
  await writeUpdates(chain, columnsOf, states.values(), now);
  await insertLog(chain, log);
  await insertBatches(chain, batches);
  await chain.done();
  await refreshDerived(trx, inserts.created, states.values(), now, options.scores ?? 'now');
  return { batches: freshBatches.size, applied, lost, tables: [...tables] };
}

/**
 * The messages not logged here yet (a replayed page, an echo of this computer's own batch, a change
 * twice in one page), with their row keys, and how many messages each row has in the page.
 */
function freshMessages(
  messages: readonly RemoteMessage[],
  history: RowHistory,
): { fresh: RemoteMessage[]; freshKeys: string[]; perRow: Map<string, number> } {
  const seen = history.logged;
  const keys = messages.map((message) => rowKey(message.table, message.rowId));
  const perRow = new Map<string, number>();
  for (const key of keys) perRow.set(key, (perRow.get(key) ?? 0) + 1);
  const fresh: RemoteMessage[] = [];
  const freshKeys: string[] = [];
  for (const [index, message] of messages.entries()) {
    if (!(message.table in entityTables)) continue;
    const row = keys[index]!;
    // A row's only message in the page, with nothing of the row logged for these batches, cannot be
    // a duplicate: no key to build for it.
    if (perRow.get(row) !== 1 || history.loggedRows.has(row)) {
      const key = changeKey(message.batchId, message.table, message.rowId, message.field);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    fresh.push(message);
    freshKeys.push(row);
  }
  return { fresh, freshKeys, perRow };
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
  state.createdAt = createdAtFrom(message.hlc);
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
  return [
    message.hlc,
    message.batchId,
    message.table,
    message.rowId,
    field,
    oldValue,
    newValue,
    lost ? 1 : 0,
  ];
}

function rowState(message: RemoteMessage, stored: Record<string, unknown> | undefined): RowState {
  return {
    table: message.table,
    rowId: message.rowId,
    stored: stored !== undefined,
    created: false,
    createdAt: '',
    values: stored ?? {},
    changed: new Set(),
  };
}

/** A row created from a stamp is dated by that stamp's wall time (as on the computer that made it). */
function createdAtFrom(hlc: string): string {
  return new Date(parseHlc(hlc).wallMs).toISOString();
}

/**
 * Tables whose rows are part of their parent's search document: inserting one re-indexes the whole
 * parent (a case and every entry on it). Written before the other tables, the entries of a case
 * created in the same page find no case yet, and the case's own insert indexes it once with all of
 * them (a page of 650 cases with 6,500 entries: 5 s of re-indexing down to a fraction of it).
 */
const indexedWithParent = new Set<EntityTable>(['disputeEntries', 'retentionActions']);
const tableOrder = Object.keys(entityTables) as EntityTable[];

/**
 * The order new rows are inserted in, whatever order their messages came in and whichever path
 * they took: parents before children (entityTables lists them so), because insert triggers copy
 * from the parent (a contact's owner from its partner's), except the entries above.
 */
function insertRank(table: EntityTable): number {
  return (indexedWithParent.has(table) ? 0 : tableOrder.length) + tableOrder.indexOf(table);
}

/** Selects item `index` of a JSON array row: JSON text for JSON columns, the SQL value otherwise. */
function pick(index: number, json: boolean): string {
  return json ? `value -> '$[${index}]'` : `value ->> '$[${index}]'`;
}

/**
 * New rows grouped by table and the fields they carry (a missing field keeps its column default),
 * written with one statement per group of up to `rowsPerInsert` rows. Values stay JSON values
 * until SQLite reads them: JSON columns get their text from `->`, exactly what encodeFields makes.
 */
class InsertGroups {
  readonly created: AppliedRow[] = [];
  readonly #groups = new Map<string, { table: EntityTable; fields: string[]; rows: unknown[][] }>();

  constructor(private readonly now: string) {}

  add(
    table: EntityTable,
    rowId: string,
    createdAt: string,
    values: Record<string, unknown>,
    columns: ReadonlyMap<string, string>,
  ): void {
    const fields: string[] = [];
    for (const field of Object.keys(values)) if (columns.has(field) && field !== 'id') fields.push(field);
    const key = `${table}\u001f${fields.join(',')}`;
    let group = this.#groups.get(key);
    if (!group) this.#groups.set(key, (group = { table, fields, rows: [] }));
    const row: unknown[] = [rowId, createdAt, this.now];
    for (const field of fields) row.push(values[field] ?? null);
    group.rows.push(row);
    this.created.push({ table, rowId, created: true, fields });
  }

  async write(chain: StatementChain, columnsOf: ColumnsOf): Promise<void> {
    const groups = [...this.#groups.values()].sort((a, b) => insertRank(a.table) - insertRank(b.table));
    for (const { table, fields, rows } of groups) {
      const columns = columnsOf.get(table)!;
      const jsonFields: readonly string[] = entityTables[table].jsonFields;
      const names = ['id', 'created_at', 'updated_at', ...fields.map((field) => columns.get(field)!)];
      const selected = [
        pick(0, false),
        pick(1, false),
        pick(2, false),
        ...fields.map((field, index) => pick(index + 3, jsonFields.includes(field))),
      ].join(', ');
      for (let i = 0; i < rows.length; i += rowsPerInsert) {
        // The rows travel as one JSON parameter: no statement per row, no parameter limit.
        await chain.add(sql`insert into ${sql.raw(sqlTableName(table))} (${sql.raw(names.join(', '))})
          select ${sql.raw(selected)} from json_each(${JSON.stringify(rows.slice(i, i + rowsPerInsert))})`);
      }
    }
  }
}

async function columnsByTable(
  trx: Transaction<Database>,
  tables: Iterable<EntityTable>,
): Promise<Map<EntityTable, Map<string, string>>> {
  const columns = new Map<EntityTable, Map<string, string>>();
  for (const table of tables) columns.set(table, await tableColumns(trx, table));
  return columns;
}

/** The stored rows these messages touch (decoded values by rowKey), one statement per table. */
async function loadRows(
  trx: Transaction<Database>,
  messages: readonly RemoteMessage[],
  columnsOf: ReadonlyMap<EntityTable, Map<string, string>>,
): Promise<Map<string, Record<string, unknown>>> {
  const wanted = new Map<EntityTable, Set<string>>();
  for (const message of messages) {
    let ids = wanted.get(message.table);
    if (!ids) wanted.set(message.table, (ids = new Set()));
    ids.add(message.rowId);
  }
  const stored = new Map<string, Record<string, unknown>>();
  for (const [table, ids] of wanted) {
    const fields = [...columnsOf.get(table)!.keys()].filter((field) => field !== 'id');
    const result = await sql<Record<string, unknown>>`select * from ${sql.raw(sqlTableName(table))}
      where id in (select value from json_each(${JSON.stringify([...ids])}))`.execute(trx);
    for (const row of result.rows) {
      const values: Record<string, unknown> = {};
      for (const field of fields) values[field] = decodeField(table, field, row[field]);
      stored.set(rowKey(table, row.id as string), values);
    }
  }
  return stored;
}

/** Column names of a table, camelCase to snake_case, as SQLite has them. */
async function tableColumns(trx: Transaction<Database>, table: EntityTable): Promise<Map<string, string>> {
  const cached = columnsCache.get(table);
  if (cached) return cached;
  const result = await sql<{
    name: string;
  }>`select name from pragma_table_info(${sqlTableName(table)})`.execute(trx);
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

/** Stored rows whose fields changed: one statement per table and set of changed fields. */
async function writeUpdates(
  chain: StatementChain,
  columnsOf: ColumnsOf,
  states: Iterable<RowState>,
  now: string,
): Promise<void> {
  const updates = new Map<string, { table: EntityTable; fields: string[]; rows: unknown[][] }>();
  for (const state of states) {
    if (state.created || state.changed.size === 0) continue;
    const fields = [...state.changed].sort();
    const key = `${state.table}\u001f${fields.join(',')}`;
    let group = updates.get(key);
    if (!group) updates.set(key, (group = { table: state.table, fields, rows: [] }));
    group.rows.push([state.rowId, ...fields.map((field) => state.values[field] ?? null)]);
  }
  for (const { table, fields, rows } of updates.values()) {
    const columns = columnsOf.get(table)!;
    const jsonFields: readonly string[] = entityTables[table].jsonFields;
    const sqlTable = sqlTableName(table);
    const assignments = fields.map((field, index) => `${columns.get(field)!} = v.c${index}`).join(', ');
    const selected = fields
      .map((field, index) => `${pick(index + 1, jsonFields.includes(field))} as c${index}`)
      .join(', ');
    // One statement per group: the new values travel as one JSON parameter.
    await chain.add(sql`update ${sql.raw(sqlTable)} set ${sql.raw(assignments)}, updated_at = ${now}
      from (select value ->> '$[0]' as id, ${sql.raw(selected)} from json_each(${JSON.stringify(rows)})) as v
      where ${sql.raw(sqlTable)}.id = v.id`);
  }
}

async function insertLog(chain: StatementChain, log: readonly LogRow[]): Promise<void> {
  for (let i = 0; i < log.length; i += rowsPerInsert) {
    // Old and new values are JSON values in the parameter; `->` gives their JSON text (a JSON
    // null is no value: SQL null, as the write path logs it).
    await chain.add(sql`insert into change_log (hlc, batch_id, tbl, row_id, field, old_value, new_value, lost)
      select value ->> '$[0]', value ->> '$[1]', value ->> '$[2]', value ->> '$[3]', value ->> '$[4]',
        nullif(value -> '$[5]', 'null'), nullif(value -> '$[6]', 'null'), value ->> '$[7]'
      from json_each(${JSON.stringify(log.slice(i, i + rowsPerInsert))})`);
  }
}

async function insertBatches(chain: StatementChain, batches: readonly RemoteBatch[]): Promise<void> {
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
    await chain.add(sql`insert into batches (id, hlc, replica_id, actor, origin, label, undoes_batch_id,
        undone_by_batch_id, created_at, permanent, pushed)
      select json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
        json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'),
        json_extract(value, '$[6]'), null, json_extract(value, '$[7]'), json_extract(value, '$[8]'), 1
      from json_each(${JSON.stringify(rows.slice(i, i + rowsPerInsert))}) where true
      on conflict (id) do nothing`);
  }
  // An undo marks what it undid, whichever of the two arrived first: the undos that are in this
  // page or whose target is (one pass over the undo batches, not a lookup per batch of the page).
  const ids = JSON.stringify([...unique.keys()]);
  await chain.add(sql`update batches set undone_by_batch_id =
      (select u.id from batches u where u.undoes_batch_id = batches.id order by u.hlc limit 1)
    where undone_by_batch_id is null and id in (
      select undoes_batch_id from batches
      where undoes_batch_id is not null
        and (id in (select value from json_each(${ids}))
          or undoes_batch_id in (select value from json_each(${ids}))))`);
}

/** Loyalty scores of the partners these rows belong to; their own changes are the origin's. */
async function refreshDerived(
  trx: Transaction<Database>,
  created: readonly AppliedRow[],
  states: Iterable<RowState>,
  now: string,
  when: 'now' | 'later',
): Promise<void> {
  const applied: AppliedRow[] = [...created];
  for (const state of states) {
    if (!state.created && state.changed.size > 0)
      applied.push({ table: state.table, rowId: state.rowId, created: false, fields: [...state.changed] });
  }
  if (applied.length === 0) return;
  const affected = await scoresAffected(trx, applied);
  if (!affected) return;
  if (when === 'later') await markScoresPending(trx, affected);
  else await rescore(trx, affected, now);
}
