import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreOf, scorePartner, tierOf, type ScoreInputs } from '../../src/core/loyalty/score';
import { decodeInputs, encodeInputs } from '../../src/core/loyalty/stored-inputs';
import {
  defaultLoyaltyFactors,
  defaultTiers,
  loyaltyFactorKeys,
  type LoyaltyFactors,
} from '../../src/shared/loyalty';

const base: ScoreInputs = {
  sales: {
    records: 24,
    volumeMinor: 42_000_000,
    recentMinor: 42_000_000,
    priorMinor: 40_000_000,
    activeMonths: 9,
    lastPeriod: '2026-05',
  },
  engagement: { visits: 3, meetings: 1, trainings: 1, greetings: 2, visitNotes: 0, claims: 0 },
  lastContactOn: '2026-05-20',
  daysSinceContact: 30,
  commitments: { kept: 3, broken: 1 },
  disputes: { open: 1, points: 2 },
  startedOn: '2023-06-19',
  tenureDays: 1096,
  nps: { answers: 2, sum: 17 },
  satisfaction: { answers: 2, sum: 8 },
};

const count = fc.integer({ min: 0, max: 50 });
const money = fc.integer({ min: 0, max: 5_000_000_000 });
const inputsArb: fc.Arbitrary<ScoreInputs> = fc.record({
  sales: fc.record({
    records: fc.integer({ min: 0, max: 36 }),
    volumeMinor: money,
    recentMinor: money,
    priorMinor: money,
    activeMonths: fc.integer({ min: 0, max: 12 }),
    lastPeriod: fc.constant('2026-05'),
  }),
  engagement: fc.record({
    visits: count,
    meetings: count,
    trainings: count,
    greetings: count,
    visitNotes: count,
    claims: count,
  }),
  lastContactOn: fc.constant('2026-01-01'),
  daysSinceContact: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
  commitments: fc.record({ kept: count, broken: count }),
  disputes: fc.record({ open: count, points: fc.integer({ min: 0, max: 200 }) }),
  startedOn: fc.constant('2020-01-01'),
  tenureDays: fc.integer({ min: 0, max: 20_000 }),
  nps: fc
    .integer({ min: 0, max: 20 })
    .chain((answers) =>
      fc.record({ answers: fc.constant(answers), sum: fc.integer({ min: 0, max: answers * 10 }) }),
    ),
  satisfaction: fc
    .integer({ min: 0, max: 20 })
    .chain((answers) =>
      fc.record({ answers: fc.constant(answers), sum: fc.integer({ min: answers, max: answers * 5 }) }),
    ),
});

const weight = fc.integer({ min: 0, max: 100 });
const factorsArb: fc.Arbitrary<LoyaltyFactors> = fc
  .tuple(...loyaltyFactorKeys.map(() => weight))
  .filter((weights) => weights.some((w) => w > 0))
  .map((weights) => {
    const factors = structuredClone(defaultLoyaltyFactors);
    loyaltyFactorKeys.forEach((key, i) => (factors[key].weight = weights[i]!));
    return factors;
  });

/** One input raised in its "more loyal" direction (or lowered where less is better). */
type Nudge = (inputs: ScoreInputs, by: number) => ScoreInputs;
const better: Record<string, Nudge> = {
  volume: (i, by) => ({ ...i, sales: { ...i.sales, volumeMinor: i.sales.volumeMinor + by * 1000 } }),
  recent: (i, by) => ({ ...i, sales: { ...i.sales, recentMinor: i.sales.recentMinor + by * 1000 } }),
  lessPrior: (i, by) => ({
    ...i,
    sales: { ...i.sales, priorMinor: Math.max(1, i.sales.priorMinor - by * 1000) },
  }),
  activeMonths: (i, by) => ({ ...i, sales: { ...i.sales, activeMonths: i.sales.activeMonths + by } }),
  visits: (i, by) => ({ ...i, engagement: { ...i.engagement, visits: i.engagement.visits + by } }),
  greetings: (i, by) => ({ ...i, engagement: { ...i.engagement, greetings: i.engagement.greetings + by } }),
  recentContact: (i, by) => ({
    ...i,
    daysSinceContact: i.daysSinceContact === null ? 0 : Math.max(0, i.daysSinceContact - by),
  }),
  kept: (i, by) => ({ ...i, commitments: { ...i.commitments, kept: i.commitments.kept + by } }),
  lessBroken: (i, by) => ({
    ...i,
    commitments: { ...i.commitments, broken: Math.max(0, i.commitments.broken - by) },
  }),
  fewerDisputePoints: (i, by) => ({
    ...i,
    disputes: { ...i.disputes, points: Math.max(0, i.disputes.points - by) },
  }),
  tenure: (i, by) => ({ ...i, tenureDays: i.tenureDays + by * 30 }),
  npsSum: (i, by) => ({ ...i, nps: { ...i.nps, sum: Math.min(i.nps.answers * 10, i.nps.sum + by) } }),
  satisfactionSum: (i, by) => ({
    ...i,
    satisfaction: { ...i.satisfaction, sum: Math.min(i.satisfaction.answers * 5, i.satisfaction.sum + by) },
  }),
};

