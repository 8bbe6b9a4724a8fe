// The partner page's loyalty sentences: what each factor measured, what would raise it and each
// churn-risk reason, read from the figures the engine leaves in `detail`.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  factorMeasure,
  factorRaise,
  moneyText,
  reasonSentence,
  type SentenceContext,
} from '../../src/renderer/src/features/loyalty/loyalty-sentences';
import { startI18n } from '../../src/renderer/src/i18n/setup';
import { defaultLoyaltyFactors, type FactorResult, type RiskReason } from '../../src/shared/loyalty';

startI18n();
// Intl puts a no-break space between the currency and the amount.
const t = ((...args: Parameters<typeof i18next.t>) =>
  String(i18next.t(...args)).replace(/\u00a0/g, ' ')) as typeof i18next.t;
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? null;
const context: SentenceContext = { t, locale: 'en', currency: 'MYR' };

function factor(key: FactorResult['key'], detail: FactorResult['detail'], extra: Partial<FactorResult> = {}) {
  return {
    key,
    weight: 10,
    hasData: true,
    value: 0.5,
    contribution: 5,
    maxGain: 5,
    detail,
    ...extra,
  } satisfies FactorResult;
}

describe('money in sentences', () => {
  it('drops cents on whole amounts and keeps them otherwise', () => {
    expect(plain(moneyText(58_000_000, 'MYR', 'en'))).toBe('MYR 580,000');
    expect(plain(moneyText(12_345, 'MYR', 'en'))).toBe('MYR 123.45');
    expect(plain(moneyText(1_500_000, 'IDR', 'en'))).toBe('IDR 1,500,000');
  });
});

describe('what a factor measured', () => {
  it('says revenue against full marks for sales volume', () => {
    const volume = factor('salesVolume', { revenueMinor: 42_000_000, fullAtMinor: 100_000_000, months: 12 });
    expect(factorMeasure(volume, defaultLoyaltyFactors, context)).toBe(
      'MYR 420,000 in the last 12 months (full marks at MYR 1,000,000)',
    );
  });

  it('says the change against the months before for growth', () => {
    const growth = factor('salesGrowth', {
      recentMinor: 6_960_000,
      priorMinor: 12_000_000,
      percent: -42,
      months: 12,
    });
    expect(factorMeasure(growth, defaultLoyaltyFactors, context)).toBe(
      'MYR 69,600 in the last 12 months against MYR 120,000 the 12 months before (-42%)',
    );
  });

  it('lists the kinds of engagement that happened', () => {
    const engagement = factor('engagement', {
      visits: 3,
      visitNotes: 0,
      meetings: 1,
      trainings: 0,
      greetings: 2,
      total: 6,
      months: 12,
    });
    expect(factorMeasure(engagement, defaultLoyaltyFactors, context)).toBe(
      '6 visits, meetings, trainings, greetings and program claims in 12 months: 3 visits, 1 meeting, and 2 greetings',
    );
  });

  it('counts days since the last contact, or says there was none', () => {
    expect(
      factorMeasure(
        factor('contactRecency', { days: 97, lastContactOn: '2025-07-01', zeroAtDays: 120 }),
        undefined,
        context,
      ),
    ).toBe('Last contact on Jul 1, 2025, 97 days ago');
    expect(
      factorMeasure(factor('contactRecency', { days: null, lastContactOn: null }), undefined, context),
    ).toBe('No contact on record');
  });

  it('says a factor without data is left out', () => {
    const nps = factor(
      'nps',
      { answers: 0, average: null },
      { hasData: false, value: null, contribution: 0 },
    );
    expect(factorMeasure(nps, defaultLoyaltyFactors, context)).toBe(
      'No data — left out, other factors count more',
    );
    expect(factorRaise(nps, defaultLoyaltyFactors, context)).toBeNull();
  });

  it('falls back to the value when it does not know the figures', () => {
    expect(factorMeasure(factor('orderRegularity', {}, { value: 0.25 }), undefined, context)).toBe(
      'Order regularity: 25% of full marks',
    );
  });
});

