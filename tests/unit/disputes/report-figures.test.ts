import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageBucketOf,
  ageBucketOpenedBetween,
  localDaysInterval,
} from '../../../src/core/disputes/case-periods';
import {
  daysBetween,
  mean,
  median,
  medianWindow,
  resolutionFromAggregates,
  oneDecimal,
  resolutionFigures,
  shareOf,
  successRate,
} from '../../../src/core/disputes/report-figures';
import { disputeAgeBuckets } from '../../../src/shared/disputes';

describe('report arithmetic', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([4])).toBe(4);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 1, 3, 4])).toBe(3.5);
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('gives mean and median days to resolve to one decimal', () => {
    expect(resolutionFigures([])).toEqual({ count: 0, meanDays: null, medianDays: null });
    expect(resolutionFigures([1.04, 2.25, 10])).toEqual({ count: 3, meanDays: 4.4, medianDays: 2.3 });
    expect(daysBetween('2026-11-01T00:00:00.000Z', '2026-11-03T12:00:00.000Z')).toBe(2.5);
    expect(oneDecimal(0.05)).toBe(0.1);
  });

  it('has a median between the smallest and the largest value, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1 }), (values) => {
        const middle = median(values) as number;
        expect(middle).toBeGreaterThanOrEqual(Math.min(...values));
        expect(middle).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(middle);
      }),
    );
  });

  it('finds the median from the sorted window SQLite returns, as from all the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 60 }), (tenths) => {
        const values = tenths.map((t) => t / 10);
        const sorted = [...values].sort((a, b) => a - b);
        const { offset, length } = medianWindow(values.length);
        const fromWindow = resolutionFromAggregates(
          values.length,
          mean(values),
          sorted.slice(offset, offset + length),
        );
        expect(fromWindow).toEqual(resolutionFigures(values));
      }),
    );
  });

  it('gives rates, and no success rate when nothing was decided', () => {
    expect(shareOf(0, 0)).toBe(0);
    expect(shareOf(1, 4)).toBe(0.25);
    expect(successRate(0, 0)).toBeNull();
    expect(successRate(3, 1)).toBe(0.75);
  });
});

describe('age buckets of open cases', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');
  const ago = (days: number, ms = 0) => new Date(now.getTime() - days * 86_400_000 - ms).toISOString();

  it('counts whole days since opening', () => {
    expect(ageBucketOf(ago(0), now)).toBe('under-7');
    expect(ageBucketOf(ago(7, -1), now)).toBe('under-7');
    expect(ageBucketOf(ago(7), now)).toBe('7-30');
    expect(ageBucketOf(ago(30, 3_600_000), now)).toBe('7-30');
    expect(ageBucketOf(ago(31), now)).toBe('31-90');
    expect(ageBucketOf(ago(91, -1), now)).toBe('31-90');
    expect(ageBucketOf(ago(91), now)).toBe('over-90');
  });

  it('finds each case in exactly the bucket whose opening interval holds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), (msAgo) => {
        const openedAt = new Date(now.getTime() - msAgo).toISOString();
        const holding = disputeAgeBuckets.filter((bucket) => {
          const { after, atOrBefore } = ageBucketOpenedBetween(bucket, now);
          return (after === null || openedAt > after) && (atOrBefore === null || openedAt <= atOrBefore);
        });
        expect(holding).toEqual([ageBucketOf(openedAt, now)]);
      }),
    );
  });

  it('turns local days into a half-open interval of whole days', () => {
    const { start, end } = localDaysInterval('2026-11-01', '2026-11-30');
    expect(new Date(start as string).getDate()).toBe(1);
    expect(new Date(start as string).getHours()).toBe(0);
    expect(new Date(end as string).getMonth()).toBe(11);
    expect(new Date(end as string).getDate()).toBe(1);
    expect(localDaysInterval(null, null)).toEqual({ start: null, end: null });
  });
});
