// The steps of one sync against the server: push the outbox (files first, then batches in
// requests within the protocol's limits; a refused batch is set aside and the rest go on), pull the
// log page by page from the saved cursor (files first, then the page), and download a snapshot for
// a joining computer or when the server has compacted history this computer never pulled. Along
// the pull, partners that came into the user's regions get their earlier history, and those that
// left, or that a change of the user's own regions took away, are removed (follow-regions.ts).
import {
  pushResponseSchema,
  syncLimits,
  type PushResponse,
  type SnapshotPage,
  type SyncBatch,
} from '../../../shared/sync-protocol';
import type { DownloadProgress } from '../../../shared/sync';
import type { CoreContext } from '../../context';
import { removeDepartedPartners } from '../departed-partners';
import { refreshPendingScores } from '../pending-scores';
import {
  applyPulledBatches,
  importSnapshotRows,
  markPushed,
  markRefused,
  partnersMissingHere,
  readOutbox,
} from '../replica';
import {
  downloadMissingAttachments,
  pulledHashes,
  snapshotHashes,
  uploadMissingAttachments,
} from './attachments-transfer';
import { shareDone } from './download-progress';
import { departedIn, followViewer, writeViewer } from './follow-regions';
import { done, pageFeed, pullPages, type PageSource } from './page-feed';
import { pulledPageCheck, snapshotPageCheck } from './page-check';
import { SyncServerError, type SyncHttp } from './sync-http';
import { readSyncSettings, writeSyncSettings } from './sync-state';

export interface SyncRunEnv {
  ctx: CoreContext;
  http: SyncHttp;
  workspaceId: string;
  /** Runs a request with a valid access token (refreshing it once when needed). */
  authorized<T>(request: (token: string) => Promise<T>): Promise<T>;
  pullPageSize: number;
  snapshotPageSize: number;
  /** Told how far a download of several pages has come, after each page or group of pages. */
  onDownload?: (progress: DownloadProgress) => void;
}

/**
 * Pages' worth of messages applied in one transaction at most, when that many have arrived: a
 * joining computer's 100,000 messages go in 3 transactions instead of 20 (each page edits the same
 * partners again; measured on a replay: 4 pages 5.3 s of CPU, 8 pages 4.5 s). The transaction
 * holds the database for about a second then, which a join can afford.
 */
const pagesPerApply = 8;

/** Room left under the body limit for the request's envelope and JSON escaping differences. */
const pushBodyBudget = Math.floor(syncLimits.maxBodyBytes * 0.75);

