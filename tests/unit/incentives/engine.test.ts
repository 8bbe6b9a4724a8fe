// Table-driven tests of the rules engine: every calculation kind, brackets both ways and at their
// bounds, filters, SPIF windows, targets, tier multipliers, rounding, caps and rule versions.
import { describe, expect, it } from 'vitest';
import { evaluatePartner } from '../../../src/core/incentives/engine/partner-awards';
import { awardKey, capKey, type EngineClaim } from '../../../src/core/incentives/engine/types';
import type { Rule } from '../../../src/shared/programs';
import { claim, productA, productB, rule, versions } from './engine-fixture';

const rebate = (mode: 'marginal' | 'whole') =>
  rule({
    award: 'money',
    basis: 'amount',
    calc: {
      kind: 'brackets',
      mode,
      period: 'month',
      brackets: [
        { upTo: 1_000_000, rate: 2, every: 100 },
        { upTo: 5_000_000, rate: 3, every: 100 },
        { upTo: null, rate: 5, every: 100 },
      ],
    },
  });

function total(r: Rule, claims: EngineClaim[], tier: { key: string; name: string } | null = null): number {
  const outcomes = evaluatePartner({
    versions: versions(r),
    claims,
    tier,
    days: claims.map((c) => c.invoiceDate),
  });
  return outcomes.reduce((sum, outcome) => sum + outcome.total, 0);
}

describe('brackets', () => {
  const cases: [string, 'marginal' | 'whole', number, number][] = [
    ['marginal, inside the first bracket', 'marginal', 500_000, 10_000],
    ['marginal, exactly at the first bound', 'marginal', 1_000_000, 20_000],
    ['marginal, one above the first bound', 'marginal', 1_000_100, 20_003],
    ['marginal, exactly at the second bound', 'marginal', 5_000_000, 20_000 + 120_000],
    ['marginal, into the open bracket', 'marginal', 6_000_000, 20_000 + 120_000 + 50_000],
    ['whole, inside the first bracket', 'whole', 500_000, 10_000],
    ['whole, exactly at the first bound', 'whole', 1_000_000, 20_000],
    ['whole, one above the first bound', 'whole', 1_000_100, 30_003],
    ['whole, exactly at the second bound', 'whole', 5_000_000, 150_000],
    ['whole, into the open bracket', 'whole', 6_000_000, 300_000],
  ];
  it.each(cases)('%s', (_, mode, amount, expected) => {
    expect(total(rebate(mode), [claim('2026-03-10', { amountMinor: amount })])).toBe(expected);
  });

  it('explains each marginal bracket with its part of the basis', () => {
    const [outcome] = evaluatePartner({
      versions: versions(rebate('marginal')),
      claims: [
        claim('2026-03-10', { amountMinor: 4_000_000 }),
        claim('2026-03-20', { amountMinor: 2_000_000 }),
      ],
      tier: null,
      days: ['2026-03-01'],
    });
    expect(outcome!.period).toBe('2026-03');
    expect(outcome!.explanation.steps).toEqual([
      { step: 'basis', basis: 'amount', total: 6_000_000, claims: 2 },
      {
        step: 'bracket',
        mode: 'marginal',
        from: 0,
        upTo: 1_000_000,
        amount: 1_000_000,
        rate: 2,
        every: 100,
        result: 20_000,
      },
      {
        step: 'bracket',
        mode: 'marginal',
        from: 1_000_000,
        upTo: 5_000_000,
        amount: 4_000_000,
        rate: 3,
        every: 100,
        result: 120_000,
      },
      {
        step: 'bracket',
        mode: 'marginal',
        from: 5_000_000,
        upTo: null,
        amount: 1_000_000,
        rate: 5,
        every: 100,
        result: 50_000,
      },
    ]);
    expect(outcome!.explanation.claims.map((c) => c.basis)).toEqual([4_000_000, 2_000_000]);
  });

  it('accumulates over a quarter and keeps quarters apart', () => {
    const quarterly = rule({
      calc: {
        kind: 'brackets',
        mode: 'whole',
        period: 'quarter',
        brackets: [
          { upTo: 10, rate: 1, every: 1 },
          { upTo: null, rate: 2, every: 1 },
        ],
      },
    });
    const outcomes = evaluatePartner({
      versions: versions(quarterly),
      claims: [
        claim('2026-01-31', { quantity: 6 }),
        claim('2026-03-01', { quantity: 6 }),
        claim('2026-04-01', { quantity: 6 }),
      ],
      tier: null,
      days: ['2026-02-15', '2026-04-01'],
    });
    expect(outcomes.map((o) => [o.period, o.basis, o.total])).toEqual([
      ['2026-Q1', 12, 24],
      ['2026-Q2', 6, 6],
    ]);
  });
});

