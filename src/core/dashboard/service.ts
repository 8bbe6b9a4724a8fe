// The home dashboard's figures over a period, region and owner selection, and its tables as CSV.
// Everything is read from aggregates and indexes (partner_scores, the monthly sales and survey
// tables, snapshots, open-case and open-commitment indexes): never the sales or survey rows.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { Dashboard } from '../../shared/dashboard';
import { CoreError } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { careThisWeek } from './care-figures';
import { dashboardCsv } from './csv-export';
import { dashboardCurrency } from './currency';
import { disputeFigures } from './dispute-figures';
import { engagementFigures } from './engagement-figures';
import { activeByRegion, atRiskTrend, retention, tiersAndRisk } from './partner-figures';
import { npsFigures, salesFigures } from './sales-figures';
import { dashboardIncentives } from '../gamification/dashboard-incentives';

type DashboardQuery = ParsedInput<'dashboard.get'>;

/** Longest period the dashboard draws (five years of months). */
const maxMonths = 60;

function checkPeriod(input: DashboardQuery): void {
  if (input.from > input.to) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The period ends before it starts.',
      fields: { to: fieldMessage('validation.period') },
    });
  }
  const months =
    (Number(input.to.slice(0, 4)) - Number(input.from.slice(0, 4))) * 12 +
    Number(input.to.slice(5, 7)) -
    Number(input.from.slice(5, 7));
  if (months >= maxMonths) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `Choose a period of at most ${maxMonths} months.`,
      fields: { from: fieldMessage('validation.period') },
    });
  }
}

export async function dashboard(
  ctx: CoreContext,
  input: DashboardQuery,
  now: Date = new Date(),
): Promise<ProcedureOutput<'dashboard.get'>> {
  checkPeriod(input);
  const scope = { regions: input.regions, ownerIds: input.ownerIds };
  const period = { from: input.from, to: input.to };
  const [currency, activeRegions] = await Promise.all([dashboardCurrency(ctx), activeByRegion(ctx, scope)]);
  const [tiersRisk, trend, retained, nps, sales, engagement, care, disputes, incentives] = await Promise.all([
    tiersAndRisk(ctx, scope),
    atRiskTrend(ctx, scope, input.from, input.to, input.today),
    retention(ctx, scope, input.today),
    npsFigures(ctx, scope, period),
    salesFigures(ctx, scope, period, currency, activeRegions),
    engagementFigures(ctx, scope, period),
    careThisWeek(ctx, scope, input.today),
    disputeFigures(ctx, scope, period, now),
    dashboardIncentives(ctx, scope, period, input.today),
  ]);
  return {
    currency,
    activePartners: [...activeRegions.values()].reduce((sum, n) => sum + n, 0),
    tiers: tiersRisk.tiers,
    risk: { ...tiersRisk.risk, trend },
    retention: retained,
    nps,
    sales,
    engagement,
    careThisWeek: care,
    disputes,
    incentives,
  } satisfies Dashboard;
}

export async function exportDashboardCsv(
  ctx: CoreContext,
  input: ParsedInput<'dashboard.exportCsv'>,
  now: Date = new Date(),
): Promise<ProcedureOutput<'dashboard.exportCsv'>> {
  const { table: _table, ...query } = input;
  return dashboardCsv(await dashboard(ctx, query, now), input, now);
}
