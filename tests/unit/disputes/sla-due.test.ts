import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPublicHoliday } from '../../../src/core/care/festivals';
import { wallClockOf } from '../../../src/core/care/zoned-time';
import { isWeekday, slaDueAt } from '../../../src/core/disputes/sla-due';

const noHolidays = () => false;
const holidaysOf = (country: string) => (date: string) => isPublicHoliday(country, date);

function due(
  startedAt: string,
  businessDays: number,
  timeZone: string,
  isHoliday: (date: string) => boolean = noHolidays,
): string {
  return slaDueAt({ startedAt, businessDays, timeZone, isHoliday });
}

/** The local date the instant shows in the zone. */
function localDate(instant: string, timeZone: string): string {
  return new Date(wallClockOf(Date.parse(instant), timeZone)).toISOString().slice(0, 10);
}

describe('SLA due date in business days', () => {
  it('skips the weekend: Friday 15:00 plus one business day is Monday 15:00', () => {
    // 2026-11-27 is a Friday; Kuala Lumpur is UTC+8 all year.
    expect(due('2026-11-27T07:00:00.000Z', 1, 'Asia/Kuala_Lumpur')).toBe('2026-11-30T07:00:00.000Z');
    expect(due('2026-11-27T07:00:00.000Z', 3, 'Asia/Kuala_Lumpur')).toBe('2026-12-02T07:00:00.000Z');
  });

  it('counts Monday as day one for a case opened on Saturday or Sunday', () => {
    expect(due('2026-11-28T02:00:00.000Z', 1, 'Asia/Kuala_Lumpur')).toBe('2026-11-30T02:00:00.000Z');
    expect(due('2026-11-29T02:00:00.000Z', 1, 'Asia/Kuala_Lumpur')).toBe('2026-11-30T02:00:00.000Z');
  });

  it('counts days in the case’s time zone, not in UTC', () => {
    // Friday evening in UTC is already Saturday morning in Auckland: Monday is day one in both,
    // but the due time follows each zone's time of day.
    const instant = '2026-11-27T18:30:00.000Z'; // Fri 18:30 UTC = Sat 07:30 NZDT (UTC+13)
    expect(localDate(due(instant, 1, 'UTC'), 'UTC')).toBe('2026-11-30');
    expect(localDate(due(instant, 1, 'Pacific/Auckland'), 'Pacific/Auckland')).toBe('2026-11-30');
    expect(due(instant, 1, 'Pacific/Auckland')).toBe('2026-11-29T18:30:00.000Z');
  });

  it('skips the public holidays of the lead partner’s country (Hari Raya Aidilfitri in Malaysia)', () => {
    // date-holidays lists Hari Raya Aidilfitri 2025 in Malaysia on Sunday 30 and Monday 31 March.
    expect(isPublicHoliday('MY', '2025-03-31')).toBe(true);
    expect(isPublicHoliday('MY', '2025-04-01')).toBe(false);
    const opened = '2025-03-28T07:00:00.000Z'; // Friday 15:00 in Kuala Lumpur
    expect(due(opened, 1, 'Asia/Kuala_Lumpur', holidaysOf('MY'))).toBe('2025-04-01T07:00:00.000Z');
    expect(due(opened, 2, 'Asia/Kuala_Lumpur', holidaysOf('MY'))).toBe('2025-04-02T07:00:00.000Z');
    // The same case for a Dutch partner is due on the Monday.
    expect(due(opened, 1, 'Asia/Kuala_Lumpur', holidaysOf('NL'))).toBe('2025-03-31T07:00:00.000Z');
  });

  it('keeps the local time of day across a daylight-saving change (Europe/Amsterdam)', () => {
    // Clocks went forward on Sunday 29 March 2026: 15:00 CET is 14:00 UTC, 15:00 CEST is 13:00 UTC.
    expect(due('2026-03-27T14:00:00.000Z', 1, 'Europe/Amsterdam')).toBe('2026-03-30T13:00:00.000Z');
    // And back on Sunday 25 October 2026.
    expect(due('2026-10-23T13:00:00.000Z', 1, 'Europe/Amsterdam')).toBe('2026-10-26T14:00:00.000Z');
  });

  it('knows the weekdays', () => {
    expect(['2026-11-23', '2026-11-27', '2026-11-28', '2026-11-29'].map(isWeekday)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  const zones = ['UTC', 'Asia/Kuala_Lumpur', 'Asia/Jakarta', 'Europe/Amsterdam', 'America/New_York'];
  const countries = ['MY', 'ID', 'NL', 'CN', ''];
  const opening = fc.record({
    instant: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 31) }),
    zone: fc.constantFrom(...zones),
    country: fc.constantFrom(...countries),
    days: fc.integer({ min: 1, max: 30 }),
  });
  const holidays = (country: string) => (country ? holidaysOf(country) : noHolidays);

  it('is always on a business day, after the opening, and never earlier for more days', () => {
    fc.assert(
      fc.property(opening, ({ instant, zone, country, days }) => {
        const startedAt = new Date(instant).toISOString();
        const isHoliday = holidays(country);
        const dueAt = due(startedAt, days, zone, isHoliday);
        const day = localDate(dueAt, zone);
        expect(isWeekday(day) && !isHoliday(day)).toBe(true);
        expect(Date.parse(dueAt)).toBeGreaterThan(instant);
        expect(Date.parse(due(startedAt, days + 1, zone, isHoliday))).toBeGreaterThan(Date.parse(dueAt));
      }),
      { numRuns: 300 },
    );
  });
});