/** Splits batches (in order) into pushes within the batch, change and body-size limits. */
export function chunkForPush(
  batches: readonly SyncBatch[],
  limits: { batches: number; changes: number; bytes: number } = {
    batches: syncLimits.maxBatchesPerPush,
    changes: syncLimits.maxChangesPerPush,
    bytes: pushBodyBudget,
  },
): SyncBatch[][] {
  const chunks: SyncBatch[][] = [];
  let chunk: SyncBatch[] = [];
  let changes = 0;
  let bytes = 0;
  for (const batch of batches) {
    const size = Buffer.byteLength(JSON.stringify(batch));
    const full =
      chunk.length >= limits.batches ||
      changes + batch.changes.length > limits.changes ||
      bytes + size > limits.bytes;
    if (chunk.length > 0 && full) {
      chunks.push(chunk);
      chunk = [];
      changes = 0;
      bytes = 0;
    }
    chunk.push(batch);
    changes += batch.changes.length;
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

export interface PushOutcome {
  pushed: number;
  refused: number;
}

/** Pushes every batch of the outbox; returns how many batches went and how many were refused. */
export async function pushOutbox(env: SyncRunEnv): Promise<PushOutcome> {
  const total: PushOutcome = { pushed: 0, refused: 0 };
  for (;;) {
    const outbox = await readOutbox(env.ctx, {
      batches: syncLimits.maxBatchesPerPush,
      changes: syncLimits.maxChangesPerPush,
    });
    if (outbox.length === 0) return total;
    const round = await pushRound(env, outbox);
    total.pushed += round.pushed;
    total.refused += round.refused;
    // Nothing left the outbox: stop rather than send the same batches again in a loop.
    if (round.pushed === 0 && round.refused === 0) return total;
  }
}

async function pushRound(env: SyncRunEnv, outbox: readonly SyncBatch[]): Promise<PushOutcome> {
  // A large batch may come as several parts with the same id (one per scope); it leaves the
  // outbox once every part has gone.
  const partsLeft = new Map<string, number>();
  for (const batch of outbox) partsLeft.set(batch.id, (partsLeft.get(batch.id) ?? 0) + 1);
  const refused = new Set<string>();
  let pushed = 0;
  for (const chunk of chunkForPush(outbox)) {
    const sendable = chunk.filter((batch) => !refused.has(batch.id));
    if (sendable.length === 0) continue;
    await env.authorized((token) =>
      uploadMissingAttachments(env.ctx, env.http, () => Promise.resolve(token), sendable),
    );
    const sent = await pushChunk(env, sendable, refused);
    const done: string[] = [];
    for (const batch of sent) {
      const left = (partsLeft.get(batch.id) ?? 1) - 1;
      partsLeft.set(batch.id, left);
      if (left === 0) done.push(batch.id);
    }
    if (done.length > 0) {
      await markPushed(env.ctx, done);
      pushed += done.length;
    }
  }
  return { pushed, refused: refused.size };
}

/**
 * Pushes one chunk. The server applies all of a push or nothing: when it refuses one batch (403
 * with its id), that batch is marked refused and the rest is pushed again without it. A push too
 * large for the server (413) is sent in halves. Returns the batches that went.
 */
async function pushChunk(
  env: SyncRunEnv,
  chunk: readonly SyncBatch[],
  refused: Set<string>,
): Promise<SyncBatch[]> {
  let batches = chunk.filter((batch) => !refused.has(batch.id));
  while (batches.length > 0) {
    try {
      const response = await env.authorized((token) =>
        env.http.json(
          {
            method: 'POST',
            path: '/v1/sync/push',
            token,
            json: { workspaceId: env.workspaceId, replicaId: env.ctx.clock.replicaId, batches },
          },
          pushResponseSchema,
        ),
      );
      await skipOwnPush(env, response);
      return batches;
    } catch (error) {
      if (!(error instanceof SyncServerError)) throw error;
      if (error.status === 403 && error.batchId && batches.some((b) => b.id === error.batchId)) {
        await markRefused(env.ctx, error.batchId, error.message);
        refused.add(error.batchId);
        batches = batches.filter((batch) => batch.id !== error.batchId);
        continue;
      }
      if (error.status === 413 && batches.length > 1) {
        const half = Math.ceil(batches.length / 2);
        const first = await pushChunk(env, batches.slice(0, half), refused);
        const second = await pushChunk(env, batches.slice(half), refused);
        return [...first, ...second];
      }
      throw error;
    }
  }
  return batches;
}

/**
 * Nothing came into the log between this computer's pull cursor and what it just pushed: move the
 * cursor past its own rows instead of pulling back, and merging again, what it already holds.
 */
async function skipOwnPush(env: SyncRunEnv, response: PushResponse): Promise<void> {
  if (response.firstSeq === null) return;
  const { cursor } = await readSyncSettings(env.ctx.db);
  if (cursor === response.firstSeq - 1) await writeSyncSettings(env.ctx.db, { cursor: response.cursor });
}

/**
 * Pulls every page after the saved cursor; a compacted log answers 410 and a snapshot is merged.
 * Pages are fetched ahead while earlier ones are applied (page-feed.ts), and the pages that have
 * arrived are applied together, up to `pagesPerApply` pages' worth of messages, in one transaction
 * with the cursor of the last of them. If applying fails, what was fetched ahead is dropped.
 */
export async function pullChanges(env: SyncRunEnv): Promise<number> {
  const pageSize = Math.min(env.pullPageSize, syncLimits.maxPullLimit);
  const fetchPage = (after: number) =>
    env.authorized((token) =>
      env.http.json(
        { method: 'GET', path: `/v1/sync/pull?after=${after}&limit=${pageSize}`, token },
        pulledPageCheck,
      ),
    );
  let { cursor } = await readSyncSettings(env.ctx.db);
  let start = cursor;
  let resyncs = 0;
  let pulled = 0;
  try {
    let feed = pageFeed(pullPages(fetchPage), cursor, pageSize * pagesPerApply);
    for (;;) {
      let pages;
      try {
        pages = await feed.take();
      } catch (error) {
        if (error instanceof SyncServerError && error.code === 'RESYNC_REQUIRED' && resyncs < 2) {
          resyncs++;
          cursor = await downloadSnapshot(env, { since: cursor });
          start = cursor;
          feed = pageFeed(pullPages(fetchPage), cursor, pageSize * pagesPerApply);
          continue;
        }
        throw error;
      }
      const last = pages.at(-1);
      if (!last) return pulled;
      if (last.viewer && (await followViewer(env.ctx, last.viewer)) === 'widened') {
        // What the user may now see is downloaded as a joining computer would (what is here
        // already is skipped); the pages taken are read again after it.
        cursor = await downloadSnapshot(env);
        start = cursor;
        await writeViewer(env.ctx, last.viewer);
        feed = pageFeed(pullPages(fetchPage), cursor, pageSize * pagesPerApply);
        continue;
      }
      const batches = pages.length === 1 ? last.batches : pages.flatMap((page) => page.batches);
      await downloadFiles(env, pulledHashes(batches));
      // The cursor is saved in the transaction of the pages it follows: a dropped connection
      // resumes after the last pages applied (and replayed pages would be harmless: changes already
      // logged are skipped). Scores are refreshed once, at the end of the pull.
      await applyPulledBatches(env.ctx, batches, last.cursor, { scores: 'later' });
      pulled += batches.length;
      cursor = last.cursor;
      await removeDepartedPartners(env.ctx, departedIn(pages));
      const arrived = await partnersMissingHere(env.ctx, batches);
      if (arrived.length > 0) await pullEarlierHistory(env, arrived, cursor);
      if (!last.more) return pulled;
      const share = last.head === undefined ? null : shareDone(cursor - start, last.head - start);
      if (share !== null) env.onDownload?.({ step: 'changes', share });
    }
  } finally {
    // Also after a failed page: what was applied is refreshed now (a crash leaves the marker in
    // local_settings for the next pull).
    await refreshPendingScores(env.ctx).catch(() => undefined);
  }
}

/**
 * Rows of snapshot pages applied in one transaction at most, when that many have arrived. A
 * snapshot row is a whole row, its fields with their stamps: about a page and a half of the log's
 * messages for a row edited a few times (measured on a replay of a 49,000-row join: 2.7 s with a
 * transaction and a score refresh per page of 2,000 rows, 2.0 s with scores refreshed at the end,
 * 1.9 s in units of 6,000 rows, 2.1 s in one unit).
 */
const snapshotRowsPerApply = 6_000;

/**
 * Merges the workspace's snapshot into this computer's data, page by page, and returns the log
 * sequence it stands for (the cursor to pull from). Pages are fetched ahead while earlier ones are
 * merged, and those that have arrived are merged together (page-feed.ts); loyalty scores are
 * refreshed once, at the end. If the server compacts while the pages are read (the snapshot's
 * sequence moves), the reading starts over: merging a page twice is harmless. With `partners`,
 * only those partners' rows are read, and the cursor is not moved. With `since` (where this
 * computer's pull stood), the partners that left the user's regions meanwhile are removed.
 */
export async function downloadSnapshot(
  env: SyncRunEnv,
  { partners, since }: { partners?: readonly string[]; since?: number } = {},
): Promise<number> {
  const only =
    (partners ? `&partners=${partners.map(encodeURIComponent).join(',')}` : '') +
    (since === undefined ? '' : `&since=${since}`);
  const source: PageSource<SnapshotPage, string | null> = {
    fetch: (after) =>
      env.authorized((token) =>
        env.http.json(
          {
            method: 'GET',
            path: `/v1/sync/snapshot?limit=${env.snapshotPageSize}${after === null ? '' : `&after=${encodeURIComponent(after)}`}${only}`,
            token,
          },
          snapshotPageCheck,
        ),
      ),
    next: (page) => page.nextPage ?? done,
    size: (page) => page.rows.length,
  };
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      const feed = pageFeed(source, null, Math.max(snapshotRowsPerApply, env.snapshotPageSize));
      let first: SnapshotPage | null = null;
      let moved = false;
      let merged = 0;
      for (let pages = await feed.take(); pages.length > 0; pages = await feed.take()) {
        first ??= pages[0]!;
        if (pages.some((page) => page.snapshotSeq !== first!.snapshotSeq)) {
          moved = true;
          break;
        }
        const rows = pages.length === 1 ? pages[0]!.rows : pages.flatMap((page) => page.rows);
        await downloadFiles(env, snapshotHashes(rows));
        if (rows.length > 0) await importSnapshotRows(env.ctx, rows, { scores: 'later' });
        merged += rows.length;
        const total = first.total;
        const share =
          total === undefined || pages.at(-1)!.nextPage === null ? null : shareDone(merged, total);
        if (share !== null && !partners) env.onDownload?.({ step: 'snapshot', share });
      }
      if (!moved && first) {
        await removeDepartedPartners(env.ctx, first.departed ?? []);
        if (!partners) await writeSyncSettings(env.ctx.db, { cursor: first.snapshotSeq });
        return first.snapshotSeq;
      }
    }
  } finally {
    // Also after a failed page: what was merged is refreshed now (a crash leaves the marker in
    // local_settings for the next pull).
    await refreshPendingScores(env.ctx).catch(() => undefined);
  }
  throw new SyncServerError(
    503,
    'INTERNAL',
    'The workspace kept changing while its snapshot was downloaded; try again in a moment.',
  );
}

