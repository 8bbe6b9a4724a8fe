// The full recompute of every partner's score, tier and risk: on demand, and once a day (soon after
// start and hourly, when the last one was before today) so days without contact and sales windows move
// on. It runs as one 'system' batch: the tier changes and cases it causes are history like any other.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { RecomputeOutput } from '../../shared/loyalty';
import { localToday } from '../care/calendar-dates';
import type { CoreContext } from '../context';
import { writeBatch } from '../db/apply-changes';
import { startHourlyChecks, type HourlyChecks } from '../hourly-checks';
import { recomputePartners, writeSnapshot, type RecomputeResult } from './recompute';

export const lastFullRecomputeKey = 'loyalty.lastFullRecomputeOn';

export async function recomputeAll(
  ctx: CoreContext,
  input: ParsedInput<'loyalty.recomputeAll'>,
): Promise<ProcedureOutput<'loyalty.recomputeAll'>> {
  return runFullRecompute(ctx, input.today, 'Recompute loyalty scores');
}

/** Recomputes `partnerIds` (null: everyone) in a batch of its own, outside any user write. */
export async function recomputeInOwnBatch(
  ctx: CoreContext,
  partnerIds: readonly string[] | null,
  today: string,
  label: string,
): Promise<RecomputeResult> {
  const { result, outcome } = await ctx.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const result = await recomputePartners(trx, partnerIds, today, { now });
    if (partnerIds === null) {
      await writeSnapshot(trx, today);
      await trx
        .insertInto('localSettings')
        .values({ key: lastFullRecomputeKey, value: today })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: today }))
        .execute();
    }
    // No derive here: these changes are the recompute's own.
    const outcome = await writeBatch(
      trx,
      { clock: ctx.clock, actor: ctx.selfOwnerId, now: () => new Date(now) },
      { label, origin: 'system', changes: result.changes },
    );
    return { result, outcome };
  });
  if (outcome.batchId) ctx.emit({ tables: outcome.tables, batchId: outcome.batchId });
  return result;
}

export async function runFullRecompute(
  ctx: CoreContext,
  today: string,
  label: string,
): Promise<RecomputeOutput> {
  const started = performance.now();
  const result = await recomputeInOwnBatch(ctx, null, today, label);
  return {
    partners: result.partners,
    tierChanges: result.tierChanges,
    newlyAtRisk: result.newlyAtRisk,
    casesOpened: result.casesOpened,
    milliseconds: Math.round(performance.now() - started),
  };
}

export async function lastFullRecomputeOn(ctx: CoreContext): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('localSettings')
    .select('value')
    .where('key', '=', lastFullRecomputeKey)
    .executeTakeFirst();
  return row?.value ?? null;
}

/** Runs the daily recompute when the last full one was before today; true when it ran. */
export async function recomputeIfStale(ctx: CoreContext, today = localToday()): Promise<boolean> {
  const last = await lastFullRecomputeOn(ctx);
  if (last !== null && last >= today) return false;
  await runFullRecompute(ctx, today, 'Daily loyalty recompute');
  return true;
}

/**
 * The first check waits a little: on a large workspace the run holds the database for seconds, and
 * the screen the user just opened should not queue behind it.
 */
const firstCheckDelay = 15_000;

/** Checks soon after start and every hour; `stop` waits for a run in progress (before the database closes). */
export function startDailyRecompute(ctx: CoreContext, now: () => Date = () => new Date()): HourlyChecks {
  return startHourlyChecks(
    firstCheckDelay,
    () => () => recomputeIfStale(ctx, localToday(now())),
    '[core] daily loyalty recompute failed:',
  );
}
