import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnerMonths, type MonthRow } from '../../src/core/sales/partner-months';
import { addMonths } from '../../src/shared/periods';

const row = (period: string, revenueMinor: number): MonthRow => ({
  id: `id-${period}`,
  period,
  revenueMinor,
  units: 1,
  orders: 1,
});

describe("a partner's months", () => {
  it('fills missing months with zero and ends with the given month', () => {
    const result = partnerMonths([row('2026-01', 500)], '2026-02', 3);
    expect(result.months).toEqual([
      { period: '2025-12', recordId: null, revenueMinor: 0, units: 0, orders: 0 },
      { period: '2026-01', recordId: 'id-2026-01', revenueMinor: 500, units: 1, orders: 1 },
      { period: '2026-02', recordId: null, revenueMinor: 0, units: 0, orders: 0 },
    ]);
  });

  it('splits 24 months into the last 12 and the 12 before at the year boundary', () => {
    const result = partnerMonths(
      [
        row('2026-11', 1),
        row('2025-12', 10),
        row('2025-11', 100),
        row('2024-12', 1000),
        row('2024-11', 10_000),
      ],
      '2026-11',
      24,
    );
    expect(result.last12RevenueMinor).toBe(11);
    expect(result.previous12RevenueMinor).toBe(1100);
  });

  it('the two years together are the revenue of the 24 months shown, whatever the months hold', () => {
    const month = fc.integer({ min: 0, max: 30 }).map((back) => addMonths('2026-11', -back));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(month, fc.integer({ min: 0, max: 1e9 })), { selector: ([period]) => period }),
        (entries) => {
          const result = partnerMonths(
            entries.map(([period, revenue]) => row(period, revenue)),
            '2026-11',
            24,
          );
          const shown = result.months.reduce((sum, m) => sum + m.revenueMinor, 0);
          expect(result.last12RevenueMinor + result.previous12RevenueMinor).toBe(shown);
          expect(result.months).toHaveLength(24);
        },
      ),
    );
  });
});
