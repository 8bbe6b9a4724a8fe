import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketProblems, ruleProblems, type RuleReferences } from '../../../src/core/programs/rule-checks';
import { isEligible } from '../../../src/core/programs/eligibility';
import { statusMoveRefusal } from '../../../src/core/programs/status-moves';
import { ruleSchema, type Bracket, type Rule, type RuleInput } from '../../../src/shared/programs';

const refs: RuleReferences = {
  productIds: new Set(['01ARZ3NDEKTSV4RRFFQ69G5FAV']),
  categories: new Set(['Aircon']),
  tierKeys: new Set(['gold', 'silver']),
  startsOn: '2026-01-01',
  endsOn: '2026-06-30',
};
const rule = (fields: Partial<RuleInput> = {}): Rule =>
  ruleSchema.parse({
    key: 'base',
    name: 'Base',
    award: 'points',
    basis: 'units',
    calc: { kind: 'rate', rate: 1, every: 1 },
    ...fields,
  });
const b = (upTo: number | null, rate = 1, every = 100): Bracket => ({ upTo, rate, every });
const keysOf = (problems: [string, { key: string }][]) =>
  Object.fromEntries(problems.map(([p, m]) => [p, m.key]));

describe('bracket checks', () => {
  const cases: [string, Bracket[], 'marginal' | 'whole', Record<string, string>][] = [
    ['rising brackets ending open', [b(1000, 2), b(5000, 3), b(null, 5)], 'marginal', {}],
    ['one open bracket', [b(null)], 'whole', {}],
    [
      'the same bound twice (overlap)',
      [b(1000), b(1000), b(null)],
      'marginal',
      { '1.upTo': 'validation.bracketOrder' },
    ],
    ['a falling bound', [b(5000), b(1000), b(null)], 'marginal', { '1.upTo': 'validation.bracketOrder' }],
    [
      'an open bracket before the last',
      [b(null), b(1000)],
      'marginal',
      { '0.upTo': 'validation.bracketOpenNotLast', '1.upTo': 'validation.bracketOpenEnd' },
    ],
    ['a closed last bracket', [b(1000), b(2000)], 'marginal', { '1.upTo': 'validation.bracketOpenEnd' }],
    ['falling rates when marginal (diminishing)', [b(1000, 3), b(null, 2)], 'marginal', {}],
    [
      'falling rates on the whole amount',
      [b(1000, 3), b(null, 2)],
      'whole',
      { '1.rate': 'validation.bracketRateFalls' },
    ],
    ['the same rate written per 1000 instead of per 100', [b(1000, 3, 100), b(null, 30, 1000)], 'whole', {}],
  ];
  it.each(cases)('%s', (_, brackets, mode, expected) => {
    expect(keysOf(bracketProblems(brackets, mode))).toEqual(expected);
  });

  it('accepts any strictly rising bounds ending open with rising rates, in both modes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 10 }),
        fc.constantFrom('marginal' as const, 'whole' as const),
        (bounds, mode) => {
          const sorted = [...bounds].sort((x, y) => x - y);
          const brackets = [...sorted.map((upTo, i) => b(upTo, i + 1)), b(null, sorted.length + 1)];
          return bracketProblems(brackets, mode).length === 0;
        },
      ),
    );
  });
});

describe('rule checks', () => {
  it('names unknown products, categories and tiers, repeated keys and windows outside the program', () => {
    const problems = ruleProblems(
      [
        rule({
          filter: {
            productIds: ['01ARZ3NDEKTSV4RRFFQ69G5FAV', '01BX5ZZKBKACTAV9WEVGEMMVRZ'],
            categories: ['Fans'],
          },
          tierMultipliers: [{ tier: 'platinum', multiplier: 2 }],
          window: { from: '2026-06-01', to: '2026-07-15' },
        }),
        rule({ window: { from: '2026-03-10', to: '2026-03-01' } }),
      ],
      refs,
    );
    expect(Object.fromEntries(Object.entries(problems).map(([p, m]) => [p, m.key]))).toEqual({
      'rules.0.filter.productIds.1': 'validation.unknownProduct',
      'rules.0.filter.categories.0': 'validation.unknownCategory',
      'rules.0.tierMultipliers.0.tier': 'validation.unknownTier',
      'rules.0.window.to': 'validation.windowOutsideProgram',
      'rules.1.key': 'validation.ruleKeyDuplicate',
      'rules.1.window.to': 'validation.endBeforeStart',
    });
    expect(problems['rules.1.key']?.message).toBe('Rule 1 already has this key: each rule needs its own.');
  });

  it('accepts a SPIF window on the program’s first and last day and a target over a longer period', () => {
    expect(
      ruleProblems(
        [
          rule({ window: { from: '2026-01-01', to: '2026-06-30' } }),
          rule({ key: 'year', calc: { kind: 'target', period: 'program', target: 10, bonus: 5 } }),
        ],
        refs,
      ),
    ).toEqual({});
  });
});

describe('status moves', () => {
  const draft = { status: 'draft' as const, endsOn: '2026-06-30', rules: 1, claims: 0, today: '2026-03-01' };
  it.each([
    ['draft → active', draft, 'active', null],
    ['draft → active without rules', { ...draft, rules: 0 }, 'active', 'no-rules'],
    ['draft → active after the period', { ...draft, today: '2026-07-01' }, 'active', 'period-ended'],
    ['active → draft with claims', { ...draft, status: 'active' as const, claims: 1 }, 'draft', 'has-claims'],
    ['active → draft without claims', { ...draft, status: 'active' as const }, 'draft', null],
    ['ended → active while the period lasts', { ...draft, status: 'ended' as const }, 'active', null],
    ['ended → draft', { ...draft, status: 'ended' as const }, 'draft', 'not-allowed'],
    ['active → active', { ...draft, status: 'active' as const }, 'active', 'same'],
  ] as const)('%s', (_, facts, to, expected) => {
    expect(statusMoveRefusal(facts, to)).toBe(expected);
  });
});

describe('eligibility', () => {
  const partner = { id: 'P1', type: 'dealer', region: 'North', tier: 'gold' };
  const none = { partnerTypes: [], tiers: [], regions: [], partnerIds: [] };
  it.each([
    ['no lists: everyone', none, true],
    ['type matches', { ...none, partnerTypes: ['dealer' as const] }, true],
    [
      'type and region must both match',
      { ...none, partnerTypes: ['dealer' as const], regions: ['East'] },
      false,
    ],
    ['tier matches', { ...none, tiers: ['gold', 'silver'] }, true],
    ['named elsewhere', { ...none, partnerIds: ['P2'] }, false],
  ])('%s', (_, eligibility, expected) => {
    expect(isEligible(partner, eligibility)).toBe(expected);
  });
  it('a partner not yet scored has no tier to match', () => {
    expect(isEligible({ ...partner, tier: null }, { ...none, tiers: ['gold'] })).toBe(false);
  });
});
