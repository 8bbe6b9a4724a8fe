// Program leaderboards of the enrolled partners: by points earned in the program, by sales growth
// (revenue since the program started against as many months just before it), or by attainment of
// the program's first target rule in its current period.
import { sql, type Kysely } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { Leaderboard, LeaderboardRow } from '../../shared/program-results';
import type { Rule } from '../../shared/programs';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';
import { targetProgressByPartner } from '../incentives/target-progress';
import { workspaceCurrency } from '../workspace/settings';
import { enrolledPartners, programFacts } from './program-facts';
import { growthPercent, rankRows } from './ranking';
import { pointsEarnedByPartner } from './points-earned';
import { revenueWindow } from './revenue-window';

type Participant = Awaited<ReturnType<ReturnType<typeof enrolledPartners>['execute']>>[number];
type Unranked = Omit<LeaderboardRow, 'rank'>;

export async function programLeaderboard(
  ctx: CoreContext,
  input: ParsedInput<'programs.leaderboard'>,
): Promise<ProcedureOutput<'programs.leaderboard'>> {
  const program = await programFacts(ctx.db, input.programId);
  const participants = await enrolledPartners(ctx.db, program.id).execute();
  let rows: LeaderboardRow[];
  let target: Leaderboard['target'] = null;
  if (input.metric === 'points') {
    rows = await pointsBoard(ctx.db, program.id, participants);
  } else if (input.metric === 'growth') {
    rows = await growthBoard(ctx.db, program, participants, input.today);
  } else {
    ({ rows, target } = await targetBoard(ctx.db, program.id, participants, input.today));
  }
  return {
    metric: input.metric,
    rows: rows.slice(0, input.limit),
    participants: participants.length,
    target,
  };
}

function rowOf(partner: Participant, value: number): Unranked {
  return { ...partner, value, currentMinor: null, previousMinor: null };
}

async function pointsBoard(
  db: Kysely<Database>,
  programId: string,
  participants: readonly Participant[],
): Promise<LeaderboardRow[]> {
  const points = await pointsEarnedByPartner(db, programId);
  return rankRows(participants.map((p) => rowOf(p, points.get(p.partnerId) ?? 0)));
}

async function growthBoard(
  db: Kysely<Database>,
  program: { id: string; startsOn: string; endsOn: string },
  participants: readonly Participant[],
  today: string,
): Promise<LeaderboardRow[]> {
  const window = revenueWindow(program.startsOn, program.endsOn, today);
  const currency = await workspaceCurrency(db);
  const sums = await db
    .selectFrom('salesRecords as s')
    .innerJoin('programEnrollments as e', (join) =>
      join
        .onRef('e.partnerId', '=', 's.partnerId')
        .on('e.programId', '=', program.id)
        .on('e.deletedAt', 'is', null)
        .on('e.leftOn', 'is', null),
    )
    .where('s.deletedAt', 'is', null)
    .where('s.currency', '=', currency)
    .where('s.period', '>=', window.comparison.from)
    .where('s.period', '<=', window.period.to)
    .select([
      's.partnerId',
      sql<number>`sum(case when s.period >= ${window.period.from} then s.revenue_minor else 0 end)`.as(
        'current',
      ),
      sql<number>`sum(case when s.period < ${window.period.from} then s.revenue_minor else 0 end)`.as(
        'previous',
      ),
    ])
    .groupBy('s.partnerId')
    .execute();
  const byPartner = new Map(sums.map((row) => [row.partnerId, row]));
  const rows = participants.map((p) => {
    const sum = byPartner.get(p.partnerId);
    const currentMinor = Number(sum?.current ?? 0);
    const previousMinor = Number(sum?.previous ?? 0);
    const growth = growthPercent(currentMinor, previousMinor);
    // Without prior sales there is no growth to compare; among them, more sales first.
    return { ...rowOf(p, growth ?? currentMinor), currentMinor, previousMinor, growth };
  });
  return rankRows(rows, (row) => row.growth === null).map(({ growth, ...row }) =>
    growth === null ? { ...row, value: 0 } : row,
  );
}

/** The program's first target rule in its latest rule version (what the target board ranks on). */
export async function firstTargetRule(db: Kysely<Database>, programId: string): Promise<Rule | null> {
  const version = await db
    .selectFrom('programRuleVersions')
    .select('rules')
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!version) return null;
  const rules = JSON.parse(version.rules) as Rule[];
  return rules.find((rule) => rule.calc.kind === 'target') ?? null;
}

async function targetBoard(
  db: Kysely<Database>,
  programId: string,
  participants: readonly Participant[],
  today: string,
): Promise<{ rows: LeaderboardRow[]; target: Leaderboard['target'] }> {
  const rule = await firstTargetRule(db, programId);
  if (!rule || rule.calc.kind !== 'target') return { rows: [], target: null };
  // Every participant's progress in one pass over the program's claims.
  const byPartner = await targetProgressByPartner(
    db,
    programId,
    participants.map((p) => p.partnerId),
    today,
  );
  const progress = participants.map((p) => ({
    partner: p,
    progress: byPartner.get(p.partnerId)?.find((t) => t.ruleKey === rule.key) ?? null,
  }));
  const rows = progress.map(({ partner, progress: own }) =>
    rowOf(partner, own && own.target > 0 ? Math.round((own.reached * 1000) / own.target) / 10 : 0),
  );
  const period = progress.find((p) => p.progress)?.progress?.period ?? rule.calc.period;
  return {
    rows: rankRows(rows),
    target: { ruleKey: rule.key, ruleName: rule.name, target: rule.calc.target, period },
  };
}

/** A partner's place on the program's points leaderboard (null when not enrolled). */
export async function leaderboardRank(
  db: Kysely<Database>,
  programId: string,
  partnerId: string,
  today: string,
): Promise<{ position: number; of: number } | null> {
  void today; // points count whenever they were posted; the signature leaves room for a dated board
  const participants = await enrolledPartners(db, programId).execute();
  const board = await pointsBoard(db, programId, participants);
  const own = board.find((row) => row.partnerId === partnerId);
  return own ? { position: own.rank, of: board.length } : null;
}