describe('rates, filters and rounding', () => {
  it.each([
    ['per unit', rule({ calc: { kind: 'rate', rate: 5, every: 1 } }), 15],
    [
      'per amount, points round down',
      rule({ basis: 'amount', calc: { kind: 'rate', rate: 1, every: 1000 } }),
      3,
    ],
  ])('%s', (_, r, expected) => {
    // 3 units, 3,999 minor units.
    expect(total(r, [claim('2026-05-01', { quantity: 3, amountMinor: 3999 })])).toBe(expected);
  });

  it('computes decimal rates exactly', () => {
    // In floating point 0.57 × 300 is 170.99999999999997, which would round down to 170.
    expect(
      total(rule({ calc: { kind: 'rate', rate: 0.57, every: 1 } }), [claim('2026-05-01', { quantity: 300 })]),
    ).toBe(171);
  });

  it('rounds money half up and points down, once, on the period total', () => {
    const money = rule({ award: 'money', basis: 'amount', calc: { kind: 'rate', rate: 1, every: 2 } });
    // 101 + 100 = 201 minor × 1/2 = 100.5 → 101 (not 50.5 → 51 and 50).
    expect(
      total(money, [claim('2026-05-01', { amountMinor: 101 }), claim('2026-05-02', { amountMinor: 100 })]),
    ).toBe(101);
    const points = rule({ basis: 'amount', calc: { kind: 'rate', rate: 1, every: 2 } });
    expect(total(points, [claim('2026-05-01', { amountMinor: 201 })])).toBe(100);
    const [outcome] = evaluatePartner({
      versions: versions(points),
      claims: [claim('2026-05-01', { amountMinor: 201 })],
      tier: null,
      days: ['2026-05-01'],
    });
    expect(outcome!.explanation.steps.at(-1)).toEqual({ step: 'rounding', before: 100.5, after: 100 });
  });

  it('rate rules settle per invoice month', () => {
    const outcomes = evaluatePartner({
      versions: versions(rule({ calc: { kind: 'rate', rate: 1, every: 1 } })),
      claims: [claim('2026-05-31', { quantity: 2 }), claim('2026-06-01', { quantity: 3 })],
      tier: null,
      days: ['2026-05-31', '2026-06-01'],
    });
    expect(outcomes.map((o) => [o.period, o.total])).toEqual([
      ['2026-05', 2],
      ['2026-06', 3],
    ]);
  });

  const mixed = () => [
    claim('2026-05-01', [
      { productId: productA, category: 'aircon', quantity: 2 },
      { productId: productB, category: 'fridge', quantity: 3 },
      { productId: 'other', category: 'tv', quantity: 7 },
    ]),
  ];
  it.each([
    ['no filter: every line', { productIds: [], categories: [] }, 12],
    ['by product', { productIds: [productB], categories: [] }, 3],
    ['by category', { productIds: [], categories: ['aircon'] }, 2],
    [
      'a line counts once when it matches both lists',
      { productIds: [productA], categories: ['aircon', 'fridge'] },
      5,
    ],
    ['nothing matches', { productIds: [], categories: ['washer'] }, 0],
  ])('filter %s', (_, filter, expected) => {
    expect(total(rule({ filter, calc: { kind: 'rate', rate: 1, every: 1 } }), mixed())).toBe(expected);
  });

  it('gives no outcome when no line counts and nothing was posted', () => {
    const r = rule({
      filter: { productIds: [], categories: ['washer'] },
      calc: { kind: 'rate', rate: 1, every: 1 },
    });
    expect(
      evaluatePartner({ versions: versions(r), claims: mixed(), tier: null, days: ['2026-05-01'] }),
    ).toEqual([]);
  });
});