describe('scorePartner', () => {
  it('is an integer from 0 to 100 whatever the inputs and weights', () => {
    fc.assert(
      fc.property(inputsArb, factorsArb, (inputs, factors) => {
        const { score, factors: results } = scorePartner(inputs, factors);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        for (const result of results) {
          if (result.value !== null) expect(result.value).toBeGreaterThanOrEqual(0);
          if (result.value !== null) expect(result.value).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never falls when one input moves in its more-loyal direction', () => {
    fc.assert(
      fc.property(
        inputsArb,
        factorsArb,
        fc.constantFrom(...Object.keys(better)),
        fc.integer({ min: 1, max: 1000 }),
        (inputs, factors, nudge, by) => {
          const before = scorePartner(inputs, factors).score;
          expect(scorePartner(better[nudge]!(inputs, by), factors).score).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('is deterministic, and the fast score equals the explained one', () => {
    fc.assert(
      fc.property(inputsArb, factorsArb, (inputs, factors) => {
        const once = scorePartner(inputs, factors);
        expect(scorePartner(structuredClone(inputs), structuredClone(factors))).toEqual(once);
        expect(scoreOf(inputs, factors)).toBe(once.score);
      }),
    );
  });

  it('contributions add up to the score, and each maxGain is what full marks would add', () => {
    fc.assert(
      fc.property(inputsArb, factorsArb, (inputs, factors) => {
        const { score, factors: results } = scorePartner(inputs, factors);
        const sum = results.reduce((total, r) => total + r.contribution, 0);
        if (results.some((r) => r.hasData && r.weight > 0))
          expect(Math.abs(sum - score)).toBeLessThanOrEqual(0.6);
        for (const r of results) expect(r.maxGain).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('leaves out factors without data and weighs the others more; no data at all scores 0', () => {
    const factors = structuredClone(defaultLoyaltyFactors);
    for (const key of loyaltyFactorKeys) factors[key].weight = 0;
    factors.nps.weight = 50;
    factors.disputes.weight = 50;
    // No survey answers: the score is the disputes factor alone.
    const noSurvey = { ...base, nps: { answers: 0, sum: 0 }, disputes: { open: 0, points: 0 } };
    const result = scorePartner(noSurvey, factors);
    expect(result.score).toBe(100);
    expect(result.factors.find((f) => f.key === 'nps')).toMatchObject({
      hasData: false,
      value: null,
      contribution: 0,
    });
    // Had there been an NPS average of 0, the score would be 50: the gain from "full marks" is 0.
    expect(result.factors.find((f) => f.key === 'nps')?.maxGain).toBe(0);

    const onlySurvey = structuredClone(defaultLoyaltyFactors);
    for (const key of loyaltyFactorKeys) onlySurvey[key].weight = 0;
    onlySurvey.nps.weight = 10;
    expect(scorePartner({ ...base, nps: { answers: 0, sum: 0 } }, onlySurvey).score).toBe(0);
  });

  it('explains sales volume on a square-root scale with the raw figures', () => {
    const factors = structuredClone(defaultLoyaltyFactors);
    const volume = scorePartner(base, factors).factors.find((f) => f.key === 'salesVolume')!;
    // MYR 420,000 of MYR 1,000,000: sqrt(0.42) = 0.648.
    expect(volume.value).toBeCloseTo(0.6481, 4);
    expect(volume.detail).toMatchObject({
      revenueMinor: 42_000_000,
      fullAtMinor: 100_000_000,
      months: 12,
      fromPeriod: '2025-06',
      toPeriod: '2026-05',
      missingMinor: 58_000_000,
    });
  });

  it('puts growth on a line from zeroAtPercent to fullAtPercent, and leaves it out without a prior year', () => {
    const growth = (recent: number, prior: number) =>
      scorePartner(
        { ...base, sales: { ...base.sales, recentMinor: recent, priorMinor: prior } },
        defaultLoyaltyFactors,
      ).factors.find((f) => f.key === 'salesGrowth')!;
    expect(growth(75, 100).value).toBe(0); // -25 %
    expect(growth(100, 100).value).toBe(0.5); // 0 %
    expect(growth(125, 100).value).toBe(1); // +25 %
    expect(growth(300, 100).value).toBe(1);
    expect(growth(10, 100).value).toBe(0);
    expect(growth(100, 0)).toMatchObject({ hasData: false, value: null });
  });
});

describe('tierOf', () => {
  it('puts a score exactly on a threshold in that tier', () => {
    expect(tierOf(85, defaultTiers).key).toBe('platinum');
    expect(tierOf(84, defaultTiers).key).toBe('gold');
    expect(tierOf(70, defaultTiers).key).toBe('gold');
    expect(tierOf(69, defaultTiers).key).toBe('silver');
    expect(tierOf(50, defaultTiers).key).toBe('silver');
    expect(tierOf(49, defaultTiers).key).toBe('bronze');
    expect(tierOf(0, defaultTiers).key).toBe('bronze');
    expect(tierOf(100, defaultTiers).key).toBe('platinum');
  });

  it('never gives a lower tier to a higher score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const rank = (score: number) => defaultTiers.indexOf(tierOf(score, defaultTiers));
        if (a <= b) expect(rank(b)).toBeLessThanOrEqual(rank(a));
      }),
    );
  });
});

describe('stored inputs', () => {
  it('come back the same, with the day counters as of the day read', () => {
    const decoded = decodeInputs(encodeInputs(base), '2026-06-19');
    expect(decoded).toEqual({ ...base, daysSinceContact: 30, tenureDays: 1096 });
    expect(decodeInputs(encodeInputs(base), '2026-06-20')).toMatchObject({
      daysSinceContact: 31,
      tenureDays: 1097,
    });
    expect(decodeInputs('[1,2]', '2026-06-19')).toBeNull();
    expect(decodeInputs('not json', '2026-06-19')).toBeNull();
  });
});
