// Points expiry: earned points past their day expire first in, first out. A run replays the ledger
// of every partner holding points past their day and posts one 'expire' entry per expiry day, all
// in one permanent system batch; a second run finds nothing left to expire. It runs once a day by
// itself and on demand.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { localToday } from '../care/calendar-dates';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import type { Database } from '../db/database';
import { startHourlyChecks, type HourlyChecks } from '../hourly-checks';
import { newId } from '../db/ids';
import { replayPartner } from './entries';
import { expiryDue } from './lots';

/** Runs of one core, one after another: two at once would both post the same expiry. */
const runs = new WeakMap<CoreContext, Promise<unknown>>();

export async function runExpiry(
  ctx: CoreContext,
  input: ParsedInput<'ledger.runExpiry'>,
): Promise<ProcedureOutput<'ledger.runExpiry'>> {
  const previous = runs.get(ctx) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => expireDue(ctx, input.today));
  runs.set(ctx, run);
  return run;
}

const ledgerMoved = 'ledger-moved';

async function expireDue(ctx: CoreContext, today: string): Promise<{ entries: number; points: number }> {
  // Another write may post entries between reading and writing (a redemption): then read again.
  for (let attempt = 0; ; attempt++) {
    const mark = await lastEntry(ctx.db);
    const { changes, entries, points, partners } = await dueChanges(ctx, today);
    if (entries === 0) return { entries: 0, points: 0 };
    try {
      await ctx.write({
        label: `Expire points (${partners} partner${partners === 1 ? '' : 's'})`,
        origin: 'system',
        permanent: true,
        check: async (trx) => {
          if ((await lastEntry(trx)) !== mark)
            throw new CoreError({ code: 'CONFLICT', message: ledgerMoved });
        },
        changes,
      });
      return { entries, points };
    } catch (error) {
      if (!(error instanceof CoreError && error.message === ledgerMoved) || attempt >= 3) throw error;
    }
  }
}

async function lastEntry(db: Kysely<Database> | Transaction<Database>): Promise<number | null> {
  const row = await sql<{ last: number | null }>`select max(rowid) as last from ledger_entries`.execute(db);
  return row.rows[0]?.last ?? null;
}

async function dueChanges(ctx: CoreContext, today: string) {
  // Partners with earned points whose day has come (the expiry index); spent ones replay to nothing due.
  const pairs = await ctx.db
    .selectFrom('ledgerEntries')
    .select(['programId', 'partnerId'])
    .distinct()
    .where('kind', '=', 'earn')
    .where('unit', '=', 'points')
    .where('expiresOn', 'is not', null)
    .where('expiresOn', '<=', today)
    .execute();
  const changes: FieldChange[] = [];
  let entries = 0;
  let points = 0;
  const partners = new Set<string>();
  for (const pair of pairs) {
    const due = expiryDue(await replayPartner(ctx.db, pair.programId, pair.partnerId), today);
    for (const day of due) {
      changes.push(
        ...rowChanges('ledgerEntries', newId(), {
          programId: pair.programId,
          partnerId: pair.partnerId,
          kind: 'expire',
          unit: 'points',
          amount: -day.points,
          postedOn: day.on,
          reason: '',
        }),
      );
      entries += 1;
      points += day.points;
      partners.add(pair.partnerId);
    }
  }
  return { changes, entries, points, partners: partners.size };
}

/** After start, give the screen the user just opened the database first. */
const firstCheckDelay = 20_000;

/** Expires due points soon after start and whenever the day changes (checked hourly). */
export function startDailyExpiry(ctx: CoreContext, now: () => Date = () => new Date()): HourlyChecks {
  let lastDay: string | null = null;
  return startHourlyChecks(
    firstCheckDelay,
    () => {
      const today = localToday(now());
      if (today === lastDay) return null;
      return async () => {
        await runExpiry(ctx, { today });
        lastDay = today;
      };
    },
    '[core] daily points expiry failed:',
  );
}