describe('SPIF windows', () => {
  const spif = rule({
    calc: { kind: 'rate', rate: 10, every: 1 },
    window: { from: '2026-11-10', to: '2026-11-20' },
  });
  it.each([
    ['the day before', '2026-11-09', 0],
    ['the first day', '2026-11-10', 10],
    ['inside', '2026-11-15', 10],
    ['the last day', '2026-11-20', 10],
    ['the day after', '2026-11-21', 0],
  ])('a claim on %s', (_, date, expected) => {
    expect(total(spif, [claim(date)])).toBe(expected);
  });

  it('says how many claims the window left out', () => {
    const [outcome] = evaluatePartner({
      versions: versions(spif),
      claims: [claim('2026-11-09'), claim('2026-11-12'), claim('2026-11-25')],
      tier: null,
      days: ['2026-11-01'],
    });
    expect(outcome!.explanation.steps.slice(0, 2)).toEqual([
      { step: 'basis', basis: 'units', total: 1, claims: 1 },
      { step: 'window', from: '2026-11-10', to: '2026-11-20', excludedClaims: 2 },
    ]);
  });
});

describe('targets', () => {
  const target = rule({ calc: { kind: 'target', period: 'month', target: 100, bonus: 500 } });
  it.each([
    ['not reached', 99, 0, false],
    ['reached exactly', 100, 500, true],
    ['passed', 250, 500, true],
  ])('%s', (_, quantity, expected, reached) => {
    const [outcome] = evaluatePartner({
      versions: versions(target),
      claims: [claim('2026-02-03', { quantity })],
      tier: null,
      days: ['2026-02-03'],
    });
    expect(outcome!.total).toBe(expected);
    expect(outcome!.explanation.steps[1]).toEqual({
      step: 'target',
      target: 100,
      reached,
      bonus: 500,
      result: expected,
    });
  });

  it('pays the bonus once per period', () => {
    const claims = [
      claim('2026-02-03', { quantity: 100 }),
      claim('2026-02-04', { quantity: 100 }),
      claim('2026-03-01', { quantity: 100 }),
    ];
    const outcomes = evaluatePartner({
      versions: versions(target),
      claims,
      tier: null,
      days: ['2026-02-01', '2026-03-01'],
    });
    expect(outcomes.map((o) => [o.period, o.total])).toEqual([
      ['2026-02', 500],
      ['2026-03', 500],
    ]);
  });
});

describe('tier multipliers', () => {
  const gold = { key: 'gold', name: 'Gold' };
  const multiplied = rule({
    calc: { kind: 'rate', rate: 1, every: 1 },
    tierMultipliers: [
      { tier: 'gold', multiplier: 1.5 },
      { tier: 'silver', multiplier: 1.25 },
    ],
  });
  it.each([
    ['gold ×1.5', gold, 301, 451],
    ['silver ×1.25', { key: 'silver', name: 'Silver' }, 301, 376],
    ['a tier without a multiplier', { key: 'bronze', name: 'Bronze' }, 301, 301],
    ['no tier', null, 301, 301],
  ])('%s', (_, tier, quantity, expected) => {
    expect(total(multiplied, [claim('2026-02-03', { quantity })], tier)).toBe(expected);
  });

  it('multiplies before rounding, and explains it with the tier name', () => {
    const [outcome] = evaluatePartner({
      versions: versions(multiplied),
      claims: [claim('2026-02-03', { quantity: 301 })],
      tier: gold,
      days: ['2026-02-03'],
    });
    expect(outcome!.explanation.steps.slice(2)).toEqual([
      { step: 'multiplier', tier: 'gold', tierName: 'Gold', multiplier: 1.5, before: 301, after: 451.5 },
      { step: 'rounding', before: 451.5, after: 451 },
    ]);
  });
});