/**
 * The earlier history of partners that came into this user's regions (their rows' states as the
 * server's snapshot holds them, then the log after it up to `until`, where this computer's pull
 * stands), merged like any pull: what was here already is skipped. The saved cursor does not move.
 * If the server compacts between the two steps (410), the partners' snapshot is read again.
 */
export async function pullEarlierHistory(
  env: SyncRunEnv,
  partners: readonly string[],
  until: number,
): Promise<void> {
  const pageSize = Math.min(env.pullPageSize, syncLimits.maxPullLimit);
  for (let i = 0; i < partners.length; i += syncLimits.maxPartnersPerBackfill) {
    const group = partners.slice(i, i + syncLimits.maxPartnersPerBackfill);
    const only = group.map(encodeURIComponent).join(',');
    for (let attempt = 0; ; attempt++) {
      let after = await downloadSnapshot(env, { partners: group });
      try {
        for (let more = after < until; more;) {
          const page = await env.authorized((token) =>
            env.http.json(
              {
                method: 'GET',
                path: `/v1/sync/pull?after=${after}&limit=${pageSize}&until=${until}&partners=${only}`,
                token,
              },
              pulledPageCheck,
            ),
          );
          await downloadFiles(env, pulledHashes(page.batches));
          if (page.batches.length > 0)
            await applyPulledBatches(env.ctx, page.batches, undefined, { scores: 'later' });
          after = page.cursor;
          more = page.more && after < until;
        }
        break;
      } catch (error) {
        if (error instanceof SyncServerError && error.code === 'RESYNC_REQUIRED' && attempt < 2) continue;
        throw error;
      }
    }
  }
}

/** The attachment files these rows name that this computer does not have yet (files before rows). */
function downloadFiles(env: SyncRunEnv, hashes: readonly string[]): Promise<number> {
  return env.authorized((token) =>
    downloadMissingAttachments(env.ctx, env.http, () => Promise.resolve(token), hashes),
  );
}
