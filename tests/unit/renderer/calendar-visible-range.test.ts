// The calendar asks the core for exactly the days its grid shows, and the grid's weeks start on the
// locale's first day: Monday in most of Europe and Malaysia, Sunday in Indonesia and the US.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  visibleRange,
  weekStartOf,
  type WeekDay,
} from '../../../src/renderer/src/features/calendar/visible-range';

const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('visibleRange', () => {
  it('starts a week view on Monday or Sunday as the locale says', () => {
    // 2026-11-25 is a Wednesday.
    expect(visibleRange('week', '2026-11-25', 1)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(visibleRange('week', '2026-11-25', 0)).toEqual({ from: '2026-11-22', to: '2026-11-28' });
    expect(visibleRange('week', '2026-11-22', 0).from).toBe('2026-11-22');
    expect(visibleRange('week', '2026-11-22', 1).from).toBe('2026-11-16');
  });

  it('shows six whole weeks for a month, from the first day on or before the 1st', () => {
    // 1 November 2026 is a Sunday.
    expect(visibleRange('month', '2026-11-15', 0)).toEqual({ from: '2026-11-01', to: '2026-12-12' });
    expect(visibleRange('month', '2026-11-15', 1)).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    expect(visibleRange('month', '2026-11-15', 6).from).toBe('2026-10-31');
  });

  it('lists the days of the month for the agenda whatever the first day', () => {
    expect(visibleRange('agenda', '2026-02-10', 0)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('always begins a week on the first day, within the 6 days before the date', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((offset) => addDays('2020-01-01', offset));
    const firstDay = fc.constantFrom<WeekDay>(0, 1, 2, 3, 4, 5, 6);
    fc.assert(
      fc.property(day, firstDay, (date, first) => {
        const start = weekStartOf(date, first);
        expect(weekdayOf(start)).toBe(first);
        expect(start <= date && addDays(start, 6) >= date).toBe(true);
      }),
    );
  });
});
