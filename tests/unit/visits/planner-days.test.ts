import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannerGreeting, VisitDue } from '../../../src/shared/care';
import {
  addDays,
  greetingsNear,
  groupByCity,
  isIsoDate,
  localToday,
  mondayOf,
  weekDays,
} from '../../../src/renderer/src/features/visit-planner/planner-days';

const dates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('planner weeks', () => {
  it('start on the Monday on or before the day', () => {
    expect(mondayOf('2026-11-08')).toBe('2026-11-02'); // a Sunday
    expect(mondayOf('2026-11-02')).toBe('2026-11-02');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across a year
    fc.assert(
      fc.property(dates, (date) => {
        const monday = mondayOf(date);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(weekDays(monday)).toContain(date);
      }),
    );
  });

  it('count seven days and step across month ends and leap days', () => {
    expect(weekDays('2028-02-28')).toEqual([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
      '2028-03-02',
      '2028-03-03',
      '2028-03-04',
      '2028-03-05',
    ]);
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: -400, max: 400 }),
        (date, n) => addDays(addDays(date, n), -n) === date,
      ),
    );
  });

  it('accept only real dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('take today from the local clock, not UTC', () => {
    expect(localToday(new Date(2026, 10, 2, 23, 59))).toBe('2026-11-02');
    expect(localToday(new Date(2026, 10, 3, 0, 1))).toBe('2026-11-03');
  });
});

const greeting = (partnerId: string, date: string): PlannerGreeting => ({
  key: `anniversary:${partnerId}:${date}`,
  partnerId,
  date,
  kind: 'anniversary',
  title: 'Maju Jaya',
  contactId: null,
  festivalKey: null,
  years: 3,
});

describe('greetings near a visit day', () => {
  it('are those of the partner within three days either side', () => {
    const greetings = [
      greeting('a', '2026-10-29'),
      greeting('a', '2026-10-30'),
      greeting('a', '2026-11-05'),
      greeting('a', '2026-11-06'),
      greeting('b', '2026-11-02'),
    ];
    expect(greetingsNear(greetings, 'a', '2026-11-02').map((g) => g.date)).toEqual([
      '2026-10-30',
      '2026-11-05',
    ]);
  });
});

describe('grouping by city', () => {
  it('keeps the plan’s order and makes one group per city', () => {
    const partner = (city: string, partnerName: string) => ({ city, partnerName }) as VisitDue;
    const groups = groupByCity([partner('Ipoh', 'A'), partner('Ipoh', 'B'), partner('Taiping', 'C')]);
    expect(groups.map((g) => [g.city, g.partners.map((p) => p.partnerName)])).toEqual([
      ['Ipoh', ['A', 'B']],
      ['Taiping', ['C']],
    ]);
  });
});
