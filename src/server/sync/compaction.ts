// Compaction: the log's rows older than an age are folded into row_states (per field, the value
// with the newest stamp, as every replica merges) and deleted, and the workspace's compacted_seq
// moves past them, so the log does not grow for ever and a new computer downloads state, not
// history. It runs in chunks of about `chunkMessages` messages (whole rows, at least one), one
// transaction each (memory bounded by the chunk), always from the start of the log and only while
// rows are old enough, holding the workspace's lock, so two server instances compacting at once
// fold each row exactly once.
import type { Kysely } from 'kysely';
import type { DatabaseKind, ServerDatabase } from '../db/database';
import { decodeBatches } from './batch-codec';
import type { StoredFields } from './snapshot';
import { isFieldsObject } from './scope';
import { compactedSeq, lockWorkspace } from './workspace-log';

export interface CompactionStore {
  db: Kysely<ServerDatabase>;
  kind: DatabaseKind;
}

export interface CompactionResult {
  /** Log rows folded into the snapshot and deleted. */
  folded: number;
  compactedSeq: number;
}

interface ChunkResult extends CompactionResult {
  /** The log may hold more rows old enough to fold (the chunk was cut by its size, not by age). */
  more: boolean;
}

/** Log rows folded per transaction at most. */
const defaultChunk = 2000;
/** Messages folded per transaction (at least one row). */
const defaultChunkMessages = 20_000;
/** Row states read or written per statement. */
const statementChunk = 500;

export interface CompactionOptions {
  now: Date;
  olderThanDays: number;
  /** Log rows folded per transaction at most. */
  chunk?: number;
  /** Messages folded per transaction at most (a log row is never split). */
  chunkMessages?: number;
}

/**
 * Folds every workspace's history older than `olderThanDays` (the CLI calls this hourly).
 * Returns the rows folded over all workspaces.
 */
export async function compactHistory(store: CompactionStore, options: CompactionOptions): Promise<number> {
  const workspaces = await store.db.selectFrom('workspaces').select('id').orderBy('id').execute();
  let folded = 0;
  for (const workspace of workspaces) {
    folded += (await compactWorkspace(store, workspace.id, options)).folded;
  }
  return folded;
}

export async function compactWorkspace(
  store: CompactionStore,
  workspaceId: number,
  options: CompactionOptions,
): Promise<CompactionResult> {
  const cutoff = options.now.getTime() - options.olderThanDays * 86_400_000;
  const chunk = {
    rows: options.chunk ?? defaultChunk,
    messages: options.chunkMessages ?? defaultChunkMessages,
  };
  let folded = 0;
  for (;;) {
    const step = await store.db.transaction().execute(async (trx) => {
      await lockWorkspace(trx, store.kind, workspaceId);
      return foldChunk(trx, workspaceId, cutoff, chunk);
    });
    folded += step.folded;
    if (!step.more) return { folded, compactedSeq: step.compactedSeq };
  }
}

/** What holds a field in the folded state: the stamp of the change that wrote it, and its value. */
interface FieldEntry {
  id: string;
  hlc: string;
  value: unknown;
}

/**
 * Last writer wins by stamp, as on the clients; changes are folded in log order, so of two with
 * one stamp (one batch setting a field twice) the later holds, as a client applying the batch does.
 */
const newer = (incoming: FieldEntry, holder: FieldEntry) => incoming.hlc >= holder.hlc;

interface RowState {
  table: string;
  rowId: string;
  /** The partner's key, as in the log. */
  scope: number;
  fields: Map<string, FieldEntry>;
}

const rowKey = (table: string, rowId: string) => `${table}\u001f${rowId}`;
/** Orders messages of equal stamps (one batch) by their place in the log. */
const messageId = (seq: number, index: number) =>
  `${seq.toString().padStart(16, '0')}:${index.toString().padStart(6, '0')}`;

