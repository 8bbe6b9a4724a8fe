// The contact form asks for a birthday as month + day + optional year; the contract stores
// YYYY-MM-DD, or --MM-DD when the year is unknown. These convert between the two.
import { formatBirthday, parseBirthday } from '../../../../shared/contacts';

export interface BirthdayParts {
  /** "1".."12", or null when not chosen. */
  month: string | null;
  /** "1".."31", or null when not chosen. */
  day: string | null;
  /** Four digits, or "" when unknown. */
  year: string;
}

export const noBirthday: BirthdayParts = { month: null, day: null, year: '' };

export function birthdayParts(value: string): BirthdayParts {
  const parsed = parseBirthday(value);
  if (!parsed) return noBirthday;
  return {
    month: String(parsed.month),
    day: String(parsed.day),
    year: parsed.year === null ? '' : String(parsed.year),
  };
}

/**
 * The stored form of the parts: "" when nothing was entered, null when what was entered cannot be
 * a birthday yet (a month without a day, a year that is not four digits).
 */
export function birthdayValue(parts: BirthdayParts): string | null {
  const year = parts.year.trim();
  if (parts.month === null && parts.day === null && year === '') return '';
  if (parts.month === null || parts.day === null) return null;
  if (year !== '' && !/^\d{4}$/.test(year)) return null;
  return formatBirthday(year === '' ? null : Number(year), Number(parts.month), Number(parts.day));
}

/** Days to offer for a month; 29 February stays possible when the year is unknown or leap. */
export function daysInMonth(month: string | null, year: string): number {
  if (month === null) return 31;
  const knownYear = /^\d{4}$/.test(year.trim()) ? Number(year) : 2000;
  return new Date(Date.UTC(knownYear, Number(month), 0)).getUTCDate();
}
