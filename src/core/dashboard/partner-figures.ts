// Figures about partners: active partners, the tier distribution, risk by level and over time, and
// the retention rate. Tiers and risk read partner_scores through its (tier|risk, region, owner,
// status) indexes; the partner list counts the same partners with the same filters.
import { sql } from 'kysely';
import type { Dashboard } from '../../shared/dashboard';
import { riskLevels, type RiskLevel } from '../../shared/loyalty';
import type { CoreContext } from '../context';
import { lastDayOf, firstDayOf, twelveMonthsBefore } from './months';
import { allOf, scopeConditions, type DashboardScope } from './scope';
import { configuredTiers } from './tier-names';
import { monthRange } from '../../shared/periods';

/** Levels counted as "at risk" on the dashboard. */
export const atRiskLevels: readonly RiskLevel[] = ['at-risk', 'critical'];

const partnerColumns = { region: 'p.region', owner: 'p.owner_id', ownerNullable: true };
const scoreColumns = { region: 's.region', owner: 's.owner_id', ownerNullable: true };

/**
 * Active partners per region, read from partners_browse (status, region and owner are in it), so
 * no wide partner row is read. The partner list counts the same partners with the same filters.
 */
export async function activeByRegion(ctx: CoreContext, scope: DashboardScope): Promise<Map<string, number>> {
  const rows = await sql<{ region: string; n: number }>`select p.region as region, count(*) as n
    from partners p indexed by partners_browse
    where p.deleted_at is null and p.status = 'active' and ${allOf(scopeConditions(scope, partnerColumns))}
    group by p.region`.execute(ctx.db);
  return new Map(rows.rows.map((row) => [row.region, Number(row.n)]));
}

/** Active partners per tier (in the configured order) and per risk level. */
export async function tiersAndRisk(
  ctx: CoreContext,
  scope: DashboardScope,
): Promise<{ tiers: Dashboard['tiers']; risk: Omit<Dashboard['risk'], 'trend'> }> {
  const scoped = () =>
    ctx.db
      .selectFrom('partnerScores as s')
      .where('s.status', '=', 'active')
      .where(allOf(scopeConditions(scope, scoreColumns)));
  const [tierRows, riskRows, tiers] = await Promise.all([
    scoped()
      .select((eb) => ['s.tier', eb.fn.countAll<number>().as('n')])
      .groupBy('s.tier')
      .execute(),
    scoped()
      .select((eb) => ['s.riskLevel', eb.fn.countAll<number>().as('n')])
      .groupBy('s.riskLevel')
      .execute(),
    configuredTiers(ctx),
  ]);
  const byTier = new Map(tierRows.map((row) => [row.tier, Number(row.n)]));
  const known = new Set(tiers.map((tier) => tier.key));
  const byLevel = new Map(riskRows.map((row) => [row.riskLevel, Number(row.n)]));
  return {
    tiers: [
      ...tiers.map((tier) => ({ key: tier.key, name: tier.name, partners: byTier.get(tier.key) ?? 0 })),
      ...tierRows
        .filter((row) => !known.has(row.tier))
        .map((row) => ({ key: row.tier, name: row.tier, partners: Number(row.n) })),
    ],
    risk: {
      byLevel: riskLevels.map((level) => ({ level, partners: byLevel.get(level) ?? 0 })),
      atRisk: atRiskLevels.reduce((sum, level) => sum + (byLevel.get(level) ?? 0), 0),
    },
  };
}

/**
 * At-risk partners at the last snapshot of each month in the period (null for a month without
 * one: the trend shows a gap rather than a made-up zero). Days after `today` are never read.
 */
export async function atRiskTrend(
  ctx: CoreContext,
  scope: DashboardScope,
  from: string,
  to: string,
  today: string,
): Promise<Dashboard['risk']['trend']> {
  const end = lastDayOf(to) < today ? lastDayOf(to) : today;
  const lastDays = ctx.db
    .selectFrom('loyaltySnapshots')
    .select(sql<string>`max(day)`.as('day'))
    .where('day', '>=', firstDayOf(from))
    .where('day', '<=', end)
    .groupBy(sql`substr(day, 1, 7)`);
  const rows = await ctx.db
    .selectFrom('loyaltySnapshots as l')
    .where('l.day', 'in', lastDays)
    .where(allOf(scopeConditions(scope, { region: 'l.region', owner: 'l.owner_id', ownerNullable: false })))
    .select([
      'l.day',
      sql<number>`sum(case when l.risk_level in ('at-risk', 'critical') then l.partners else 0 end)`.as(
        'atRisk',
      ),
    ])
    .groupBy('l.day')
    .execute();
  const byPeriod = new Map(rows.map((row) => [row.day.slice(0, 7), Number(row.atRisk)]));
  // A month whose last snapshot exists but has no partner in scope is a real zero.
  const snapshotMonths = new Set((await lastDays.execute()).map((row) => row.day.slice(0, 7)));
  return monthRange(from, to).map((period) => ({
    period,
    atRisk: byPeriod.get(period) ?? (snapshotMonths.has(period) ? 0 : null),
  }));
}

/** Which partners the retention rate counts; the partner list filters with the same dates. */
export function retentionWindow(today: string): { windowStart: string; today: string } {
  return { windowStart: twelveMonthsBefore(today), today };
}

/**
 * Of the partners active at the window start (joined on or before it — partnership start, else
 * the day the record was made — and not churned before it), how many have churned since.
 */
export async function retention(
  ctx: CoreContext,
  scope: DashboardScope,
  today: string,
): Promise<Dashboard['retention']> {
  const { windowStart } = retentionWindow(today);
  const joined = sql<string>`coalesce(p.partnership_start, substr(p.created_at, 1, 10))`;
  const inScope = allOf(scopeConditions(scope, partnerColumns));
  // Everyone who had joined by the window start, from the narrow covering index (no partner row
  // is read)...
  const joinedRow = await sql<{ n: number }>`select count(*) as n from partners p indexed by partners_browse
    where p.deleted_at is null and ${inScope} and ${joined} <= ${windowStart}`.execute(ctx.db);
  // ...less those who had churned before it; and who churned since. Churned partners are few and
  // found through the status index.
  const churned = await ctx.db
    .selectFrom('partners as p')
    .where('p.deletedAt', 'is', null)
    .where('p.status', '=', 'churned')
    .where(inScope)
    .where(joined, '<=', windowStart)
    .select([
      sql<number>`coalesce(sum(p.status_since < ${windowStart}), 0)`.as('before'),
      sql<number>`coalesce(sum(p.status_since >= ${windowStart} and p.status_since <= ${today}), 0)`.as(
        'since',
      ),
    ])
    .executeTakeFirstOrThrow();
  const activeAtStart = Number(joinedRow.rows[0]?.n ?? 0) - Number(churned.before);
  const churnedSince = Number(churned.since);
  return {
    rate: activeAtStart === 0 ? null : (activeAtStart - churnedSince) / activeAtStart,
    windowStart,
    activeAtStart,
    churnedSince,
  };
}
