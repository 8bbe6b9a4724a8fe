// The dashboard's pure month arithmetic: trends with a point for every month, the retention
// window's start, a period's last day and the same months a year earlier.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillMonths, lastDayOf, twelveMonthsBefore, yearEarlier } from '../../src/core/dashboard/months';
import { monthRange } from '../../src/shared/periods';

const month = fc
  .record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

describe('fillMonths', () => {
  it('fills missing months with the empty point and keeps the rows that exist', () => {
    const rows = [
      { period: '2026-03', n: 5 },
      { period: '2026-01', n: 2 },
      { period: '2025-12', n: 9 },
    ];
    expect(fillMonths('2026-01', '2026-04', rows, (period) => ({ period, n: 0 }))).toEqual([
      { period: '2026-01', n: 2 },
      { period: '2026-02', n: 0 },
      { period: '2026-03', n: 5 },
      { period: '2026-04', n: 0 },
    ]);
  });

  it('always has one point per month of the range, in order, across year ends', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 40 }), fc.array(month), (from, span, periods) => {
        const to = monthRange(from, '2199-12')[span]!;
        const filled = fillMonths(
          from,
          to,
          periods.map((period) => ({ period, n: 1 })),
          (period) => ({ period, n: 0 }),
        );
        expect(filled.map((p) => p.period)).toEqual(monthRange(from, to));
        expect(filled).toHaveLength(span + 1);
      }),
    );
  });
});

describe('retention window and period days', () => {
  it('starts the retention window on the same day a year earlier', () => {
    expect(twelveMonthsBefore('2026-06-15')).toBe('2025-06-15');
    expect(twelveMonthsBefore('2026-01-31')).toBe('2025-01-31');
    // 29 February has no twin a year earlier or later.
    expect(twelveMonthsBefore('2028-02-29')).toBe('2027-02-28');
  });

  it('knows the last day of each month', () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
  });

  it('compares with the same months a year earlier', () => {
    expect(yearEarlier('2026-01', '2026-06')).toEqual({ from: '2025-01', to: '2025-06' });
  });
});
