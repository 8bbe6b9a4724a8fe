// Weight shares as the loyalty screens show them, and tier colours by rank.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tierColor } from '../../src/renderer/src/features/loyalty/tier-colors';
import {
  factorShares,
  roundedShares,
  weightShares,
} from '../../src/renderer/src/features/loyalty/weight-shares';
import { defaultTiers, type FactorResult } from '../../src/shared/loyalty';

const result = (key: FactorResult['key'], weight: number, hasData: boolean): FactorResult => ({
  key,
  weight,
  hasData,
  value: hasData ? 0.5 : null,
  contribution: 0,
  maxGain: 0,
  detail: {},
});

describe('factor shares on the partner page', () => {
  it('leave factors without data out, so the others count for more', () => {
    const shares = factorShares([
      result('salesVolume', 20, true),
      result('nps', 10, false),
      result('tenure', 5, true),
      result('disputes', 0, true),
    ]);
    expect(shares.get('salesVolume')).toBeCloseTo(80);
    expect(shares.get('tenure')).toBeCloseTo(20);
    expect(shares.get('nps')).toBe(0);
    expect(shares.get('disputes')).toBe(0);
  });
});

describe('weight shares in the settings', () => {
  it('are each weight over the total', () => {
    expect(weightShares({ a: 30, b: 10, c: 0 })).toEqual({ a: 75, b: 25, c: 0 });
  });

  it('are unknown while every weight is zero or a weight is not a number', () => {
    expect(weightShares({ a: 0, b: 0 })).toEqual({ a: null, b: null });
    expect(weightShares({ a: '', b: 10 })).toEqual({ a: null, b: 100 });
  });

  it('round to whole percents that add up to 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 10 }), (weights) => {
        fc.pre(weights.some((weight) => weight > 0));
        const record = Object.fromEntries(weights.map((weight, index) => [`f${index}`, weight]));
        const rounded = roundedShares(weightShares(record));
        const values = Object.values(rounded) as number[];
        expect(values.reduce((sum, value) => sum + value, 0)).toBe(100);
        // Never more than one point away from the exact share.
        const exact = weightShares(record);
        for (const key of Object.keys(record)) expect(Math.abs(rounded[key]! - exact[key]!)).toBeLessThan(1);
      }),
    );
  });
});

describe('tier colours', () => {
  it('follow the rank, with the lowest tier always bronze', () => {
    expect(defaultTiers.map((tier) => tierColor(tier.key, defaultTiers))).toEqual([
      'violet',
      'yellow',
      'gray',
      'orange',
    ]);
    const two = [defaultTiers[0]!, defaultTiers[3]!];
    expect(tierColor('bronze', two)).toBe('orange');
    expect(tierColor('unknown', defaultTiers)).toBe('gray');
  });
});
