// The sentences of an award explanation in the reader's language: one per step of the arithmetic,
// with numbers, money and periods formatted for that language. Pure (given `t`), so statements,
// the claim page and the settlement check all read the same.
import type { TFunction } from 'i18next';
import type { AwardExplanation, AwardUnit, ExplanationStep, RuleBasis } from '../../../../shared/programs';
import { minorDigits } from '../../../../shared/money';
import { calendarDate } from '../../i18n/date-format';

export interface ExplanationFormat {
  t: TFunction;
  locale: string;
  currency: string;
}

/** Money in minor units; an intermediate value keeps up to three more digits (MYR 1.005). */
export function moneyText(minor: number, { locale, currency }: ExplanationFormat): string {
  const digits = minorDigits(currency);
  const amount = minor / 10 ** digits;
  const fraction = Number.isInteger(minor) ? digits : digits + 3;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: fraction,
    }).format(amount);
  } catch {
    return `${amount.toFixed(fraction)} ${currency}`;
  }
}

export function numberText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

export function awardText(value: number, award: AwardUnit, format: ExplanationFormat): string {
  if (award === 'money') return moneyText(value, format);
  return format.t('incentives.explanation.points', { count: value, value: numberText(value, format.locale) });
}

export function basisText(value: number, basis: RuleBasis, format: ExplanationFormat): string {
  if (basis === 'amount') return moneyText(value, format);
  return format.t('incentives.explanation.units', { count: value, value: numberText(value, format.locale) });
}

/** "November 2026", "Q4 2026" or "the whole program". */
export function periodText(period: string, { t, locale }: ExplanationFormat): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t('incentives.explanation.quarter', { quarter: quarter[2], year: quarter[1] });
  return t('incentives.explanation.wholeProgram');
}

function claimsText(count: number, { t, locale }: ExplanationFormat): string {
  return t('incentives.explanation.claims', { count, value: numberText(count, locale) });
}

/** "10 points per 1 unit", "1 point per MYR 1.00"; money per amount is a percentage ("2%"). */
function rateText(
  rate: number,
  every: number,
  award: AwardUnit,
  basis: RuleBasis,
  format: ExplanationFormat,
): string {
  if (award === 'money' && basis === 'amount') {
    return new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 4 }).format(
      rate / every,
    );
  }
  return format.t('incentives.explanation.ratePer', {
    rate: awardText(rate, award, format),
    every: basisText(every, basis, format),
  });
}

function bracketText(
  step: Extract<ExplanationStep, { step: 'bracket' }>,
  basis: RuleBasis,
  format: ExplanationFormat,
): string {
  const { t } = format;
  if (step.upTo === null)
    return t('incentives.explanation.bracketAbove', { from: basisText(step.from, basis, format) });
  if (step.from === 0)
    return t('incentives.explanation.bracketFirst', { upTo: basisText(step.upTo, basis, format) });
  return t('incentives.explanation.bracketBetween', {
    from: basisText(step.from, basis, format),
    upTo: basisText(step.upTo, basis, format),
  });
}

/** The basis the explanation counts in (its basis step; units when it has none). */
export function basisOf(explanation: AwardExplanation): RuleBasis {
  const step = explanation.steps.find((candidate) => candidate.step === 'basis');
  return step?.step === 'basis' ? step.basis : 'units';
}

export function stepSentence(
  step: ExplanationStep,
  explanation: AwardExplanation,
  format: ExplanationFormat,
): string {
  const { t, locale } = format;
  const award = (value: number) => awardText(value, explanation.award, format);
  const basis = basisOf(explanation);
  switch (step.step) {
    case 'basis':
      return t(
        step.basis === 'amount' ? 'incentives.explanation.basisAmount' : 'incentives.explanation.basisUnits',
        {
          amount: basisText(step.total, step.basis, format),
          period: periodText(explanation.period, format),
          claims: claimsText(step.claims, format),
        },
      );
    case 'window': {
      const dates = { from: calendarDate(step.from, locale), to: calendarDate(step.to, locale) };
      return step.excludedClaims > 0
        ? t('incentives.explanation.windowExcluded', {
            ...dates,
            claims: claimsText(step.excludedClaims, format),
          })
        : t('incentives.explanation.windowAll', dates);
    }
    case 'rate':
      return t('incentives.explanation.rate', {
        amount: basisText(step.amount, basis, format),
        rate: rateText(step.rate, step.every, explanation.award, basis, format),
        result: award(step.result),
      });
    case 'bracket':
      return t(
        step.mode === 'whole'
          ? 'incentives.explanation.bracketWhole'
          : 'incentives.explanation.bracketMarginal',
        {
          bracket: bracketText(step, basis, format),
          amount: basisText(step.amount, basis, format),
          rate: rateText(step.rate, step.every, explanation.award, basis, format),
          result: award(step.result),
        },
      );
    case 'target':
      return step.reached
        ? t('incentives.explanation.targetReached', {
            target: basisText(step.target, basis, format),
            bonus: award(step.bonus),
          })
        : t('incentives.explanation.targetMissed', { target: basisText(step.target, basis, format) });
    case 'multiplier':
      return t('incentives.explanation.multiplier', {
        tier: step.tierName,
        multiplier: numberText(step.multiplier, locale),
        before: award(step.before),
        after: award(step.after),
      });
    case 'cap':
      return t(
        step.scope === 'partner' ? 'incentives.explanation.capPartner' : 'incentives.explanation.capProgram',
        {
          cap: award(step.cap),
          already: numberText(step.alreadyAwarded, locale),
          before: award(step.before),
          after: award(step.after),
        },
      );
    case 'rounding':
      return explanation.award === 'points'
        ? t('incentives.explanation.roundingPoints', {
            before: numberText(step.before, locale),
            after: award(step.after),
          })
        : t('incentives.explanation.roundingMoney', {
            unit: moneyText(1, format),
            before: award(step.before),
            after: award(step.after),
          });
    case 'previous':
      return t(
        step.delta < 0 ? 'incentives.explanation.previousTakesBack' : 'incentives.explanation.previousAdds',
        {
          posted: award(step.alreadyPosted),
          delta: award(Math.abs(step.delta)),
        },
      );
  }
}
