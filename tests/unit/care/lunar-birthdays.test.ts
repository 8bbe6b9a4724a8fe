// The lunar date arithmetic against lunar-typescript's own day-by-day conversion: our per-year
// month table must give the same lunar date for any day of birth, and the same Gregorian day back.
import fc from 'fast-check';
import { Lunar, Solar } from 'lunar-typescript';
import { describe, expect, it } from 'vitest';
import { gregorianDateOfLunar, lunarBirthDateOf } from '../../../src/core/care/lunar-birthdays';

const day = fc
  .integer({ min: Date.UTC(1920, 0, 1), max: Date.UTC(2040, 11, 31) })
  .map((ms) => new Date(ms - (ms % 86_400_000)));

describe('lunar birth dates', () => {
  it('match the library for any Gregorian day from 1920 to 2040', () => {
    fc.assert(
      fc.property(day, (date) => {
        const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const lunar = Lunar.fromSolar(Solar.fromYmd(year, month, dayOfMonth));
        expect(lunarBirthDateOf(year, month, dayOfMonth)).toEqual({
          lunarYear: lunar.getYear(),
          month: Math.abs(lunar.getMonth()),
          day: lunar.getDay(),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('give the Gregorian day of a lunar month and day as the library does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1921, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 29 }),
        (lunarYear, month, dayOfMonth) => {
          expect(gregorianDateOfLunar(lunarYear, month, dayOfMonth)).toBe(
            Lunar.fromYmd(lunarYear, month, dayOfMonth).getSolar().toYmd(),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('knows the published lunar new years', () => {
    // Chinese New Year: 17 Feb 2026, 6 Feb 2027, 26 Jan 2028.
    expect(gregorianDateOfLunar(2026, 1, 1)).toBe('2026-02-17');
    expect(gregorianDateOfLunar(2027, 1, 1)).toBe('2027-02-06');
    expect(gregorianDateOfLunar(2028, 1, 1)).toBe('2028-01-26');
    expect(lunarBirthDateOf(2026, 2, 16)).toEqual({ lunarYear: 2025, month: 12, day: 29 });
  });
});
