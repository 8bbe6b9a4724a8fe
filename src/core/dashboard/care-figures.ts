// Care this week (today and the six days after it): greetings still to send (birthdays and
// partnership anniversaries not yet greeted, from the calendar's own derivation), partners due or
// overdue for a visit (the visit planner's query), and open commitments due or overdue (owned by
// the commitment's owner, else the partner's, as on the home agenda).
import { sql } from 'kysely';
import type { Dashboard } from '../../shared/dashboard';
import type { CoreContext } from '../context';
import { addDays } from '../care/calendar-dates';
import { anniversaries, birthdays, markGreeted, type CalendarRangeQuery } from '../calendar/service';
import { visitsDue } from '../visits/due';
import { allOf, noOwner, scopeConditions, type DashboardScope } from './scope';

export const careWeekDays = 7;

/** The calendar and planner filter by named owners only. */
function namedOwners(scope: DashboardScope): string[] {
  return scope.ownerIds.filter((id) => id !== noOwner);
}

async function greetingsDue(ctx: CoreContext, scope: DashboardScope, today: string, end: string) {
  const query: CalendarRangeQuery = {
    from: today,
    to: end,
    ownerIds: namedOwners(scope),
    regions: [...scope.regions],
    kinds: [],
    timeZone: 'UTC',
  };
  const range = { from: today, to: end };
  const found = (await Promise.all([birthdays(ctx, query, range), anniversaries(ctx, query, range)])).flat();
  await markGreeted(ctx, found);
  return found.filter((item) => !item.greeted && item.suppressed === null).length;
}

async function commitments(ctx: CoreContext, scope: DashboardScope, today: string, end: string) {
  const row = await ctx.db
    .selectFrom('commitments as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .where('c.deletedAt', 'is', null)
    .where('c.status', '=', 'open')
    .where('c.dueDate', '<=', end)
    .where('p.deletedAt', 'is', null)
    .where(
      allOf(
        scopeConditions(
          { regions: scope.regions, ownerIds: [] },
          { region: 'p.region', owner: 'p.owner_id', ownerNullable: true },
        ),
      ),
    )
    .$if(scope.ownerIds.length > 0, (q) =>
      q.where(
        allOf(
          scopeConditions(
            { regions: [], ownerIds: scope.ownerIds },
            { region: '', owner: 'coalesce(c.owner_id, p.owner_id)', ownerNullable: true },
          ),
        ),
      ),
    )
    .select([
      sql<number>`coalesce(sum(c.due_date >= ${today}), 0)`.as('due'),
      sql<number>`coalesce(sum(c.due_date < ${today}), 0)`.as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return { commitmentsDue: Number(row.due), overdueCommitments: Number(row.overdue) };
}

export async function careThisWeek(
  ctx: CoreContext,
  scope: DashboardScope,
  today: string,
): Promise<Dashboard['careThisWeek']> {
  const end = addDays(today, careWeekDays - 1);
  const [greetings, visits, promised] = await Promise.all([
    greetingsDue(ctx, scope, today, end),
    visitsDue(ctx, {
      regions: [...scope.regions],
      ownerIds: namedOwners(scope),
      today,
      horizonDays: careWeekDays - 1,
      limit: 1_000_000,
    }),
    commitments(ctx, scope, today, end),
  ]);
  return { greetingsDue: greetings, visitsDue: visits.length, ...promised };
}
