// Care this week (today and the six days after it): greetings still to send (birthdays and
// partnership anniversaries not yet greeted, from the calendar's own derivation), partners due or
// overdue for a visit (the visit planner's query), and open commitments due or overdue (owned by
// the commitment's owner, else the partner's, as on the home agenda).
import { sql } from 'kysely';
import type { Dashboard } from '../../shared/dashboard';
import type { CoreContext } from '../context';
import { addDays } from '../care/calendar-dates';
import { anniversaries, birthdays, markGreeted, type CalendarRangeQuery } from '../calendar/service';
import { defaultVisitCadenceDays } from '../../shared/partners';
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
    // Literal, so SQLite uses the partial index on open commitments.
    .where(sql<boolean>`c.status = 'open'`)
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

const cadenceByType = sql.raw(
  `case p.type ${Object.entries(defaultVisitCadenceDays)
    .map(([type, days]) => `when '${type}' then ${days}`)
    .join(' ')} else 60 end`,
);

/**
 * Active partners due or overdue for a visit by the end of the week with none planned: the visit
 * planner's rule (last visit, else partnership start, plus the cadence). `last_visit_start` is the
 * latest visit kept by triggers: after today means one is planned, else it is the last visit.
 * The covering index is named: the planner prefers the status index, which reads every row.
 */
async function visitsDue(ctx: CoreContext, scope: DashboardScope, today: string, end: string) {
  const tomorrow = addDays(today, 1);
  const named = namedOwners(scope);
  const row = await sql<{ n: number }>`
    select count(*) as n from partners p indexed by partners_visit_due
    where p.deleted_at is null and p.status = 'active'
      and ${allOf(scopeConditions({ regions: scope.regions, ownerIds: named }, { region: 'p.region', owner: 'p.owner_id', ownerNullable: true }))}
      and (p.last_visit_start is null or p.last_visit_start < ${tomorrow})
      and date(coalesce(substr(p.last_visit_start, 1, 10), p.partnership_start, substr(p.created_at, 1, 10)),
        '+' || coalesce(p.visit_cadence_days, ${cadenceByType}) || ' days') <= ${end}`.execute(ctx.db);
  return Number(row.rows[0]?.n ?? 0);
}

/**
 * Care this week changes only with a write or a new day, so an answer is kept until the next
 * write (like the partner list's totals): returning to the home screen does not derive the week's
 * birthdays of every contact again.
 */
const answers = new WeakMap<CoreContext, { version: number; byQuery: Map<string, Promise<CareWeek>> }>();

type CareWeek = Dashboard['careThisWeek'];

export function careThisWeek(ctx: CoreContext, scope: DashboardScope, today: string): Promise<CareWeek> {
  let cache = answers.get(ctx);
  if (!cache || cache.version !== ctx.dataVersion()) {
    cache = { version: ctx.dataVersion(), byQuery: new Map() };
    answers.set(ctx, cache);
  }
  const key = JSON.stringify([scope.regions, scope.ownerIds, today]);
  let answer = cache.byQuery.get(key);
  if (!answer) {
    const byQuery = cache.byQuery;
    answer = countCareWeek(ctx, scope, today);
    byQuery.set(key, answer);
    answer.catch(() => byQuery.delete(key));
  }
  return answer;
}

async function countCareWeek(ctx: CoreContext, scope: DashboardScope, today: string): Promise<CareWeek> {
  const end = addDays(today, careWeekDays - 1);
  const [greetings, visits, promised] = await Promise.all([
    greetingsDue(ctx, scope, today, end),
    visitsDue(ctx, scope, today, end),
    commitments(ctx, scope, today, end),
  ]);
  return { greetingsDue: greetings, visitsDue: visits, ...promised };
}