describe('caps', () => {
  it('caps per partner over the program, earlier periods first', () => {
    const capped = rule({ calc: { kind: 'rate', rate: 1, every: 1 }, capPerPartner: 500 });
    const outcomes = evaluatePartner({
      versions: versions(capped),
      claims: [
        claim('2026-03-01', { quantity: 300 }),
        claim('2026-01-01', { quantity: 400 }),
        claim('2026-02-01', { quantity: 50 }),
      ],
      tier: null,
      days: ['2026-01-01', '2026-02-01', '2026-03-01'],
    });
    expect(outcomes.map((o) => [o.period, o.total])).toEqual([
      ['2026-01', 400],
      ['2026-02', 50],
      ['2026-03', 50],
    ]);
    expect(outcomes[2]!.explanation.steps.at(-1)).toEqual({
      step: 'cap',
      scope: 'partner',
      cap: 500,
      alreadyAwarded: 450,
      before: 300,
      after: 50,
    });
  });

  it('counts what the ledger holds for other periods and other partners, not this period', () => {
    const capped = rule({
      key: 'spif',
      calc: { kind: 'rate', rate: 1, every: 1 },
      capPerPartner: 5000,
      capPerProgram: 10_000,
    });
    const own = awardKey('spif', 1, '2026-03', 'points');
    const outcomes = evaluatePartner({
      versions: versions(capped),
      claims: [claim('2026-03-01', { quantity: 450 })],
      tier: null,
      days: ['2026-03-01'],
      posted: {
        own: new Map([[own, 250]]),
        partner: new Map([[capKey('spif', 'points'), 4800 + 250]]),
        program: new Map([[capKey('spif', 'points'), 9900]]),
      },
    });
    expect(outcomes[0]!.explanation.steps.filter((s) => s.step === 'cap')).toEqual([
      { step: 'cap', scope: 'partner', cap: 5000, alreadyAwarded: 4800, before: 450, after: 200 },
      { step: 'cap', scope: 'program', cap: 10_000, alreadyAwarded: 9650, before: 200, after: 200 },
    ]);
    expect(outcomes[0]!.total).toBe(200);
    expect(outcomes[0]!.posted).toBe(250);
  });

  it('gives nothing once the program cap is used up by others', () => {
    const capped = rule({ key: 'spif', calc: { kind: 'rate', rate: 1, every: 1 }, capPerProgram: 1000 });
    const outcomes = evaluatePartner({
      versions: versions(capped),
      claims: [claim('2026-03-01', { quantity: 450 })],
      tier: null,
      days: ['2026-03-01'],
      posted: { own: new Map(), partner: new Map(), program: new Map([[capKey('spif', 'points'), 1000]]) },
    });
    expect(outcomes[0]!.total).toBe(0);
  });

  it('applies the multiplier and rounding before the cap', () => {
    const capped = rule({
      calc: { kind: 'rate', rate: 1, every: 1 },
      capPerPartner: 100,
      tierMultipliers: [{ tier: 'gold', multiplier: 2 }],
    });
    const [outcome] = evaluatePartner({
      versions: versions(capped),
      claims: [claim('2026-03-01', { quantity: 80 })],
      tier: { key: 'gold', name: 'Gold' },
      days: ['2026-03-01'],
    });
    expect(outcome!.explanation.steps.map((s) => s.step)).toEqual(['basis', 'rate', 'multiplier', 'cap']);
    expect(outcome!.total).toBe(100);
  });
});

describe('rule versions', () => {
  const v1 = rule({ calc: { kind: 'rate', rate: 1, every: 1 } });
  const v2 = rule({ calc: { kind: 'rate', rate: 3, every: 1 } });
  const twoVersions = [
    { version: 2, effectiveFrom: '2026-06-15', rules: [v2] },
    { version: 1, effectiveFrom: '2026-01-10', rules: [v1] },
  ];
  it.each([
    ['before version 1 says (program start): version 1', '2026-01-01', 1, 10],
    ['the day before version 2: version 1', '2026-06-14', 1, 10],
    ['version 2 from its effective day', '2026-06-15', 2, 30],
    ['later: version 2', '2026-12-01', 2, 30],
  ])('%s', (_, date, version, expected) => {
    const [outcome] = evaluatePartner({
      versions: twoVersions,
      claims: [claim(date, { quantity: 10 })],
      tier: null,
      days: [date],
    });
    expect([outcome!.version, outcome!.total]).toEqual([version, expected]);
  });

  it('splits a month between versions, each with its own outcome', () => {
    const outcomes = evaluatePartner({
      versions: twoVersions,
      claims: [claim('2026-06-14', { quantity: 10 }), claim('2026-06-15', { quantity: 10 })],
      tier: null,
      days: ['2026-06-01'],
    });
    expect(outcomes.map((o) => [o.version, o.period, o.total])).toEqual([
      [1, '2026-06', 10],
      [2, '2026-06', 30],
    ]);
  });

  it('evaluates a period to zero when its claims are gone but an award was posted', () => {
    const [outcome] = evaluatePartner({
      versions: versions(v1),
      claims: [],
      tier: null,
      days: ['2026-04-02'],
      posted: {
        own: new Map([[awardKey('r', 1, '2026-04', 'points'), 40]]),
        partner: new Map(),
        program: new Map(),
      },
    });
    expect([outcome!.total, outcome!.posted]).toEqual([0, 40]);
  });
});
