// GET /v1/sync/pull: the workspace's log after a cursor, one page at a time, holding only what the
// user may see. A page examines a bounded window of the log (so a user who sees little of it still
// moves on quickly, and memory is bounded by the page, never by the history). A client batch is
// stored as one row per scope; its rows within one page reach the client as one batch, and a batch
// whose parts land in two pages arrives in two parts (the client's idempotency is per change).
import type { Kysely } from 'kysely';
import type { PulledBatch, PullResponse, SyncBatch } from '../../shared/sync-protocol';
import type { ServerDatabase } from '../db/database';
import { SyncHttpError } from '../http-error';
import { decodeChanges } from './batch-codec';
import { compactedSeq, maxSeq, visibleScope, type Viewer } from './workspace-log';

/** A page looks at most this many log rows per batch it may return. */
const examinedPerBatch = 10;

export async function pullBatches(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  after: number,
  limit: number,
  now: Date,
): Promise<PullResponse> {
  await refuseCompacted(db, viewer.workspaceId, after);
  const end = await maxSeq(db, viewer.workspaceId);
  const windowEnd = await windowLastSeq(db, viewer.workspaceId, after, limit, end);
  const rows = await readRows(db, viewer, after, windowEnd, limit);
  // A full page stops at its last row; otherwise the whole window was examined.
  const cursor = rows.length === limit ? rows[rows.length - 1]!.seq : Math.max(after, windowEnd);
  // Compaction may have folded rows away while this page was read: then the client must restart.
  await refuseCompacted(db, viewer.workspaceId, after);
  return {
    batches: mergeRows(rows),
    cursor,
    more: cursor < end,
    serverTime: now.toISOString(),
  };
}

async function refuseCompacted(
  db: Kysely<ServerDatabase>,
  workspaceId: number,
  after: number,
): Promise<void> {
  const compacted = await compactedSeq(db, workspaceId);
  if (after < compacted) {
    throw new SyncHttpError(
      410,
      'RESYNC_REQUIRED',
      `The server has folded its history up to ${compacted} into a snapshot. Download the snapshot, then pull again.`,
    );
  }
}

/** The last row of the window this page may examine. */
async function windowLastSeq(
  db: Kysely<ServerDatabase>,
  workspaceId: number,
  after: number,
  limit: number,
  end: number,
): Promise<number> {
  const row = await db
    .selectFrom('batches')
    .select('seq')
    .where('workspaceId', '=', workspaceId)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(1)
    .offset(limit * examinedPerBatch - 1)
    .executeTakeFirst();
  return row ? Number(row.seq) : end;
}

interface LogRow {
  seq: number;
  batchId: string;
  hlc: string;
  actor: string;
  label: string;
  origin: SyncBatch['origin'];
  undoes: string | null;
  permanent: number;
  changes: Uint8Array;
  authorName: string | null;
  authorOwnerId: string | null;
}

async function readRows(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  after: number,
  upTo: number,
  limit: number,
): Promise<LogRow[]> {
  const visible = visibleScope('batches.scope', viewer);
  let query = db
    .selectFrom('batches')
    .leftJoin('users', 'users.id', 'batches.authorId')
    .select([
      'batches.seq',
      'batches.batchId',
      'batches.hlc',
      'batches.actor',
      'batches.label',
      'batches.origin',
      'batches.undoes',
      'batches.permanent',
      'batches.changes',
      'users.name as authorName',
      'users.ownerId as authorOwnerId',
    ])
    .where('batches.workspaceId', '=', viewer.workspaceId)
    .where('batches.seq', '>', after)
    .where('batches.seq', '<=', upTo)
    .orderBy('batches.seq')
    .limit(limit);
  if (visible) query = query.where(visible);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

/** One pulled batch per client batch, its scopes' changes in the order they were stored. */
function mergeRows(rows: readonly LogRow[]): PulledBatch[] {
  const byId = new Map<string, PulledBatch>();
  for (const row of rows) {
    const changes = decodeChanges(row.changes);
    const known = byId.get(row.batchId);
    if (known) {
      known.changes.push(...changes);
      known.seq = row.seq;
      continue;
    }
    byId.set(row.batchId, {
      id: row.batchId,
      seq: row.seq,
      hlc: row.hlc,
      actor: row.actor === '' ? (row.authorOwnerId ?? '') : row.actor,
      label: row.label,
      origin: row.origin,
      undoes: row.undoes,
      permanent: row.permanent === 1,
      author: row.authorName ?? 'A removed user',
      changes,
    });
  }
  return [...byId.values()];
}
