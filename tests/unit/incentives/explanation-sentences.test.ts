// The sentences an award explanation reads as, in English and in a partner's language.
import { describe, expect, it } from 'vitest';
import { startI18n } from '../../../src/renderer/src/i18n/setup';
import {
  stepSentence,
  type ExplanationFormat,
} from '../../../src/renderer/src/features/incentives/explanation-sentences';
import type { AwardExplanation, ExplanationStep } from '../../../src/shared/programs';

const i18n = startI18n();

function explanation(
  award: 'points' | 'money',
  basis: 'units' | 'amount',
  period = '2026-11',
): AwardExplanation {
  return {
    ruleKey: 'r',
    ruleName: 'Rule',
    ruleVersion: 1,
    award,
    period,
    claims: [],
    steps: [{ step: 'basis', basis, total: 0, claims: 0 }],
    total: 0,
  };
}

function sentence(step: ExplanationStep, of: AwardExplanation, language = 'en'): string {
  const format: ExplanationFormat = { t: i18n.getFixedT(language), locale: language, currency: 'MYR' };
  // Intl puts a no-break space between the currency code and the amount.
  return stepSentence(step, of, format).replace(/\u00a0/g, ' ');
}

describe('explanation sentences', () => {
  it.each<[string, ExplanationStep, AwardExplanation, string]>([
    [
      'units in a month',
      { step: 'basis', basis: 'units', total: 2450, claims: 3 },
      explanation('points', 'units'),
      '2,450 units in November 2026 (3 claims)',
    ],
    [
      'one claim of an amount in a quarter',
      { step: 'basis', basis: 'amount', total: 1_000_000, claims: 1 },
      explanation('money', 'amount', '2026-Q4'),
      'MYR 10,000.00 of sales in Q4 2026 (1 claim)',
    ],
    [
      'a marginal bracket',
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
      explanation('money', 'amount'),
      'Bracket up to MYR 10,000.00: MYR 10,000.00 × 2% = MYR 200.00',
    ],
    [
      'the open bracket, whole amount',
      {
        step: 'bracket',
        mode: 'whole',
        from: 5_000_000,
        upTo: null,
        amount: 6_000_000,
        rate: 5,
        every: 100,
        result: 300_000,
      },
      explanation('money', 'amount'),
      'Bracket above MYR 50,000.00 applies to the whole amount: MYR 60,000.00 × 5% = MYR 3,000.00',
    ],
    [
      'points per unit',
      { step: 'rate', amount: 3, rate: 10, every: 1, result: 30 },
      explanation('points', 'units'),
      '3 units × 10 points per 1 unit = 30 points',
    ],
    [
      'a tier multiplier',
      { step: 'multiplier', tier: 'gold', tierName: 'Gold', multiplier: 1.5, before: 300, after: 450 },
      explanation('points', 'units'),
      'Gold tier ×1.5: 300 points → 450 points',
    ],
    [
      'a partner cap',
      { step: 'cap', scope: 'partner', cap: 5000, alreadyAwarded: 4800, before: 450, after: 200 },
      explanation('points', 'units'),
      'Cap per partner 5,000 points: 4,800 already awarded, 450 points → 200 points',
    ],
    [
      'money rounding',
      { step: 'rounding', before: 100.5, after: 101 },
      explanation('money', 'amount'),
      'Rounded to the nearest MYR 0.01: MYR 1.005 → MYR 1.01',
    ],
    [
      'what was posted before',
      { step: 'previous', total: 450, alreadyPosted: 250, delta: 200 },
      explanation('points', 'units'),
      'Already posted 250 points; this entry adds 200 points',
    ],
    [
      'a reversal',
      { step: 'previous', total: 0, alreadyPosted: 50, delta: -50 },
      explanation('points', 'units'),
      'Already posted 50 points; this entry takes back 50 points',
    ],
    [
      'a target missed',
      { step: 'target', target: 100, reached: false, bonus: 500, result: 0 },
      explanation('points', 'units', 'program'),
      'Target of 100 units not reached: no bonus',
    ],
  ])('%s', (_, step, of, expected) => {
    expect(sentence(step, of)).toBe(expected);
  });

  it('reads in the partner language', () => {
    const step: ExplanationStep = { step: 'previous', total: 450, alreadyPosted: 250, delta: 200 };
    expect(sentence(step, explanation('points', 'units'), 'ms')).toBe(
      'Sudah dicatat 250 mata; catatan ini menambah 200 mata',
    );
    expect(sentence(step, explanation('points', 'units'), 'nl')).toBe(
      'Al geboekt 250 punten; deze boeking voegt 200 punten toe',
    );
    expect(
      sentence({ step: 'basis', basis: 'units', total: 3, claims: 1 }, explanation('points', 'units'), 'zh'),
    ).toContain('2026');
  });
});
