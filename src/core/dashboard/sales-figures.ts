// Sales and survey figures from the trigger-kept monthly aggregates (a year reads a few hundred
// rows, never the sales records or survey answers themselves).
import { sql } from 'kysely';
import type { Dashboard } from '../../shared/dashboard';
import { netPromoterScore } from '../../shared/surveys';
import type { CoreContext } from '../context';
import { fillMonths, yearEarlier } from './months';
import { allOf, scopeConditions, type DashboardScope } from './scope';

const aggregateColumns = { region: 'm.region', owner: 'm.owner_id', ownerNullable: false };

export async function salesFigures(
  ctx: CoreContext,
  scope: DashboardScope,
  period: { from: string; to: string },
  currency: string,
  /** Active partners per region (shared with the active-partners figure). */
  partners: ReadonlyMap<string, number>,
): Promise<Dashboard['sales']> {
  const months = (from: string, to: string) =>
    ctx.db
      .selectFrom('salesMonthly as m')
      .where('m.currency', '=', currency)
      .where('m.period', '>=', from)
      .where('m.period', '<=', to)
      .where(allOf(scopeConditions(scope, aggregateColumns)));
  const before = yearEarlier(period.from, period.to);
  const [byMonth, byRegion, previous] = await Promise.all([
    months(period.from, period.to)
      .select([
        'm.period',
        sql<number>`sum(m.revenue_minor)`.as('revenueMinor'),
        sql<number>`sum(m.orders)`.as('orders'),
      ])
      .groupBy('m.period')
      .execute(),
    months(period.from, period.to)
      .select(['m.region', sql<number>`sum(m.revenue_minor)`.as('revenueMinor')])
      .groupBy('m.region')
      .execute(),
    months(before.from, before.to)
      .select(sql<number>`coalesce(sum(m.revenue_minor), 0)`.as('revenueMinor'))
      .executeTakeFirstOrThrow(),
  ]);
  const trend = fillMonths(
    period.from,
    period.to,
    byMonth.map((row) => ({
      period: row.period,
      revenueMinor: Number(row.revenueMinor),
      orders: Number(row.orders),
    })),
    (p) => ({ period: p, revenueMinor: 0, orders: 0 }),
  );
  return {
    revenueMinor: trend.reduce((sum, point) => sum + point.revenueMinor, 0),
    previousRevenueMinor: Number(previous.revenueMinor),
    byRegion: byRegion
      .map((row) => ({
        region: row.region,
        revenueMinor: Number(row.revenueMinor),
        partners: partners.get(row.region) ?? 0,
      }))
      .sort((a, b) => b.revenueMinor - a.revenueMinor || a.region.localeCompare(b.region)),
    trend,
  };
}

export async function npsFigures(
  ctx: CoreContext,
  scope: DashboardScope,
  period: { from: string; to: string },
): Promise<Dashboard['nps']> {
  const rows = await ctx.db
    .selectFrom('surveyMonthly as m')
    .where('m.period', '>=', period.from)
    .where('m.period', '<=', period.to)
    .where(allOf(scopeConditions(scope, aggregateColumns)))
    .select([
      'm.period',
      sql<number>`sum(m.promoters)`.as('promoters'),
      sql<number>`sum(m.passives)`.as('passives'),
      sql<number>`sum(m.detractors)`.as('detractors'),
      sql<number>`sum(m.satisfaction_sum)`.as('satisfactionSum'),
      sql<number>`sum(m.satisfaction_count)`.as('satisfactionCount'),
    ])
    .groupBy('m.period')
    .execute();
  const months = rows.map((row) => ({
    period: row.period,
    promoters: Number(row.promoters),
    passives: Number(row.passives),
    detractors: Number(row.detractors),
    satisfactionSum: Number(row.satisfactionSum),
    satisfactionCount: Number(row.satisfactionCount),
  }));
  const total = (key: keyof Omit<(typeof months)[number], 'period'>) =>
    months.reduce((sum, month) => sum + month[key], 0);
  const tally = {
    promoters: total('promoters'),
    passives: total('passives'),
    detractors: total('detractors'),
  };
  const satisfactionCount = total('satisfactionCount');
  return {
    score: netPromoterScore(tally),
    ...tally,
    satisfactionAverage: satisfactionCount === 0 ? null : total('satisfactionSum') / satisfactionCount,
    trend: fillMonths(
      period.from,
      period.to,
      months.map((month) => ({
        period: month.period,
        nps: netPromoterScore(month),
        answers: month.promoters + month.passives + month.detractors,
      })),
      (p) => ({ period: p, nps: null, answers: 0 }),
    ),
  };
}
