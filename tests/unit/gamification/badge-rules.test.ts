import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgesOf, crossingDay, dailyTotals } from '../../../src/core/gamification/badge-rules';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
const noFacts = { approvedClaimDays: [], pointEntries: [], targetAwardDays: [], rank: null };

describe('badges', () => {
  it('dates claim badges by the 1st, 10th and 50th approved claim', () => {
    const days = Array.from({ length: 50 }, (_, i) => day(49 - i));
    expect(badgesOf({ ...noFacts, approvedClaimDays: days })).toEqual([
      { key: 'first-claim', achievedOn: day(0) },
      { key: 'claims-10', achievedOn: day(9) },
      { key: 'claims-50', achievedOn: day(49) },
    ]);
  });

  it('dates a points mark by the day the total rose to it and stayed; a reversal below takes it away', () => {
    const entries = [
      { postedOn: day(0), amount: 900 },
      { postedOn: day(1), amount: 200 },
      { postedOn: day(2), amount: -300 },
      { postedOn: day(3), amount: 400 },
    ];
    expect(crossingDay(dailyTotals(entries), 1000)).toBe(day(3));
    expect(crossingDay(dailyTotals(entries.slice(0, 3)), 1000)).toBeNull();
    expect(crossingDay(dailyTotals(entries.slice(0, 2)), 1000)).toBe(day(1));
  });

  it('gives top 3 or top 10 by the current place, only with points', () => {
    const points = [{ postedOn: day(0), amount: 10 }];
    expect(badgesOf({ ...noFacts, pointEntries: points, rank: 3 })).toEqual([
      { key: 'top-3', achievedOn: null },
    ]);
    expect(badgesOf({ ...noFacts, pointEntries: points, rank: 4 })).toEqual([
      { key: 'top-10', achievedOn: null },
    ]);
    expect(badgesOf({ ...noFacts, pointEntries: points, rank: 11 })).toEqual([]);
    expect(badgesOf({ ...noFacts, rank: 1 })).toEqual([]);
    expect(badgesOf({ ...noFacts, targetAwardDays: [day(5), day(2)] })).toEqual([
      { key: 'target-reached', achievedOn: day(2) },
    ]);
  });

  const earnings = fc.array(
    fc.record({ offset: fc.integer({ min: 0, max: 400 }), amount: fc.integer({ min: 1, max: 20_000 }) }),
    {
      maxLength: 60,
    },
  );

  it('only ever adds badges as earnings and claims grow later in time, keeping their days', () => {
    const claimDays = fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 });
    fc.assert(
      fc.property(earnings, earnings, claimDays, claimDays, (before, more, oldClaims, newClaims) => {
        // Growth happens later in time: new entries and claims come after every old one.
        const last = Math.max(0, ...before.map((e) => e.offset), ...oldClaims);
        const facts = (entries: typeof before, claims: number[]) => ({
          ...noFacts,
          pointEntries: entries.map((e) => ({ postedOn: day(e.offset), amount: e.amount })),
          approvedClaimDays: claims.map(day),
        });
        const early = badgesOf(facts(before, oldClaims));
        const grown = badgesOf(
          facts(
            [...before, ...more.map((e) => ({ ...e, offset: last + 1 + e.offset }))],
            [...oldClaims, ...newClaims.map((n) => last + 1 + n)],
          ),
        );
        for (const badge of early) expect(grown).toContainEqual(badge);
      }),
    );
  });

  it('dates each points mark on the first day the running total reaches it (earnings only)', () => {
    fc.assert(
      fc.property(earnings, fc.constantFrom(1_000, 10_000, 100_000), (entries, mark) => {
        const posted = entries.map((e) => ({ postedOn: day(e.offset), amount: e.amount }));
        const sorted = [...posted].sort((a, b) => a.postedOn.localeCompare(b.postedOn));
        let total = 0;
        let expected: string | null = null;
        for (const [i, entry] of sorted.entries()) {
          total += entry.amount;
          const endOfDay = sorted[i + 1]?.postedOn !== entry.postedOn;
          if (endOfDay && total >= mark && expected === null) expected = entry.postedOn;
        }
        expect(crossingDay(dailyTotals(posted), mark)).toBe(expected);
      }),
    );
  });
});
