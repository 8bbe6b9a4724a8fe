// This computer's side of the sync log, over its own database: the outbox of batches the server
// has not got yet, applying pulled batches by the per-field merge rule (a change that loses is
// logged as lost, never applied), importing a snapshot, and emptying local data before a download.
//
// Idempotency is per change, not per batch: the server keeps a batch as one part per scope, so a
// batch can arrive in several pages; a change already in change_log under the same batch id for
// the same (table, row, field), applied or lost, is skipped (own batches echoed back included).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { PulledBatch, SnapshotRow } from '../../shared/sync-protocol';
import type { CoreContext } from '../context';
import type { Database, EntityTable } from '../db/database';
import { applyRemote, type ApplyOptions, type RemoteBatch, type RemoteMessage } from './apply-remote';
import { snapshotMessages } from './snapshot-import';
import { postAwardsForSyncedDecisions } from '../incentives/synced-decisions';

export { countWaitingChanges, listRefused, markPushed, markRefused, readOutbox } from './outbox';
export { localDataSummary, purgeLocalData } from './purge';

/** Where the pull cursor lives, saved with the page it follows. */
export const syncCursorKey = 'sync.cursor';

export interface AppliedPull {
  /** Batches applied now (already-known ones are skipped). */
  batches: number;
  /** Changes that now hold their field. */
  applied: number;
  /** Changes older than what their field holds: logged as lost. */
  lost: number;
  tables: EntityTable[];
}

/**
 * Applies one pulled page in one transaction and emits one change event. With `cursor`, the
 * cursor is saved (local_settings 'sync.cursor') in the same transaction, so a dropped connection
 * never replays or skips a page.
 */
export async function applyPulledBatches(
  ctx: CoreContext,
  batches: readonly PulledBatch[],
  cursor?: number,
  options: ApplyOptions = {},
): Promise<AppliedPull> {
  let awardsToCheck: string[] = [];
  const remote: RemoteBatch[] = [];
  const messages: RemoteMessage[] = [];
  for (const batch of batches) {
    remote.push({
      id: batch.id,
      hlc: batch.hlc,
      actor: batch.actor,
      label: batch.label,
      origin: batch.origin,
      undoes: batch.undoes,
      permanent: batch.permanent,
    });
    for (const change of batch.changes) {
      messages.push({
        batchId: batch.id,
        hlc: batch.hlc,
        table: change.table,
        rowId: change.rowId,
        field: change.field,
        value: change.value,
      });
    }
  }
  const outcome = await inMergeTransaction(ctx.db, async (trx) => {
    awardsToCheck = await claimsOfAwardsPostedHereToo(trx, messages);
    const result = await applyRemote(trx, remote, messages, new Date().toISOString(), options);
    if (cursor !== undefined) {
      await trx
        .insertInto('localSettings')
        .values({ key: syncCursorKey, value: String(cursor) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(cursor) }))
        .execute();
    }
    return result;
  });
  // Local stamps stay ahead of everything seen, so a local edit after a pull wins.
  for (const batch of batches) ctx.clock.observe(batch.hlc);
  if (outcome.batches > 0) ctx.emit({ tables: outcome.tables, batchId: null });
  // Both computers posted the same award step while offline: if they decided different claims,
  // the rules now owe more than that one step. A failure here must not stop the sync; the next
  // decision in that period posts the difference too.
  await postAwardsForSyncedDecisions(ctx, awardsToCheck).catch(() => null);
  return outcome;
}

/**
 * Award entries that arrive but already exist here were posted by both computers (their ids name
 * the step): the claims they were posted for, whose periods may still be owed something.
 */
async function claimsOfAwardsPostedHereToo(
  trx: Transaction<Database>,
  messages: readonly RemoteMessage[],
): Promise<string[]> {
  const incoming = new Map<string, string>();
  for (const message of messages) {
    if (message.table !== 'ledgerEntries' || message.field !== '*') continue;
    const claimId = (message.value as { claimId?: unknown } | null)?.claimId;
    if (typeof claimId === 'string') incoming.set(message.rowId, claimId);
  }
  const claims = new Set<string>();
  const ids = [...incoming.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const existing = await trx
      .selectFrom('ledgerEntries')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of existing) claims.add(incoming.get(row.id)!);
  }
  return [...claims];
}

/**
 * Merges one snapshot page (rows with per-field stamps) in one transaction. Each field is logged
 * under a synthetic batch per stamp (`snapshot:<stamp>`, origin 'system', "Joined the workspace",
 * pushed), so every field's clock is its snapshot stamp afterwards.
 */
export async function importSnapshotRows(
  ctx: CoreContext,
  rows: readonly SnapshotRow[],
  options: ApplyOptions = {},
): Promise<AppliedPull> {
  const { batches, messages } = snapshotMessages(rows);
  const outcome = await inMergeTransaction(ctx.db, (trx) =>
    applyRemote(trx, batches, messages, new Date().toISOString(), options),
  );
  for (const batch of batches) ctx.clock.observe(batch.hlc);
  if (outcome.batches > 0) ctx.emit({ tables: outcome.tables, batchId: null });
  return outcome;
}

/**
 * One transaction on the one connection, with references unchecked: the origin checked them when
 * it wrote, and a row's parent may arrive in a later page (or not at all, outside this user's
 * regions), which must not block the rows that did arrive.
 */
export async function inMergeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`pragma foreign_keys = off`.execute(connection);
    try {
      return await connection.transaction().execute(work);
    } finally {
      await sql`pragma foreign_keys = on`.execute(connection);
    }
  });
}

/**
 * Partners these pulled batches changed that this computer has no row for. The server sends a
 * user only the rows of their regions' partners, by each partner's current region: a partner
 * moved into their regions reaches them as its later changes (the move itself first), without the
 * creation and history they were not sent before. Those partners' earlier history is then asked for.
 */
export async function partnersMissingHere(
  ctx: CoreContext,
  batches: readonly PulledBatch[],
): Promise<string[]> {
  const changed = new Set<string>();
  for (const batch of batches) {
    for (const change of batch.changes) if (change.table === 'partners') changed.add(change.rowId);
  }
  if (changed.size === 0) return [];
  const result = await sql<{ id: string }>`
    select value as id from json_each(${JSON.stringify([...changed])})
    where value not in (select id from partners)`.execute(ctx.db);
  return result.rows.map((row) => row.id);
}
