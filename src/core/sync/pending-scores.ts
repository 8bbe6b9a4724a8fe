// Loyalty scores a pull has yet to refresh. A joining computer pulls tens of pages that touch the
// same partners; recomputing their scores once, after the last page, instead of after each one,
// saves most of that work. Each page's transaction adds the partners it touched to a marker in
// local_settings, so a crash between pages loses nothing: the next pull's end refreshes them.
import { sql, type Transaction } from 'kysely';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';
import { rescore, type ScoresAffected } from '../loyalty/derive';

export const pendingScoresKey = 'sync.scoresPending';

/** Adds `affected` to the scores waiting for the end of the pull (inside the page's transaction). */
export async function markScoresPending(trx: Transaction<Database>, affected: ScoresAffected): Promise<void> {
  const pending = mergeAffected(await readPending(trx), affected);
  const value = JSON.stringify(pending);
  await trx
    .insertInto('localSettings')
    .values({ key: pendingScoresKey, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Recomputes the scores pulls left waiting, in one transaction with clearing the marker. */
export async function refreshPendingScores(ctx: CoreContext): Promise<boolean> {
  const refreshed = await ctx.db.transaction().execute(async (trx) => {
    const pending = await readPending(trx);
    if (!pending) return false;
    await rescore(trx, pending, new Date().toISOString());
    await trx.deleteFrom('localSettings').where('key', '=', pendingScoresKey).execute();
    return true;
  });
  if (refreshed) ctx.emit({ tables: ['partners'], batchId: null });
  return refreshed;
}

export function mergeAffected(pending: ScoresAffected | null, affected: ScoresAffected): ScoresAffected {
  if (!pending) return affected;
  const all = pending.all || affected.all;
  return {
    all,
    tiersChanged: pending.tiersChanged || affected.tiersChanged,
    partnerIds: all ? [] : [...new Set([...pending.partnerIds, ...affected.partnerIds])],
  };
}

async function readPending(trx: Transaction<Database>): Promise<ScoresAffected | null> {
  const { rows } = await sql<{ value: string }>`select value from local_settings
    where key = ${pendingScoresKey}`.execute(trx);
  if (!rows[0]) return null;
  const parsed = JSON.parse(rows[0].value) as Partial<ScoresAffected>;
  return {
    all: parsed.all === true,
    tiersChanged: parsed.tiersChanged === true,
    partnerIds: Array.isArray(parsed.partnerIds)
      ? parsed.partnerIds.filter((id) => typeof id === 'string')
      : [],
  };
}
