// Birthdays kept by the Chinese lunar calendar: the lunar month and day of a Gregorian date of
// birth, and the Gregorian day on which they fall in a given lunar year (lunar-typescript does the
// astronomy; we keep no tables of our own).
import { LunarYear, Solar } from 'lunar-typescript';

export interface LunarBirthDate {
  lunarYear: number;
  /** 1-12; a birth in a leap (intercalary) month is kept as the regular month of that number. */
  month: number;
  day: number;
}

interface LunarMonthSpan {
  /** lunar-typescript's month number: negative for a leap month. */
  month: number;
  /** Julian day number of the month's first day. */
  firstDay: number;
  dayCount: number;
}

/**
 * The months of a lunar year, from the library, once per year: converting a single date costs
 * about a millisecond of astronomy, while a year's months answer every date of that year.
 */
const monthsByLunarYear = new Map<number, LunarMonthSpan[]>();

function monthsOf(lunarYear: number): LunarMonthSpan[] {
  let months = monthsByLunarYear.get(lunarYear);
  if (!months) {
    months = LunarYear.fromYear(lunarYear)
      .getMonthsInYear()
      .map((month) => ({
        month: month.getMonth(),
        // The library's Julian days are fractional (noon based); whole day numbers compare safely.
        firstDay: Math.floor(month.getFirstJulianDay() + 0.5),
        dayCount: month.getDayCount(),
      }));
    monthsByLunarYear.set(lunarYear, months);
  }
  return months;
}

function julianDayOf(year: number, month: number, day: number): number {
  return Math.floor(Solar.fromYmd(year, month, day).getJulianDay() + 0.5);
}

export function lunarBirthDateOf(year: number, month: number, day: number): LunarBirthDate {
  const julianDay = julianDayOf(year, month, day);
  // A date before the lunar new year (late January, February) belongs to the previous lunar year.
  for (const lunarYear of [year, year - 1]) {
    const months = monthsOf(lunarYear);
    for (let index = months.length - 1; index >= 0; index--) {
      const span = months[index]!;
      if (span.firstDay <= julianDay) {
        // A leap month's birthday is kept in the regular month of the same number, since most
        // years have no leap month; that is how families celebrate it.
        return { lunarYear, month: Math.abs(span.month), day: julianDay - span.firstDay + 1 };
      }
    }
  }
  throw new RangeError(`No lunar date for ${year}-${month}-${day}`);
}

/**
 * The Gregorian YYYY-MM-DD of the lunar month and day in the given lunar year. A lunar month has 29
 * or 30 days; a birthday on day 30 is kept on day 29 in years when that month is short.
 */
export function gregorianDateOfLunar(lunarYear: number, month: number, day: number): string {
  const span = monthsOf(lunarYear).find((candidate) => candidate.month === month);
  if (!span) throw new RangeError(`Lunar year ${lunarYear} has no month ${month}`);
  return Solar.fromJulianDay(span.firstDay + Math.min(day, span.dayCount) - 1).toYmd();
}
