// The one write path. Every create, update and delete is a batch of field-level changes applied
// here in one transaction and appended to change_log, which the timeline, undo and sync read.
import type { Insertable, Kysely, Transaction } from 'kysely';
import { CoreError } from '../../shared/errors';
import type { HybridClock } from '../sync/hlc';
import { entityTables, type BatchOrigin, type Database, type EntityTable } from './database';
import { newId } from './ids';

export type FieldValue = string | number | null | readonly string[];

export interface FieldChange {
  table: EntityTable;
  rowId: string;
  field: string;
  value: FieldValue;
}

export interface BatchInput {
  /** What the user did, shown in undo notifications, e.g. "Delete partner Maju Jaya". */
  label: string;
  origin: BatchOrigin;
  undoes?: string;
  changes: readonly FieldChange[];
  /**
   * Further changes applied after `changes`, one chunk at a time, each written and logged before
   * the next is taken, so a batch of a million field changes (a large import) is never held whole.
   * A row must not appear in two chunks (each is grouped by row on its own).
   */
  chunks?: AsyncIterable<readonly FieldChange[]>;
  /** History that may never be undone (case entries): a correction is a new entry instead. */
  permanent?: boolean;
  /**
   * Optimistic concurrency: the row must still be at this revision (what the user saw), else the
   * whole batch is refused with a CONFLICT naming `what` was changed. The batch should set the
   * row's revision to revision + 1.
   */
  expectRevision?: { table: EntityTable; rowId: string; revision: number; what: string };
  /**
   * Runs inside the batch's transaction before its changes: a check that must see every write
   * before it (a points balance that two redemptions at once would overdraw). Throw to refuse.
   */
  check?: (trx: Transaction<Database>) => Promise<void>;
  /**
   * Called after each statement with the batch's own rows written so far and their total so far
   * (with `chunks`, the rows of the chunks taken yet; a long import shows it). Throwing from it
   * (the user cancelled) rolls the whole batch back.
   */
  onProgress?: (written: number, total: number) => void;
}

/** A row the batch actually inserted or changed, and which fields. */
export interface AppliedRow {
  table: EntityTable;
  rowId: string;
  created: boolean;
  fields: readonly string[];
}

/**
 * Runs inside the batch's transaction after its own changes are applied, and returns further
 * changes that join the same batch (a tier change caused by a sales import is undone with it).
 * It may also refresh derived tables directly. Its own changes are not fed back to it.
 */
export type DeriveChanges = (
  trx: Transaction<Database>,
  applied: readonly AppliedRow[],
  now: string,
  actor: string,
) => Promise<readonly FieldChange[]>;

export interface WriterContext {
  clock: HybridClock;
  /** Owner id of the person making the change. */
  actor: string;
  now?: () => Date;
  derive?: DeriveChanges;
}

export interface BatchOutcome {
  /** Null when nothing actually changed (e.g. a form saved without edits). */
  batchId: string | null;
  tables: EntityTable[];
}

/** Rows read or inserted per statement: well under SQLite's bound-parameter limit. */
const chunkSize = 500;
const changeLogChunk = 1000;

/** One change per field of a row: how services describe a create or an edit. */
export function rowChanges(table: EntityTable, rowId: string, fields: object): FieldChange[] {
  return Object.entries(fields).map(([field, value]) => ({
    table,
    rowId,
    field,
    value: value as FieldValue,
  }));
}

export async function applyChanges(
  db: Kysely<Database>,
  writer: WriterContext,
  batch: BatchInput,
): Promise<BatchOutcome> {
  return db.transaction().execute((trx) => writeBatch(trx, writer, batch));
}

