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
    ctx.db
      .selectFrom('careEvents as e')
      // Written as in the care_events_held partial index (literals), so this is an index-only range.
      .where(sql<boolean>`e.deleted_at is null and e.rrule is null and e.status = 'done'`)
      .where(sql<boolean>`e.kind in ('visit', 'meeting', 'training')`)
      .where('e.start', '>=', start)
      .where('e.start', '<', endExclusive)
      .where(partnerFilter('e.partner_id'))
      .select([sql<string>`substr(e.start, 1, 7)`.as('period'), 'e.kind', sql<number>`count(*)`.as('n')])
      .groupBy([sql`substr(e.start, 1, 7)`, 'e.kind'])
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
