// Month arithmetic the dashboard needs beyond shared/periods: a period's first and last day, the
// same months a year earlier, and trends with a point for every month (missing months filled).
import { addMonths, monthRange } from '../../shared/periods';
import { daysInMonth } from '../care/calendar-dates';

export function firstDayOf(period: string): string {
  return `${period}-01`;
}

export function lastDayOf(period: string): string {
  const days = daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
  return `${period}-${String(days).padStart(2, '0')}`;
}

/** The same months a year earlier (for growth against last year). */
export function yearEarlier(from: string, to: string): { from: string; to: string } {
  return { from: addMonths(from, -12), to: addMonths(to, -12) };
}

/**
 * One point per month from `from` to `to`, in order: the month's row when there is one, else
 * `empty(period)`. Rows outside the range are ignored.
 */
export function fillMonths<T extends { period: string }>(
  from: string,
  to: string,
  rows: readonly T[],
  empty: (period: string) => T,
): T[] {
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  return monthRange(from, to).map((period) => byPeriod.get(period) ?? empty(period));
}

/** The day twelve months before `today` (29 February falls back to the 28th). */
export function twelveMonthsBefore(today: string): string {
  const period = addMonths(today.slice(0, 7), -12);
  const last = lastDayOf(period);
  const day = today.slice(8, 10);
  return day > last.slice(8, 10) ? last : `${period}-${day}`;
}
