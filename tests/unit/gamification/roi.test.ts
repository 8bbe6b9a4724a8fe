import { describe, expect, it } from 'vitest';
import { burnPercent, programCost, returnOnInvestment } from '../../../src/core/gamification/roi';
import { growthPercent, rankRows } from '../../../src/core/gamification/ranking';
import { revenueWindow } from '../../../src/core/gamification/revenue-window';

describe('program cost, ROI and boards', () => {
  it('costs money awards, awarded points at their value and funds paid', () => {
    expect(
      programCost({ awardedMinor: 20_000, awardedPoints: 2500, pointValueMinor: 10, reimbursedMinor: 7000 }),
    ).toBe(52_000);
  });

  it('computes ROI as extra sales net of cost per unit of cost, unknown without cost or a shared currency', () => {
    // MYR 450 spent, MYR 2,000 of extra sales: every 1 spent brought 4.44 back, 3.44 above its cost.
    expect(returnOnInvestment(350_000, 150_000, 45_000, true)).toBeCloseTo(3.4444, 4);
    expect(returnOnInvestment(100_000, 150_000, 10_000, true)).toBe(-6);
    expect(returnOnInvestment(350_000, 150_000, 0, true)).toBeNull();
    expect(returnOnInvestment(350_000, 150_000, 45_000, false)).toBeNull();
    expect(burnPercent(45_000, 500_000)).toBe(9);
    expect(burnPercent(1, 3)).toBe(33.3);
    expect(burnPercent(45_000, 0)).toBeNull();
  });

  it('measures the program months ended so far against as many months before the start', () => {
    // June is not over: its sales are not in yet, so April and May count.
    expect(revenueWindow('2026-04-10', '2026-09-30', '2026-06-15')).toEqual({
      period: { from: '2026-04', to: '2026-05' },
      comparison: { from: '2026-02', to: '2026-03' },
      months: 2,
    });
    expect(revenueWindow('2026-06-01', '2026-09-30', '2026-06-15').months).toBe(0);
    expect(revenueWindow('2025-11-01', '2026-02-28', '2026-06-15')).toEqual({
      period: { from: '2025-11', to: '2026-02' },
      comparison: { from: '2025-07', to: '2025-10' },
      months: 4,
    });
    expect(revenueWindow('2026-08-01', '2026-12-31', '2026-06-15').months).toBe(0);
  });

  it('ranks ties equally in name order and puts unranked rows last', () => {
    const rows = [
      { partnerName: 'B', value: 5 },
      { partnerName: 'A', value: 5 },
      { partnerName: 'C', value: 9 },
      { partnerName: 'D', value: 100 },
    ];
    expect(rankRows(rows, (r) => r.partnerName === 'D').map((r) => [r.rank, r.partnerName])).toEqual([
      [1, 'C'],
      [2, 'A'],
      [2, 'B'],
      [4, 'D'],
    ]);
    expect(growthPercent(150, 100)).toBe(50);
    expect(growthPercent(150, 0)).toBeNull();
  });
});