describe('what would raise a factor', () => {
  it('names the missing revenue with the points it could add', () => {
    const volume = factor(
      'salesVolume',
      { revenueMinor: 42_000_000, fullAtMinor: 100_000_000, months: 12 },
      { maxGain: 8.23 },
    );
    expect(factorRaise(volume, defaultLoyaltyFactors, context)).toBe(
      'MYR 580,000 more sales in 12 months: up to +8.2 points',
    );
  });

  it('turns the growth target into an amount', () => {
    const growth = factor('salesGrowth', { recentMinor: 10_000_000, priorMinor: 10_000_000, months: 12 });
    // Full marks at +25% (the default): 25,000 more on 100,000.
    expect(factorRaise(growth, defaultLoyaltyFactors, context)).toBe(
      'MYR 25,000 more sales in the last 12 months (growth of 25%): up to +5 points',
    );
  });

  it('counts the months without an order and the engagement still missing', () => {
    expect(factorRaise(factor('orderRegularity', { activeMonths: 9, months: 12 }), undefined, context)).toBe(
      'An order in each of the 3 months without one: up to +5 points',
    );
    expect(factorRaise(factor('engagement', { total: 11, fullAt: 12, months: 12 }), undefined, context)).toBe(
      '1 more visit, meeting, training, greeting or program claim in 12 months: up to +5 points',
    );
  });

  it('says a factor at full marks has nothing to gain', () => {
    expect(factorRaise(factor('tenure', { years: 8 }, { value: 1, maxGain: 0 }), undefined, context)).toBe(
      'Already at full marks',
    );
  });
});

describe('churn-risk reasons', () => {
  const reason = (rule: RiskReason['rule'], detail: RiskReason['detail']): RiskReason => ({
    rule,
    level: 'at-risk',
    detail,
  });

  it('says how far sales fell, from what to what', () => {
    expect(
      reasonSentence(
        reason('salesDrop', { percent: 42, months: 3, priorMinor: 12_000_000, recentMinor: 6_960_000 }),
        context,
      ),
    ).toBe('Sales fell 42% over the last 3 months (MYR 120,000 → MYR 69,600)');
  });

  it('counts days without contact', () => {
    expect(reasonSentence(reason('noContact', { days: 97, lastContactOn: '2025-07-01' }), context)).toBe(
      'No contact for 97 days',
    );
    expect(reasonSentence(reason('noContact', { days: 1095, lastContactOn: null }), context)).toBe(
      'No contact on record in 1,095 days as a partner',
    );
  });

  it('names the detractor answer when the figures are there, and its day otherwise', () => {
    expect(
      reasonSentence(
        reason('detractor', { score: 4, contactName: 'Budi', answeredOn: '2025-10-03' }),
        context,
      ),
    ).toBe('Detractor answer (4) from Budi on Oct 3, 2025');
    expect(reasonSentence(reason('detractor', { answeredOn: '2025-10-03' }), context)).toBe(
      'Detractor answer (0–6) on Oct 3, 2025',
    );
  });

  it('describes disputes, broken commitments and a tier drop', () => {
    expect(reasonSentence(reason('openDispute', { severity: 'high', open: 1 }), context)).toBe(
      'An open high dispute',
    );
    expect(reasonSentence(reason('openDispute', { severity: 'critical', open: 3 }), context)).toBe(
      '3 open disputes, the worst critical',
    );
    expect(reasonSentence(reason('brokenCommitments', { broken: 2, withinDays: 180 }), context)).toBe(
      '2 commitments broken in the last 180 days',
    );
    expect(
      reasonSentence(
        reason('tierDrop', { fromName: 'Gold', toName: 'Silver', on: '2025-09-30', withinDays: 90 }),
        context,
      ),
    ).toBe('Dropped from Gold to Silver on Sep 30, 2025');
  });
});
