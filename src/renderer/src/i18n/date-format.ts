// Dates as users read them: instants in their time zone, all-day dates without a time zone
// shift, and "3 hours ago" style relative times.
import { parseBirthday } from '../../../shared/contacts';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "5 minutes ago", "yesterday", "in 2 days" from an ISO instant. */
export function relativeTime(iso: string, now: Date, locale: string): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

/** An ISO instant as date and time in the user's time zone. */
export function dateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A YYYY-MM-DD all-day date; read as UTC so it never shifts a day in the user's time zone. */
export function calendarDate(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "14 March" or "14 March 1985" from a stored birthday (YYYY-MM-DD or --MM-DD). */
export function birthdayText(value: string, locale: string): string {
  const parts = parseBirthday(value);
  if (!parts) return value;
  if (parts.year !== null) return calendarDate(value, locale);
  const date = new Date(Date.UTC(2000, parts.month - 1, parts.day));
  const format = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
  return format.format(date);
}
