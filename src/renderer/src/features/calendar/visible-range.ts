// Which days a calendar view shows for a date: the six weeks of a month grid, one week, or the days
// of the month for the agenda. Weeks start on the locale's first day (0 = Sunday … 6 = Saturday).
// Pure date arithmetic on YYYY-MM-DD.
import type { CalendarView } from './calendar-params';

const msPerDay = 86_400_000;

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function msOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return toDay(msOf(date) + days * msPerDay);
}

/** Day of the week as Date#getDay numbers it: 0 = Sunday … 6 = Saturday. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The first day of the week the date is in, for weeks starting on `firstDay`. */
export function weekStartOf(date: string, firstDay: WeekDay): string {
  const daysIntoWeek = (new Date(msOf(date)).getUTCDay() - firstDay + 7) % 7;
  return addDays(date, -daysIntoWeek);
}

export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function lastOfMonth(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return toDay(Date.UTC(year, month, 0));
}

export function addMonths(date: string, months: number): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return toDay(Date.UTC(year, month - 1 + months, 1));
}

export interface DayRange {
  from: string;
  to: string;
}

export function visibleRange(view: CalendarView, date: string, firstDay: WeekDay): DayRange {
  if (view === 'week') {
    const from = weekStartOf(date, firstDay);
    return { from, to: addDays(from, 6) };
  }
  if (view === 'agenda') return { from: firstOfMonth(date), to: lastOfMonth(date) };
  // Mantine's month grid always shows six weeks from the week's first day on or before the 1st.
  const from = weekStartOf(firstOfMonth(date), firstDay);
  return { from, to: addDays(from, 41) };
}

/** The date one period earlier or later (a month for month and agenda, a week for week). */
export function stepDate(view: CalendarView, date: string, direction: 1 | -1): string {
  return view === 'week' ? addDays(date, 7 * direction) : addMonths(date, direction);
}

/** The user's today as YYYY-MM-DD on their own clock. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
