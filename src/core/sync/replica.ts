// This computer's side of the sync log, over its own database: the outbox of batches the server
// has not got yet, applying pulled batches by the per-field merge rule (a change that loses is
// logged as lost, never applied), importing a snapshot, and emptying local data before a download.
//
// LEAD'S NOTES (binding; remove this block when done):
// 1. The server stores a pushed batch as one row per SCOPE (partner, or '' for workspace-wide) and
//    pulls pages of those rows, so one batch (a demo load, an import) can arrive in SEVERAL pages,
//    each with a part of its changes. Do NOT skip a pulled batch because its id exists locally.
//    Idempotency is per change: skip an incoming change when change_log already has a row of the
//    same batch id for the same (table, rowId, field) — applied or lost. (Own batches echoed back
//    are skipped by the same rule.) The local `batches` row is inserted once (insert or ignore).
// 2. `readOutbox`: a batch with more changes than `limit.changes` is split into several SyncBatches
//    with the SAME id, grouped so that all changes of one scope (syncTableScopes: the partner a row
//    belongs to, found from the local row's partnerId / the dispute's first partner, or '' for
//    workspace-wide tables) are in the same part — the server's idempotency key is (batch id, scope).
//    The caller pushes the parts in separate pushes and calls markPushed once all have gone.
// 3. `applyPulledBatches(ctx, batches, cursor?)`: when `cursor` is given, save it (local_settings
//    'sync.cursor') in the SAME transaction as the page, so a dropped connection never replays or
//    skips a page.
import { CoreError } from '../../shared/errors';
import type { PulledBatch, SnapshotRow, SyncBatch } from '../../shared/sync-protocol';
import type { CoreContext } from '../context';
import type { EntityTable } from '../db/database';

const notBuilt = () => new CoreError({ code: 'INTERNAL', message: 'Sync apply is not built yet.' });

export interface AppliedPull {
  /** Batches applied now (already-known ones are skipped). */
  batches: number;
  /** Changes that now hold their field. */
  applied: number;
  /** Changes older than what their field holds: logged as lost. */
  lost: number;
  tables: EntityTable[];
}

/** Batches made on this computer that the server does not have yet, oldest first. */
export function readOutbox(
  ctx: CoreContext,
  limit: { batches: number; changes: number },
): Promise<SyncBatch[]> {
  void ctx;
  void limit;
  return Promise.reject(notBuilt());
}

/** Local changes (messages) waiting for the server. */
export function countWaitingChanges(ctx: CoreContext): Promise<number> {
  void ctx;
  return Promise.reject(notBuilt());
}

export function markPushed(ctx: CoreContext, batchIds: readonly string[]): Promise<void> {
  void ctx;
  void batchIds;
  return Promise.reject(notBuilt());
}

/** The server refused this batch: it stays here with the reason and is never pushed again. */
export function markRefused(ctx: CoreContext, batchId: string, reason: string): Promise<void> {
  void ctx;
  void batchId;
  void reason;
  return Promise.reject(notBuilt());
}

export function listRefused(ctx: CoreContext): Promise<{ batchId: string; label: string; reason: string }[]> {
  void ctx;
  return Promise.reject(notBuilt());
}

/** Applies one pulled page in one transaction and emits one change event. */
export function applyPulledBatches(ctx: CoreContext, batches: readonly PulledBatch[]): Promise<AppliedPull> {
  void ctx;
  void batches;
  return Promise.reject(notBuilt());
}

/** Merges one snapshot page (rows with per-field stamps) in one transaction. */
export function importSnapshotRows(ctx: CoreContext, rows: readonly SnapshotRow[]): Promise<AppliedPull> {
  void ctx;
  void rows;
  return Promise.reject(notBuilt());
}

/** What this computer holds before joining a workspace (offered for upload). */
export function localDataSummary(ctx: CoreContext): Promise<{ partners: number; batches: number }> {
  void ctx;
  return Promise.reject(notBuilt());
}

/** Empties every synced table, the change log and the batches (after a backup), for a download. */
export function purgeLocalData(ctx: CoreContext): Promise<void> {
  void ctx;
  return Promise.reject(notBuilt());
}
