// Birthdays kept by the Chinese lunar calendar: the lunar month and day of a Gregorian date of
// birth, and the Gregorian day on which they fall in a given lunar year (lunar-typescript does the
// astronomy; we keep no tables of our own).
import { Lunar, LunarMonth, Solar } from 'lunar-typescript';

export interface LunarBirthDate {
  lunarYear: number;
  /** 1-12; a birth in a leap (intercalary) month is kept as the regular month of that number. */
  month: number;
  day: number;
}

/** Conversions are slow (about a millisecond); a contact's date of birth never changes. */
const lunarBirthDates = new Map<string, LunarBirthDate>();

export function lunarBirthDateOf(year: number, month: number, day: number): LunarBirthDate {
  const key = `${year}-${month}-${day}`;
  let known = lunarBirthDates.get(key);
  if (!known) {
    const lunar = Lunar.fromSolar(Solar.fromYmd(year, month, day));
    // lunar-typescript marks a leap month with a negative number. Families celebrate a leap-month
    // birthday in the regular month of the same number, since most years have no leap month.
    known = { lunarYear: lunar.getYear(), month: Math.abs(lunar.getMonth()), day: lunar.getDay() };
    lunarBirthDates.set(key, known);
  }
  return known;
}

/**
 * The Gregorian YYYY-MM-DD of the lunar month and day in the given lunar year. A lunar month has 29
 * or 30 days; a birthday on day 30 is kept on day 29 in years when that month is short.
 */
export function gregorianDateOfLunar(lunarYear: number, month: number, day: number): string {
  // At most 360 month-days per lunar year, shared by every contact born on them: worth keeping.
  const key = `${lunarYear}-${month}-${day}`;
  let date = gregorianDates.get(key);
  if (date === undefined) {
    const daysInMonth = LunarMonth.fromYm(lunarYear, month)?.getDayCount() ?? 29;
    date = Lunar.fromYmd(lunarYear, month, Math.min(day, daysInMonth)).getSolar().toYmd();
    gregorianDates.set(key, date);
  }
  return date;
}

const gregorianDates = new Map<string, string>();
