// Awards for claims decided on another computer. A pulled batch that approves a claim carries the
// award entries its author posted, so usually nothing is left to post here. But when two people
// decided claims of one partner and period while offline, each posted only its own step; once both
// decisions are here, the rules give more than the ledger holds, and this posts the difference as a
// system batch. Entry ids name the step (see awardEntryId), so every computer that posts the same
// difference posts the same entry, and sync keeps it once.
import { writeBatch } from '../db/apply-changes';
import type { CoreContext } from '../context';
import { deriveAfterWrite } from '../write-derivations';
import { deriveAwards } from './awards';

/** Posts what decided claims are still owed; answers the batch id, or null when nothing was owed. */
export async function postAwardsForSyncedDecisions(
  ctx: CoreContext,
  claimIds: readonly string[],
): Promise<string | null> {
  if (claimIds.length === 0) return null;
  const now = new Date().toISOString();
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const changes = await deriveAwards(
      trx,
      claimIds.map((rowId) => ({ table: 'claims', rowId, created: false, fields: ['status'] })),
      now,
      ctx.selfOwnerId,
    );
    if (changes.length === 0) return null;
    return writeBatch(
      trx,
      { clock: ctx.clock, actor: ctx.selfOwnerId, derive: deriveAfterWrite },
      {
        label: 'Post awards for claims decided on another computer',
        origin: 'system',
        permanent: true,
        changes,
      },
    );
  });
  if (outcome?.batchId) ctx.emit({ tables: outcome.tables, batchId: outcome.batchId });
  return outcome?.batchId ?? null;
}
