// Arithmetic on all-day calendar dates written as YYYY-MM-DD. Derived care events (birthdays,
// anniversaries, festivals) are days, not instants, so they never pass through a time zone.

/** An inclusive range of calendar days in the user's time zone, e.g. the visible month. */
export interface DateRange {
  from: string;
  to: string;
}

const msPerDay = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The computer's local date. Only a fallback: the UI passes the user's own today, but a caller
 * that does not (a script, a file name) gets the day it is where the app runs.
 */
export function localToday(now: Date = new Date()): string {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Splits YYYY-MM-DD into numbers; null when the text is not a real calendar date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (the caller has checked it). */
export function epochDayOf(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / msPerDay
  );
}

export function isoDateOfEpochDay(epochDay: number): string {
  return new Date(epochDay * msPerDay).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDateOfEpochDay(epochDayOf(date) + days);
}

/** True when the date lies in the inclusive range; YYYY-MM-DD strings sort as dates. */
export function isDateInRange(date: string, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/** The calendar years the range touches, oldest first. */
export function yearsOfRange(range: DateRange): number[] {
  const years: number[] = [];
  for (let year = Number(range.from.slice(0, 4)); year <= Number(range.to.slice(0, 4)); year++)
    years.push(year);
  return years;
}

/** Throws on a malformed range so a caller's bug is not shown as an empty calendar. */
export function assertDateRange(range: DateRange): void {
  if (parseIsoDate(range.from) === null || parseIsoDate(range.to) === null || range.from > range.to)
    throw new RangeError(`Not a date range: ${range.from}..${range.to}`);
}
