// Invariants of the rules engine over random claims and rules (fast-check): marginal brackets
// never pay more than whole-amount ones when rates rise, caps are never exceeded, rate awards grow
// with the basis, and the result does not depend on the order claims are read in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, floor, multiply, roundHalfUp, whole } from '../../../src/core/incentives/engine/exact';
import { evaluatePartner } from '../../../src/core/incentives/engine/partner-awards';
import type { EngineClaim } from '../../../src/core/incentives/engine/types';
import type { Rule } from '../../../src/shared/programs';
import { rule, versions } from './engine-fixture';

const dayArb = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const claimsArb = fc
  .array(
    fc.record({
      invoiceDate: dayArb,
      quantity: fc.integer({ min: 1, max: 500 }),
      amountMinor: fc.integer({ min: 1, max: 5_000_000 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) =>
    rows.map((row, index): EngineClaim => ({
      id: `c${String(index).padStart(3, '0')}`,
      invoiceNumber: `INV-${index}`,
      invoiceDate: row.invoiceDate,
      lines: [{ productId: 'p', category: '', quantity: row.quantity, amountMinor: row.amountMinor }],
    })),
  );

/** Rising bounds with rising rates (per 100). */
const risingBracketsArb = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 4 }),
    fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 5, maxLength: 5 }),
  )
  .map(([bounds, steps]) => {
    const sorted = [...bounds].sort((a, b) => a - b);
    let rate = 0;
    const brackets = [...sorted, null].map((upTo, index) => {
      rate += steps[index]!;
      return { upTo, rate, every: 100 };
    });
    return brackets;
  });

function sum(r: Rule, claims: EngineClaim[]): number {
  return evaluatePartner({
    versions: versions(r),
    claims,
    tier: null,
    days: claims.map((c) => c.invoiceDate),
  }).reduce((total, outcome) => total + outcome.total, 0);
}

describe('rules engine invariants', () => {
  it('marginal brackets pay no more than whole-amount brackets when rates rise', () => {
    fc.assert(
      fc.property(
        claimsArb,
        risingBracketsArb,
        fc.constantFrom('units' as const, 'amount' as const),
        (claims, brackets, basis) => {
          const make = (mode: 'marginal' | 'whole') =>
            rule({ basis, calc: { kind: 'brackets', mode, period: 'quarter', brackets } });
          expect(sum(make('marginal'), claims)).toBeLessThanOrEqual(sum(make('whole'), claims));
        },
      ),
    );
  });

  it('never gives more than the cap per partner', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 30 }),
        (claims, cap, rate) => {
          expect(
            sum(rule({ calc: { kind: 'rate', rate, every: 1 }, capPerPartner: cap }), claims),
          ).toBeLessThanOrEqual(cap);
        },
      ),
    );
  });

  it('never gives more than the program cap leaves', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 2500 }),
        (claims, cap, others) => {
          const r = rule({ key: 'r', calc: { kind: 'rate', rate: 3, every: 1 }, capPerProgram: cap });
          const outcomes = evaluatePartner({
            versions: versions(r),
            claims,
            tier: null,
            days: claims.map((c) => c.invoiceDate),
            posted: { own: new Map(), partner: new Map(), program: new Map([['r|points', others]]) },
          });
          const given = outcomes.reduce((total, outcome) => total + outcome.total, 0);
          expect(given).toBeLessThanOrEqual(Math.max(0, cap - others));
        },
      ),
    );
  });

  it('gives rate awards that grow with the basis', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0.01, max: 50, noNaN: true }).map((rate) => Math.round(rate * 100) / 100),
        fc.integer({ min: 1, max: 1000 }),
        (claims, extra, rate, every) => {
          const r = rule({ basis: 'amount', calc: { kind: 'rate', rate, every } });
          const more = claims.map((c, index) =>
            index === 0
              ? { ...c, lines: [{ ...c.lines[0]!, amountMinor: c.lines[0]!.amountMinor + extra }] }
              : c,
          );
          expect(sum(r, more)).toBeGreaterThanOrEqual(sum(r, claims));
        },
      ),
    );
  });

  it('does not depend on the order claims are read in', () => {
    fc.assert(
      fc.property(
        claimsArb,
        risingBracketsArb,
        fc.integer({ min: 1, max: 5000 }),
        (claims, brackets, cap) => {
          const r = rule({
            basis: 'amount',
            calc: { kind: 'brackets', mode: 'marginal', period: 'month', brackets },
            capPerPartner: cap,
          });
          const run = (list: EngineClaim[]) =>
            evaluatePartner({
              versions: versions(r),
              claims: list,
              tier: null,
              days: list.map((c) => c.invoiceDate),
            });
          expect(run([...claims].reverse())).toEqual(run(claims));
        },
      ),
    );
  });
});

describe('exact arithmetic', () => {
  it.each([
    [0.1, 1n, 10n],
    [1.5, 3n, 2n],
    [2, 2n, 1n],
    [1e-7, 1n, 10_000_000n],
    [1e21, 10n ** 21n, 1n],
  ])('%s is exactly the decimal it prints as', (value, num, den) => {
    expect(decimal(value)).toEqual({ num, den });
  });

  it('rounds points down and money half up', () => {
    expect(floor(multiply(whole(7), decimal(0.5)))).toBe(3n);
    expect(roundHalfUp(multiply(whole(7), decimal(0.5)))).toBe(4n);
    expect(roundHalfUp(multiply(whole(7), decimal(0.4)))).toBe(3n);
  });
});