async function foldChunk(
  db: Kysely<ServerDatabase>,
  workspaceId: number,
  cutoff: number,
  chunk: { rows: number; messages: number },
): Promise<ChunkResult> {
  const from = await compactedSeq(db, workspaceId);
  const candidates = await db
    .selectFrom('syncLog')
    .select(['seq', 'changeCount', 'receivedMs'])
    .where('workspaceId', '=', workspaceId)
    .where('seq', '>', from)
    .orderBy('seq')
    .limit(chunk.rows)
    .execute();
  // Only an unbroken run from the log's start: a young row stops it, whatever follows.
  let count = 0;
  let messages = 0;
  let young = false;
  for (const row of candidates) {
    if (Number(row.receivedMs) >= cutoff) {
      young = true;
      break;
    }
    if (count > 0 && messages + row.changeCount > chunk.messages) break;
    count++;
    messages += row.changeCount;
  }
  if (count === 0) return { folded: 0, compactedSeq: from, more: false };
  // Cut by the chunk's row or message limit, not by a young row nor the log's end: go on.
  const more = !young && (count < candidates.length || candidates.length === chunk.rows);
  const last = Number(candidates[count - 1]!.seq);
  const rows = await db
    .selectFrom('syncLog')
    .select(['seq', 'scope', 'body'])
    .where('workspaceId', '=', workspaceId)
    .where('seq', '>', from)
    .where('seq', '<=', last)
    .orderBy('seq')
    .execute();

  // Each message with its row's scope and its batch's stamp, numbered in log order.
  const decoded = rows.map((row) => ({
    seq: Number(row.seq),
    scope: row.scope,
    batches: decodeBatches(row.body),
  }));
  const states = await loadStates(
    db,
    workspaceId,
    decoded.flatMap((row) =>
      row.batches.flatMap((batch) => batch.changes.map((change) => [change.table, change.rowId] as const)),
    ),
  );
  for (const row of decoded) {
    let index = 0;
    for (const batch of row.batches)
      for (const change of batch.changes) {
        const hlc = batch.hlc;
        const id = messageId(row.seq, index++);
        const key = rowKey(change.table, change.rowId);
        let state = states.get(key);
        if (!state) {
          state = { table: change.table, rowId: change.rowId, scope: row.scope, fields: new Map() };
          states.set(key, state);
        }
        const offer = (field: string, value: unknown) => {
          const incoming: FieldEntry = { id, hlc, value };
          const holder = state.fields.get(field);
          if (!holder || newer(incoming, holder)) state.fields.set(field, incoming);
        };
        if (change.field === '*' && isFieldsObject(change.value)) {
          for (const [field, value] of Object.entries(change.value)) offer(field, value);
        } else if (change.field !== '*') {
          offer(change.field, change.value);
        }
      }
  }

  const upserts = [...states.values()].map((state) => ({
    workspaceId,
    tbl: state.table,
    rowId: state.rowId,
    scope: state.scope,
    fields: JSON.stringify(
      Object.fromEntries([...state.fields].map(([field, entry]) => [field, [entry.hlc, entry.value]])),
    ),
  }));
  for (let start = 0; start < upserts.length; start += statementChunk) {
    await db
      .insertInto('rowStates')
      .values(upserts.slice(start, start + statementChunk))
      .onConflict((conflict) =>
        conflict
          .columns(['workspaceId', 'tbl', 'rowId'])
          .doUpdateSet((eb) => ({ fields: eb.ref('excluded.fields') })),
      )
      .execute();
  }
  await db
    .deleteFrom('syncLog')
    .where('workspaceId', '=', workspaceId)
    .where('seq', '>', from)
    .where('seq', '<=', last)
    .execute();
  await db.updateTable('workspaces').set({ compactedSeq: last }).where('id', '=', workspaceId).execute();
  return { folded: rows.length, compactedSeq: last, more };
}

/** The stored states of the rows a chunk touches (their stamps take part in the merge). */
async function loadStates(
  db: Kysely<ServerDatabase>,
  workspaceId: number,
  keys: readonly (readonly [string, string])[],
): Promise<Map<string, RowState>> {
  const rowIdsByTable = new Map<string, Set<string>>();
  for (const [table, rowId] of keys) {
    const set = rowIdsByTable.get(table) ?? new Set<string>();
    set.add(rowId);
    rowIdsByTable.set(table, set);
  }
  const states = new Map<string, RowState>();
  for (const [table, rowIdSet] of rowIdsByTable) {
    const rowIds = [...rowIdSet];
    for (let start = 0; start < rowIds.length; start += statementChunk) {
      const rows = await db
        .selectFrom('rowStates')
        .select(['rowId', 'scope', 'fields'])
        .where('workspaceId', '=', workspaceId)
        .where('tbl', '=', table)
        .where('rowId', 'in', rowIds.slice(start, start + statementChunk))
        .execute();
      for (const row of rows) {
        const fields = new Map<string, FieldEntry>();
        // Stored holders rank below any message of equal stamp still in the log (id '').
        for (const [field, [hlc, value]] of Object.entries(JSON.parse(row.fields) as StoredFields)) {
          fields.set(field, { id: '', hlc, value });
        }
        states.set(rowKey(table, row.rowId), { table, rowId: row.rowId, scope: row.scope, fields });
      }
    }
  }
  return states;
}
