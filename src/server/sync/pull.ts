// GET /v1/sync/pull: the workspace's log after a cursor, one page at a time, holding only what the
// user may see. A page holds about `limit` change messages (whole log rows, at least one), so the
// server's memory is bounded by the page, never by the history or by how big one batch was; and
// it examines a bounded window of the log, so a user who sees little of it still moves on
// quickly. A log row holds one push's batches for one scope; a batch's parts within one page
// reach the client as one batch, and a batch whose parts land in two pages arrives in two parts
// (the client's idempotency is per change).
import type { Kysely } from 'kysely';
import type { PulledBatch, PullResponse } from '../../shared/sync-protocol';
import type { ServerDatabase } from '../db/database';
import { SyncHttpError } from '../http-error';
import { decodeBatches } from './batch-codec';
import { compactedSeq, maxSeq, visibleScope, type Viewer } from './workspace-log';

/** A page looks at most this many log rows per message it may return. */
const examinedPerMessage = 10;

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
  const { upTo, full } = await pageEnd(db, viewer, after, windowEnd, limit);
  const rows = await readRows(db, viewer, after, upTo);
  // A full page stops at its last row; otherwise the whole window was examined.
  const cursor = full ? upTo : Math.max(after, windowEnd);
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
    .selectFrom('syncLog')
    .select('seq')
    .where('workspaceId', '=', workspaceId)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(1)
    .offset(limit * examinedPerMessage - 1)
    .executeTakeFirst();
  return row ? Number(row.seq) : end;
}

/**
 * Where the page ends: after the first visible row that brings it to `limit` messages (every row
 * holds at least one, so `limit` rows always suffice), or at the window's end.
 */
async function pageEnd(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  after: number,
  windowEnd: number,
  limit: number,
): Promise<{ upTo: number; full: boolean }> {
  const visible = visibleScope('scope', viewer);
  let query = db
    .selectFrom('syncLog')
    .select(['seq', 'changeCount'])
    .where('workspaceId', '=', viewer.workspaceId)
    .where('seq', '>', after)
    .where('seq', '<=', windowEnd)
    .orderBy('seq')
    .limit(limit);
  if (visible) query = query.where(visible);
  let total = 0;
  for (const row of await query.execute()) {
    total += row.changeCount;
    if (total >= limit) return { upTo: Number(row.seq), full: true };
  }
  return { upTo: windowEnd, full: false };
}

interface LogRow {
  seq: number;
  body: Uint8Array;
  authorName: string | null;
  authorOwnerId: string | null;
}

async function readRows(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  after: number,
  upTo: number,
): Promise<LogRow[]> {
  const visible = visibleScope('sync_log.scope', viewer);
  let query = db
    .selectFrom('syncLog')
    .leftJoin('users', 'users.key', 'syncLog.author')
    .select(['syncLog.seq', 'syncLog.body', 'users.name as authorName', 'users.ownerId as authorOwnerId'])
    .where('syncLog.workspaceId', '=', viewer.workspaceId)
    .where('syncLog.seq', '>', after)
    .where('syncLog.seq', '<=', upTo)
    .orderBy('syncLog.seq');
  if (visible) query = query.where(visible);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

/**
 * One pulled batch per client batch, its scopes' changes in the order they were stored; batches
 * in stamp order (the order each replica made them in; replicas merge by stamp anyway).
 */
function mergeRows(rows: readonly LogRow[]): PulledBatch[] {
  const byId = new Map<string, PulledBatch>();
  for (const row of rows) {
    for (const stored of decodeBatches(row.body)) {
      const known = byId.get(stored.id);
      if (known) {
        known.changes.push(...stored.changes);
        known.seq = row.seq;
        continue;
      }
      byId.set(stored.id, {
        ...stored,
        actor: stored.actor === '' ? (row.authorOwnerId ?? '') : stored.actor,
        seq: row.seq,
        author: row.authorName ?? 'A removed user',
      });
    }
  }
  return [...byId.values()].sort((a, b) =>
    a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
