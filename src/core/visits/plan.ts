// The visit planner's week: the region's partners that are overdue or fall due by the week's end,
// by city (most overdue first), the holidays of the week in their countries, and the greetings
// near the week that a visit could deliver.
import type { VisitDue, VisitPlan } from '../../shared/care';
import type { ParsedInput } from '../../shared/contract';
import type { CoreContext } from '../context';
import { addDays, epochDayOf } from '../care/calendar-dates';
import { readCareSettings } from '../care/settings';
import { visitsDue } from './due';
import { greetingsOfPartners } from './planner-greetings';
import { holidaysOfWeek, weekOf } from './planner-holidays';

/** More than this is no week's plan; the most overdue are listed and the UI asks to narrow. */
export const maxPlannedPartners = 1_000;

/** A greeting this many days before or after the week can still be brought on a visit in it. */
export const greetingReachDays = 3;

/** By city, then most overdue, then name: the order the planner groups and lists them in. */
export function byCityThenOverdue(a: VisitDue, b: VisitDue): number {
  return (
    a.city.localeCompare(b.city) ||
    b.overdueDays - a.overdueDays ||
    a.partnerName.localeCompare(b.partnerName)
  );
}

export async function visitPlan(ctx: CoreContext, input: ParsedInput<'visits.plan'>): Promise<VisitPlan> {
  const week = weekOf(input.weekStart);
  const due = await visitsDue(ctx, {
    regions: [input.region],
    ownerIds: input.ownerIds,
    today: input.today,
    // Overdue by today, or due by the week's last day (a past week adds nothing).
    horizonDays: Math.max(0, epochDayOf(week.to) - epochDayOf(input.today)),
    limit: maxPlannedPartners + 1,
  });
  const partners = due.slice(0, maxPlannedPartners).sort(byCityThenOverdue);
  const { festivalsByCountry } = await readCareSettings(ctx);
  const greetings = await greetingsOfPartners(
    ctx,
    partners.map((partner) => partner.partnerId),
    { from: addDays(week.from, -greetingReachDays), to: addDays(week.to, greetingReachDays) },
  );
  return {
    week,
    partners,
    truncated: due.length > maxPlannedPartners,
    holidays: holidaysOfWeek(
      partners.map((partner) => partner.country),
      week,
      festivalsByCountry,
    ),
    greetings: greetings
      .filter((greeting) => !greeting.greeted && !greeting.suppressed)
      .map(({ greeted: _greeted, suppressed: _suppressed, ...greeting }) => greeting),
  };
}
