// Day arithmetic and lookups of the visit planner: weeks from Monday, the user's local today,
// the holidays of a partner's country on a day, and the greetings a visit on a day can deliver.
import type { PlannerGreeting, PlannerHoliday, VisitDue } from '../../../../shared/care';

const msPerDay = 86_400_000;

function epochDay(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / msPerDay
  );
}

export function addDays(date: string, days: number): string {
  return new Date((epochDay(date) + days) * msPerDay).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && addDays(value, 0) === value;
}

/** The Monday of the week the date is in (weeks run Monday to Sunday). */
export function mondayOf(date: string): string {
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  const weekday = (((epochDay(date) + 3) % 7) + 7) % 7;
  return addDays(date, -weekday);
}

export function weekDays(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}

/** The user's today as YYYY-MM-DD in their own time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function holidaysOn(
  holidays: readonly PlannerHoliday[],
  country: string,
  day: string,
): PlannerHoliday[] {
  return holidays.filter((holiday) => holiday.country === country && holiday.date === day);
}

/** A greeting this many days before or after a visit can be brought along (the plan's reach). */
export const bundleReachDays = 3;

export function greetingsNear(
  greetings: readonly PlannerGreeting[],
  partnerId: string,
  day: string,
): PlannerGreeting[] {
  return greetings.filter(
    (greeting) =>
      greeting.partnerId === partnerId && Math.abs(daysBetween(day, greeting.date)) <= bundleReachDays,
  );
}

export interface CityGroup {
  city: string;
  partners: VisitDue[];
}

/** Consecutive partners of one city (the plan comes sorted by city) as one group each. */
export function groupByCity(partners: readonly VisitDue[]): CityGroup[] {
  const groups: CityGroup[] = [];
  for (const partner of partners) {
    const last = groups.at(-1);
    if (last && last.city === partner.city) last.partners.push(partner);
    else groups.push({ city: partner.city, partners: [partner] });
  }
  return groups;
}
