// Engagement in the period: visits held and meetings and trainings attended (care events marked
// done), and greetings sent, per month. Recurring events are left out: they are team routines
// (a monthly call) rather than a partner engaging, and the calendar expands them only on demand.
import { sql } from 'kysely';
import type { Dashboard } from '../../shared/dashboard';
import type { CoreContext } from '../context';
import { addDays } from '../care/calendar-dates';
import { fillMonths, firstDayOf, lastDayOf } from './months';
import { allOf, scopeConditions, type DashboardScope } from './scope';

const partnerColumns = { region: 'p.region', owner: 'p.owner_id', ownerNullable: true };
/** The monthly tally stores no owner as ''. */
const monthlyColumns = { region: 'm.region', owner: 'm.owner_id', ownerNullable: false };

export async function engagementFigures(
  ctx: CoreContext,
  scope: DashboardScope,
  period: { from: string; to: string },
): Promise<Dashboard['engagement']> {
  const start = firstDayOf(period.from);
  // Starts are days or instants; everything before the next day's date sorts before it as text.
  const endExclusive = addDays(lastDayOf(period.to), 1);
  const scoped = scope.regions.length > 0 || scope.ownerIds.length > 0;
  // The partners in scope as a set of ids (from their indexes), or, without a scope, the few
  // deleted partners to leave out: either way no partner row is read per event.
  const partnerFilter = (column: string) =>
    scoped
      ? sql<boolean>`${sql.raw(column)} in (select p.id from partners p where p.deleted_at is null and ${allOf(
          scopeConditions(scope, partnerColumns),
        )})`
      : sql<boolean>`${sql.raw(column)} not in (select id from partners where deleted_at is not null)`;
  const [events, greetings] = await Promise.all([
    // Kept per month, region and owner by triggers: a year of the whole team is a few hundred rows.
    ctx.db
      .selectFrom('engagementMonthly as m')
      .where('m.period', '>=', period.from)
      .where('m.period', '<=', period.to)
      .where(allOf(scopeConditions(scope, monthlyColumns)))
      .select(['m.period', 'm.kind', sql<number>`sum(m.events)`.as('n')])
      .groupBy(['m.period', 'm.kind'])
      .execute(),
    ctx.db
      .selectFrom('greetings as g')
      .where('g.deletedAt', 'is', null)
      .where('g.sentOn', '>=', start)
      .where('g.sentOn', '<', endExclusive)
      .where(partnerFilter('g.partner_id'))
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const months = new Map<string, { period: string; visits: number; meetings: number; trainings: number }>();
  for (const row of events) {
    const month = months.get(row.period) ?? { period: row.period, visits: 0, meetings: 0, trainings: 0 };
    const n = Number(row.n);
    if (row.kind === 'visit') month.visits += n;
    else if (row.kind === 'meeting') month.meetings += n;
    else month.trainings += n;
    months.set(row.period, month);
  }
  const trend = fillMonths(period.from, period.to, [...months.values()], (p) => ({
    period: p,
    visits: 0,
    meetings: 0,
    trainings: 0,
  }));
  return {
    visits: trend.reduce((sum, m) => sum + m.visits, 0),
    meetings: trend.reduce((sum, m) => sum + m.meetings, 0),
    trainings: trend.reduce((sum, m) => sum + m.trainings, 0),
    greetings: Number(greetings.n),
    trend,
  };
}
