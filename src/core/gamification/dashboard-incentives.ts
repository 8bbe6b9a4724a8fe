// The dashboard's incentive figure: the programs that ran during its period (started by today,
// overlapping the months shown), summed over the partners of its region and owner selection —
// what they cost and the extra sales of their participants against each program's comparison
// period. Programs paying in another currency than the workspace's are left out (their money
// cannot be added to it); null until any program has started.
import { sql } from 'kysely';
import type { Dashboard } from '../../shared/dashboard';
import { addMonths } from '../../shared/periods';
import type { CoreContext } from '../context';
import type { DashboardScope } from '../dashboard/scope';
import { workspaceCurrency } from '../workspace/settings';
import { programSums } from './program-figures';
import { programCost, returnOnInvestment } from './roi';
import { revenueWindow } from './revenue-window';

export async function dashboardIncentives(
  ctx: CoreContext,
  scope: DashboardScope,
  period: { from: string; to: string },
  today: string,
): Promise<Dashboard['incentives']> {
  const afterPeriod = `${addMonths(period.to, 1)}-01`;
  const programs = await ctx.db
    .selectFrom('programs')
    .where('deletedAt', 'is', null)
    .where('status', 'in', ['active', 'ended'])
    .where('startsOn', '<=', today)
    .where('startsOn', '<', afterPeriod)
    .where('endsOn', '>=', `${period.from}-01`)
    .select(['id', 'startsOn', 'endsOn', 'currency', 'pointValueMinor'])
    .orderBy(sql`starts_on`)
    .execute();
  if (!programs.length) return null;
  const currency = await workspaceCurrency(ctx.db);
  let costMinor = 0;
  let upliftMinor = 0;
  for (const program of programs.filter((p) => p.currency === currency)) {
    const window = revenueWindow(program.startsOn, program.endsOn, today);
    const sums = await programSums(ctx.db, program.id, window, currency, scope);
    costMinor += programCost({ ...sums, pointValueMinor: program.pointValueMinor });
    upliftMinor += sums.revenueMinor - sums.comparisonRevenueMinor;
  }
  return {
    costMinor,
    revenueMinor: upliftMinor,
    roi: returnOnInvestment(upliftMinor, 0, costMinor, true),
  };
}
