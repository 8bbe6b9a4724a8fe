// GET /v1/sync/pull: the workspace's log after a cursor, one page at a time, holding only what the
// user may see. A page holds about `limit` change messages (whole log rows, at least one), so the
// server's memory is bounded by the page, never by the history or by how big one batch was; and
// it examines a bounded window of the log, so a user who sees little of it still moves on
// quickly. A log row holds one push's batches for one scope; a batch's parts within one page
// reach the client as one batch, and a batch whose parts land in two pages arrives in two parts
// (the client's idempotency is per change).
import { sql, type Kysely } from 'kysely';
import type { ServerDatabase } from '../db/database';
import { SyncHttpError } from '../http-error';
import { pullPageJson, type PageRow } from './pull-page-json';
import { compactedSeq, departedPartners, visibleScope, type Viewer } from './workspace-log';

/** A page looks at most this many log rows per message it may return. */
const examinedPerMessage = 10;

/**
 * The page's response: the JSON text of a PullResponse (see pull-page-json.ts). Three statements:
 * the log's bounds, the page's rows, and the compaction check after reading them. With `until`,
 * the log is read no further than that sequence (a partner's earlier history, up to where the
 * client had pulled when the partner came into view).
 */
export async function pullPage(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  after: number,
  limit: number,
  now: Date,
  until?: number,
): Promise<Buffer> {
  const bounds = clampBounds(await logBounds(db, viewer.workspaceId, after, limit), until);
  refuseCompacted(bounds.compacted, after);
  const rows = await readPage(db, viewer, after, bounds.windowEnd, limit);
  // A full page stops at its last row; otherwise the whole window was examined.
  const last = rows.at(-1);
  const cursor = last && last.running >= limit ? last.seq : Math.max(after, bounds.windowEnd);
  // Compaction may have folded rows away while this page was read: then the client must restart.
  refuseCompacted(await compactedSeq(db, viewer.workspaceId), after);
  return pullPageJson(rows, {
    cursor,
    more: cursor < bounds.end,
    head: bounds.end,
    viewer: { role: viewer.role, regions: viewer.regions },
    departed: await departedPartners(db, viewer, after, cursor),
    serverTime: now.toISOString(),
  });
}

function refuseCompacted(compacted: number, after: number): void {
  if (after < compacted) {
    throw new SyncHttpError(
      410,
      'RESYNC_REQUIRED',
      `The server has folded its history up to ${compacted} into a snapshot. Download the snapshot, then pull again.`,
    );
  }
}

interface LogBounds {
  compacted: number;
  /** The sequence of the workspace's newest log row (0 for an empty log). */
  end: number;
  /** The last row of the window this page may examine. */
  windowEnd: number;
}

function clampBounds(bounds: LogBounds, until: number | undefined): LogBounds {
  if (until === undefined || until >= bounds.end) return bounds;
  return { ...bounds, end: until, windowEnd: Math.min(bounds.windowEnd, until) };
}

async function logBounds(
  db: Kysely<ServerDatabase>,
  workspaceId: number,
  after: number,
  limit: number,
): Promise<LogBounds> {
  const result = await sql<{ compacted: unknown; newest: unknown; windowend: unknown }>`
    select w.compacted_seq as compacted,
      (select max(seq) from sync_log where workspace_id = w.id) as newest,
      (select seq from sync_log where workspace_id = w.id and seq > ${after}
        order by seq limit 1 offset ${limit * examinedPerMessage - 1}) as windowend
    from workspaces w where w.id = ${workspaceId}`.execute(db.withoutPlugins());
  const row = result.rows[0];
  if (!row) throw new Error(`Workspace ${workspaceId} is gone.`);
  const end = Number(row.newest ?? 0);
  return {
    compacted: Number(row.compacted),
    end,
    windowEnd: row.windowend === null ? end : Number(row.windowend),
  };
}

interface PageLogRow extends PageRow {
  /** Messages in the visible rows up to and including this one. */
  running: number;
}

/**
 * The visible rows of the window up to the first that brings the page to `limit` messages (every
 * row holds at least one, so `limit` rows always suffice), bodies only for those. Its names need
 * no case mapping, which would walk every row (so does the bounds statement).
 */
async function readPage(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  after: number,
  windowEnd: number,
  limit: number,
): Promise<PageLogRow[]> {
  const visible = visibleScope('l.scope', viewer);
  const result = await sql<{
    seq: unknown;
    body: Uint8Array;
    running: unknown;
    author: string | null;
    owner: string | null;
  }>`
    select page.seq, page.body, page.running, u.name as author, u.owner_id as owner
    from (
      select l.seq, l.body, l.author, l.change_count,
        sum(l.change_count) over (order by l.seq rows unbounded preceding) as running
      from sync_log l
      where l.workspace_id = ${viewer.workspaceId} and l.seq > ${after} and l.seq <= ${windowEnd}
        and ${visible ?? sql`1 = 1`}
      order by l.seq
      limit ${limit}
    ) page
    left join users u on u.key = page.author
    where page.running - page.change_count < ${limit}
    order by page.seq`.execute(db.withoutPlugins());
  return result.rows.map((row) => ({
    seq: Number(row.seq),
    body: row.body,
    running: Number(row.running),
    authorName: row.author,
    authorOwnerId: row.owner,
  }));
}
