// The time windows the score and the churn rules read, as calendar days and sales months. Sales
// windows are whole months before the current one: the running month is still being recorded,
// so counting it would make every partner look as if its sales were falling.
import { addMonths } from '../../shared/periods';
import { addDays, daysInMonth, epochDayOf, formatIsoDate } from '../care/calendar-dates';

/** Months of sales: `from` inclusive to `to` exclusive, YYYY-MM (strings sort as months). */
export interface PeriodWindow {
  from: string;
  to: string;
}

/** The last `months` whole months before today's month, and `offset` windows further back. */
export function monthsWindow(today: string, months: number, offset = 0): PeriodWindow {
  const current = today.slice(0, 7);
  return {
    from: addMonths(current, -months * (offset + 1)),
    to: addMonths(current, -months * offset),
  };
}

/** The same day `months` earlier (the 31st falls back to the month's last day). */
export function monthsBefore(today: string, months: number): string {
  const period = addMonths(today.slice(0, 7), -months);
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return formatIsoDate(year, month, Math.min(Number(today.slice(8, 10)), daysInMonth(year, month)));
}

/** The first day of a window of `days` ending today (inclusive). */
export function daysBefore(today: string, days: number): string {
  return addDays(today, -days);
}

export function daysBetween(from: string, to: string): number {
  return epochDayOf(to) - epochDayOf(from);
}
