// The days of a planned week that are public holidays or greeted festivals in the partners'
// countries, so the planner can warn before a visit lands on a day off or a festival.
import type { PlannerHoliday } from '../../shared/care';
import { addDays, type DateRange } from '../care/calendar-dates';
import { festivalsInRange, publicHolidaysOn } from '../care/festivals';

/** The seven days from the week's first day. */
export function weekOf(weekStart: string): DateRange {
  return { from: weekStart, to: addDays(weekStart, 6) };
}

export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * Every public holiday (each day off, so the second day of Chinese New Year too) and every greeted
 * festival that is no day off (Sinterklaas) in the week, one entry per day, country and festival.
 */
export function holidaysOfWeek(
  countries: readonly string[],
  week: DateRange,
  greetedByCountry: Readonly<Record<string, readonly string[]>>,
): PlannerHoliday[] {
  const byDay = new Map<string, PlannerHoliday>();
  const greeted = (country: string, key: string) => (greetedByCountry[country] ?? []).includes(key);
  for (const country of new Set(countries)) {
    for (const day of daysOf(week)) {
      for (const holiday of publicHolidaysOn(country, day)) {
        byDay.set(`${day}:${country}:${holiday.key}`, {
          date: day,
          country,
          name: holiday.name,
          festivalKey: greeted(country, holiday.key) ? holiday.key : null,
          publicHoliday: true,
        });
      }
    }
  }
  for (const festival of festivalsInRange([...new Set(countries)], week, greetedByCountry)) {
    const id = `${festival.date}:${festival.country}:${festival.key}`;
    if (byDay.has(id)) continue;
    byDay.set(id, {
      date: festival.date,
      country: festival.country,
      name: festival.name,
      festivalKey: festival.key,
      publicHoliday: false,
    });
  }
  return [...byDay.values()].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.country.localeCompare(b.country),
  );
}
