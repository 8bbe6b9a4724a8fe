// A program's results: participants, claims, awards, cost (see roi.ts for what counts and when),
// budget burn by month, participants' revenue against a comparison period, and ROI.
import { sql, type Kysely } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { monthRange } from '../../shared/periods';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';
import { workspaceCurrency } from '../workspace/settings';
import { programFacts, type ProgramFacts } from './program-facts';
import { programSums } from './program-figures';
import { burnPercent, programCost, returnOnInvestment } from './roi';
import { revenueWindow } from './revenue-window';

export async function programResults(
  ctx: CoreContext,
  input: ParsedInput<'programs.results'>,
): Promise<ProcedureOutput<'programs.results'>> {
  const program = await programFacts(ctx.db, input.programId);
  const salesCurrency = await workspaceCurrency(ctx.db);
  const window = revenueWindow(program.startsOn, program.endsOn, input.today);
  const [sums, burn] = await Promise.all([
    programSums(ctx.db, program.id, window, salesCurrency),
    burnByMonth(ctx.db, program, window.months ? window.period.to : null),
  ]);
  const costMinor = programCost({ ...sums, pointValueMinor: program.pointValueMinor });
  return {
    currency: program.currency,
    participants: sums.participants,
    claims: sums.claims,
    awardedPoints: sums.awardedPoints,
    awardedMinor: sums.awardedMinor,
    redeemedPoints: sums.redeemedPoints,
    costMinor,
    budgetMinor: program.budgetMinor,
    burnPercent: burnPercent(costMinor, program.budgetMinor),
    revenueMinor: sums.revenueMinor,
    comparisonRevenueMinor: sums.comparisonRevenueMinor,
    period: window.period,
    comparison: window.comparison,
    roi: returnOnInvestment(
      sums.revenueMinor,
      sums.comparisonRevenueMinor,
      costMinor,
      program.currency === salesCurrency,
    ),
    burn,
  };
}

/**
 * Cost by month, from the program's first month to the last month measured (or a later month that
 * still had costs, e.g. a reimbursement after the end); empty before the program starts.
 */
async function burnByMonth(
  db: Kysely<Database>,
  program: ProgramFacts,
  lastMonth: string | null,
): Promise<{ period: string; costMinor: number }[]> {
  const [awards, funds] = await Promise.all([
    db
      .selectFrom('ledgerEntries')
      .where('programId', '=', program.id)
      .where('kind', 'in', ['earn', 'reverse'])
      .select([
        sql<string>`substr(posted_on, 1, 7)`.as('period'),
        sql<number>`sum(case when unit = 'money' then amount else amount * ${program.pointValueMinor} end)`.as(
          'cost',
        ),
      ])
      .groupBy(sql`substr(posted_on, 1, 7)`)
      .execute(),
    db
      .selectFrom('fundRequests')
      .where('programId', '=', program.id)
      .where('deletedAt', 'is', null)
      .where('status', '=', 'reimbursed')
      .select([
        sql<string>`substr(reimbursed_on, 1, 7)`.as('period'),
        sql<number>`sum(reimbursed_minor)`.as('cost'),
      ])
      .groupBy(sql`substr(reimbursed_on, 1, 7)`)
      .execute(),
  ]);
  const cost = new Map<string, number>();
  for (const row of [...awards, ...funds])
    cost.set(row.period, (cost.get(row.period) ?? 0) + Number(row.cost));
  const first = program.startsOn.slice(0, 7);
  const last = [lastMonth, ...cost.keys()].reduce<string | null>(
    (latest, month) => (month !== null && (latest === null || month > latest) ? month : latest),
    null,
  );
  if (last === null) return [];
  const months = monthRange([first, ...cost.keys()].sort()[0]!, last);
  return months.map((period) => ({ period, costMinor: cost.get(period) ?? 0 }));
}