/** Applies a batch inside a transaction the caller owns (undo adds its bookkeeping to it). */
export async function writeBatch(
  trx: Transaction<Database>,
  writer: WriterContext,
  batch: BatchInput,
): Promise<BatchOutcome> {
  const batchId = newId();
  const now = (writer.now ?? (() => new Date()))().toISOString();
  let logRows: Insertable<Database['changeLog']>[] = [];
  let logged = 0;
  const flushLog = async () => {
    for (let i = 0; i < logRows.length; i += changeLogChunk) {
      await trx
        .insertInto('changeLog')
        .values(logRows.slice(i, i + changeLogChunk))
        .execute();
    }
    logged += logRows.length;
    logRows = [];
  };
  const tables = new Set<EntityTable>();
  let hlc: string | null = null;
  const stamp = () => (hlc ??= writer.clock.next());
  if (batch.expectRevision) await checkRevision(trx, batch.expectRevision);
  if (batch.check) await batch.check(trx);
  const applied: AppliedRow[] = [];
  let written = 0;
  let total = 0;
  const progress = (rows: number) => {
    written += rows;
    batch.onProgress?.(written, total);
  };

  const apply = async (changes: readonly FieldChange[], ownRows: boolean) => {
    const byRow = groupByRow(changes);
    const count = (rows: number) => {
      if (ownRows) progress(rows);
    };
    if (ownRows) total += [...byRow.values()].reduce((sum, rows) => sum + rows.size, 0);
    for (const [table, rows] of byRow) {
      const existing = await readRows(trx, table, [...rows.keys()]);
      const inserts: Record<string, unknown>[] = [];
      const updates = new Map<string, { values: Record<string, unknown>; ids: string[] }>();
      for (const [rowId, fields] of rows) {
        const current = existing.get(rowId);
        if (!current) {
          inserts.push({ ...encodeFields(table, fields), id: rowId, createdAt: now, updatedAt: now });
          logRows.push(logRow(stamp(), batchId, table, rowId, '*', null, { ...fields }));
          applied.push({ table, rowId, created: true, fields: Object.keys(fields) });
          continue;
        }
        const permanent = appendOnlyMessage(table);
        if (permanent) throw new CoreError({ code: 'CONFLICT', message: permanent });
        const changed: Record<string, FieldValue> = {};
        for (const [field, value] of Object.entries(fields)) {
          const oldValue = decodeField(table, field, current[field]);
          if (sameValue(oldValue, value)) continue;
          changed[field] = value;
          logRows.push(logRow(stamp(), batchId, table, rowId, field, oldValue, value));
        }
        if (Object.keys(changed).length === 0) continue;
        applied.push({ table, rowId, created: false, fields: Object.keys(changed) });
        const values = encodeFields(table, changed);
        const key = JSON.stringify(values);
        const same = updates.get(key);
        if (same) same.ids.push(rowId);
        else updates.set(key, { values, ids: [rowId] });
      }
      // Rows given the same new values (a month of claims approved at once) share one statement.
      for (const { values, ids } of updates.values()) {
        for (let i = 0; i < ids.length; i += chunkSize) {
          await trx
            .updateTable(table)
            .set({ ...values, updatedAt: now } as never)
            .where('id', 'in', ids.slice(i, i + chunkSize))
            .execute();
          count(Math.min(chunkSize, ids.length - i));
        }
        tables.add(table);
      }
      for (let i = 0; i < inserts.length; i += chunkSize) {
        await trx
          .insertInto(table)
          .values(inserts.slice(i, i + chunkSize) as never)
          .execute();
        count(Math.min(chunkSize, inserts.length - i));
        tables.add(table);
      }
    }
  };
  await apply(batch.changes, true);
  if (batch.chunks) {
    for await (const chunk of batch.chunks) {
      await apply(chunk, true);
      await flushLog();
    }
  }
  if (writer.derive && applied.length > 0)
    await apply(await writer.derive(trx, [...applied], now, writer.actor), false);

  await flushLog();
  if (logged === 0) return { batchId: null, tables: [] };
  await trx
    .insertInto('batches')
    .values({
      id: batchId,
      hlc: stamp(),
      replicaId: writer.clock.replicaId,
      actor: writer.actor,
      origin: batch.origin,
      label: batch.label,
      undoesBatchId: batch.undoes ?? null,
      undoneByBatchId: null,
      createdAt: now,
      permanent: batch.permanent ? 1 : 0,
    })
    .execute();
  return { batchId, tables: [...tables] };
}

function groupByRow(
  changes: readonly FieldChange[],
): Map<EntityTable, Map<string, Record<string, FieldValue>>> {
  const byTable = new Map<EntityTable, Map<string, Record<string, FieldValue>>>();
  for (const change of changes) {
    let rows = byTable.get(change.table);
    if (!rows) byTable.set(change.table, (rows = new Map()));
    let fields = rows.get(change.rowId);
    if (!fields) rows.set(change.rowId, (fields = {}));
    fields[change.field] = change.value;
  }
  return byTable;
}

async function readRows(
  trx: Transaction<Database>,
  table: EntityTable,
  ids: string[],
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < ids.length; i += chunkSize) {
    const rows = (await trx
      .selectFrom(table)
      .selectAll()
      .where('id', 'in', ids.slice(i, i + chunkSize))
      .execute()) as Record<string, unknown>[];
    for (const row of rows) found.set(row.id as string, row);
  }
  return found;
}

/** For an append-only table, what to tell someone trying to change its rows; else null. */
function appendOnlyMessage(table: EntityTable): string | null {
  const config = entityTables[table];
  return 'appendOnly' in config ? config.appendOnly : null;
}

async function checkRevision(
  trx: Transaction<Database>,
  expected: NonNullable<BatchInput['expectRevision']>,
): Promise<void> {
  const row = (await trx
    .selectFrom(expected.table)
    .selectAll()
    .where('id', '=', expected.rowId)
    .executeTakeFirst()) as { revision?: unknown; deletedAt?: unknown } | undefined;
  if (!row || row.deletedAt) {
    throw new CoreError({ code: 'NOT_FOUND', message: `${expected.what} does not exist or was deleted.` });
  }
  if (row.revision !== expected.revision) {
    throw new CoreError({
      code: 'CONFLICT',
      message: `${expected.what} was changed by someone else since you opened it. Reload to see their change, then make yours again.`,
      details: { revision: Number(row.revision), expected: expected.revision },
    });
  }
}

function isJsonField(table: EntityTable, field: string): boolean {
  return (entityTables[table].jsonFields as readonly string[]).includes(field);
}

/** Field values as stored: JSON fields as JSON text. */
export function encodeFields(
  table: EntityTable,
  fields: Record<string, FieldValue>,
): Record<string, unknown> {
  const encoded: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    encoded[field] = isJsonField(table, field) ? JSON.stringify(value) : value;
  }
  return encoded;
}

export function decodeField(table: EntityTable, field: string, stored: unknown): FieldValue {
  if (stored === undefined || stored === null) return null;
  if (isJsonField(table, field) && typeof stored === 'string') return JSON.parse(stored) as string[];
  return stored as FieldValue;
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  // JSON fields hold arrays and objects (a program's eligibility, a claim's lines): compare by content.
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

function logRow(
  hlc: string,
  batchId: string,
  table: EntityTable,
  rowId: string,
  field: string,
  oldValue: unknown,
  newValue: unknown,
): Insertable<Database['changeLog']> {
  return {
    hlc,
    batchId,
    tbl: table,
    rowId,
    field,
    oldValue: oldValue === null ? null : JSON.stringify(oldValue),
    newValue: newValue === null ? null : JSON.stringify(newValue),
  };
}
