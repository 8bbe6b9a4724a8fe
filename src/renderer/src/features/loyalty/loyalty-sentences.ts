// The loyalty score in words: what each factor measured, what would raise it, and each churn-risk
// reason, written from the figures the core puts in `detail`. A figure that is missing only drops
// the part of the sentence that needs it, so a partial detail still reads as a sentence.
import type { TFunction } from 'i18next';
import type { FactorResult, LoyaltyFactors, RiskReason } from '../../../../shared/loyalty';
import { minorDigits } from '../../../../shared/money';
import { calendarDate } from '../../i18n/date-format';

export interface SentenceContext {
  t: TFunction;
  locale: string;
  /** The workspace currency, for figures whose detail does not name one. */
  currency: string;
}

type Detail = Record<string, string | number | null>;

/** The first of `keys` that holds a number (the engine's name first, then older spellings). */
function num(detail: Detail, ...keys: string[]): number | null {
  for (const key of keys) {
    const value = detail[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}

function text(detail: Detail, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = detail[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** Money in minor units as people read it: "MYR 580,000" (cents only when there are some). */
export function moneyText(amountMinor: number, currency: string, locale: string): string {
  const amount = amountMinor / 10 ** minorDigits(currency);
  const whole = Number.isInteger(amount);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(amount);
  } catch {
    return `${currency} ${amount}`;
  }
}

/** "8.2": points with at most one decimal, in the user's locale. */
export function pointsText(points: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(points);
}

function integerText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

function decimalText(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** "+12%" or "−42%". */
function changeText(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(percent / 100);
}

function money(detail: Detail, keys: string[], context: SentenceContext): string | null {
  const amount = num(detail, ...keys);
  return amount === null
    ? null
    : moneyText(amount, text(detail, 'currency') ?? context.currency, context.locale);
}

/** The factor's parameters: the detail's own figures first, then the settings'. */
function param(factor: FactorResult, settings: LoyaltyFactors | undefined, key: string): number | null {
  const fromDetail = num(factor.detail, key);
  if (fromDetail !== null) return fromDetail;
  const value = (settings?.[factor.key] as Record<string, number> | undefined)?.[key];
  return typeof value === 'number' ? value : null;
}

/** What the factor measured, e.g. "MYR 420,000 in the last 12 months (full marks at MYR 1,000,000)". */
export function factorMeasure(
  factor: FactorResult,
  settings: LoyaltyFactors | undefined,
  context: SentenceContext,
): string {
  const { t, locale } = context;
  if (!factor.hasData) return t('loyalty.measure.noData');
  const d = factor.detail;
  const months = param(factor, settings, 'months');
  switch (factor.key) {
    case 'salesVolume': {
      const amount = money(d, ['revenueMinor'], context);
      const fullMinor = param(factor, settings, 'fullAtMinor');
      if (amount === null) break;
      const full =
        fullMinor === null ? null : moneyText(fullMinor, text(d, 'currency') ?? context.currency, locale);
      return full
        ? t('loyalty.measure.salesVolume', { amount, months, full })
        : t('loyalty.measure.salesVolumeShort', { amount, months });
    }
    case 'salesGrowth': {
      const recent = money(d, ['recentMinor'], context);
      const previous = money(d, ['priorMinor', 'previousMinor'], context);
      const percent = num(d, 'percent') ?? growthPercent(d);
      if (percent === null) break;
      const change = changeText(percent, locale);
      return recent && previous
        ? t('loyalty.measure.salesGrowth', { recent, previous, months, change })
        : t('loyalty.measure.salesGrowthShort', { months, change });
    }
    case 'orderRegularity': {
      const count = num(d, 'activeMonths', 'monthsWithOrders');
      if (count === null || months === null) break;
      return t('loyalty.measure.orderRegularity', { count, months });
    }
    case 'engagement': {
      const parts = engagementKinds.map((kind) => ({ kind, count: num(d, kind) ?? 0 }));
      const total = num(d, 'total') ?? sum(parts.map((part) => part.count));
      if (total === 0) return t('loyalty.measure.engagementNone', { months });
      const sentence = t('loyalty.measure.engagement', { count: total, months });
      const shown = parts.filter((part) => part.count > 0);
      if (shown.length < 2) return sentence;
      const list = shown.map((part) => t(`loyalty.measure.part.${part.kind}`, { count: part.count }));
      return `${sentence}: ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(list)}`;
    }
    case 'contactRecency': {
      const days = num(d, 'days');
      const on = text(d, 'lastContactOn');
      if (days === null) return t('loyalty.measure.contactRecencyNever');
      if (days === 0) return t('loyalty.measure.contactRecencyToday');
      return on
        ? t('loyalty.measure.contactRecencyOn', { count: days, date: calendarDate(on, locale) })
        : t('loyalty.measure.contactRecency', { count: days });
    }
    case 'commitmentsKept': {
      const kept = num(d, 'kept');
      const broken = num(d, 'broken');
      if (kept === null || broken === null) break;
      return t('loyalty.measure.commitmentsKept', { kept, total: kept + broken, months });
    }
    case 'disputes': {
      const open = num(d, 'open');
      const points = num(d, 'points');
      const zeroAt = param(factor, settings, 'zeroAtPoints');
      if (open === 0 || (open === null && points === 0)) return t('loyalty.measure.disputesNone');
      if (points === null) break;
      return open === null
        ? t('loyalty.measure.disputesPoints', { points, zeroAt })
        : t('loyalty.measure.disputes', { count: open, points, zeroAt });
    }
    case 'tenure': {
      const years = num(d, 'years');
      const since = text(d, 'startedOn', 'since');
      const full = param(factor, settings, 'fullAtYears');
      if (years === null) break;
      const shown = decimalText(years, locale);
      return since
        ? t('loyalty.measure.tenureSince', { date: calendarDate(since, locale), years: shown, full })
        : t('loyalty.measure.tenure', { years: shown, full });
    }
    case 'nps':
    case 'satisfaction': {
      const average = num(d, 'average');
      const count = num(d, 'answers');
      if (average === null) break;
      const shown = decimalText(average, locale);
      return count === null
        ? t('loyalty.measure.averageOnly', { average: shown })
        : t(`loyalty.measure.${factor.key}`, { average: shown, count });
    }
  }
  // Figures this screen does not know: still say how far the factor is from full marks.
  return t('loyalty.partner.valueOf', {
    name: t(`loyalty.factor.${factor.key}`),
    percent: Math.round((factor.value ?? 0) * 100),
  });
}

const engagementKinds = ['visits', 'visitNotes', 'meetings', 'trainings', 'greetings', 'claims'] as const;

function sum(values: (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

function growthPercent(d: Detail): number | null {
  const recent = num(d, 'recentMinor');
  const previous = num(d, 'priorMinor', 'previousMinor');
  if (recent === null || previous === null || previous === 0) return null;
  return Math.round(((recent - previous) / previous) * 100);
}

/** A factor gaining less than this is at full marks as far as anyone can tell. */
const negligibleGain = 0.05;

/** What would raise the factor, with the points it could add: "MYR 580,000 more sales in 12 months: up to +8.2 points". */
export function factorRaise(
  factor: FactorResult,
  settings: LoyaltyFactors | undefined,
  context: SentenceContext,
): string | null {
  const { t, locale } = context;
  if (!factor.hasData) return null;
  if (factor.maxGain < negligibleGain) return t('loyalty.raise.full');
  const action = raiseAction(factor, settings, context);
  return `${action}: ${t('loyalty.raise.points', { points: pointsText(factor.maxGain, locale) })}`;
}

function raiseAction(
  factor: FactorResult,
  settings: LoyaltyFactors | undefined,
  context: SentenceContext,
): string {
  const { t, locale } = context;
  const d = factor.detail;
  const currency = text(d, 'currency') ?? context.currency;
  const months = param(factor, settings, 'months');
  switch (factor.key) {
    case 'salesVolume': {
      const revenue = num(d, 'revenueMinor');
      const full = param(factor, settings, 'fullAtMinor');
      if (revenue === null || full === null || full <= revenue) break;
      return t('loyalty.raise.salesVolume', { amount: moneyText(full - revenue, currency, locale), months });
    }
    case 'salesGrowth': {
      const recent = num(d, 'recentMinor');
      const previous = num(d, 'priorMinor', 'previousMinor');
      const full = param(factor, settings, 'fullAtPercent');
      if (full === null) break;
      if (recent !== null && previous !== null && previous > 0) {
        const target = Math.ceil(previous * (1 + full / 100));
        if (target > recent) {
          return t('loyalty.raise.salesGrowth', {
            amount: moneyText(target - recent, currency, locale),
            months,
            full,
          });
        }
      }
      return t('loyalty.raise.salesGrowthPercent', { full, months });
    }
    case 'orderRegularity': {
      const count = num(d, 'activeMonths', 'monthsWithOrders');
      if (count === null || months === null || months <= count) break;
      return t('loyalty.raise.orderRegularity', { count: months - count });
    }
    case 'engagement': {
      const total = num(d, 'total') ?? sum(engagementKinds.map((kind) => num(d, kind)));
      const fullAt = param(factor, settings, 'fullAt');
      if (fullAt === null || fullAt <= total) break;
      return t('loyalty.raise.engagement', { count: fullAt - total, months });
    }
    case 'contactRecency':
      return t('loyalty.raise.contactRecency');
    case 'commitmentsKept':
      return t('loyalty.raise.commitmentsKept', { count: num(d, 'broken') ?? 0 });
    case 'disputes':
      return t('loyalty.raise.disputes', { count: num(d, 'open') ?? 2 });
    case 'tenure': {
      const full = param(factor, settings, 'fullAtYears');
      if (full === null) break;
      return t('loyalty.raise.tenure', { full });
    }
    case 'nps':
    case 'satisfaction':
      return t(`loyalty.raise.${factor.key}`);
  }
  return t('loyalty.raise.generic');
}

/** One churn-risk reason as a sentence: "Sales fell 42% over the last 3 months (MYR 120,000 → MYR 69,600)". */
export function reasonSentence(reason: RiskReason, context: SentenceContext): string {
  const { t, locale } = context;
  const d = reason.detail;
  const date = (...keys: string[]) => {
    const value = text(d, ...keys);
    return value ? calendarDate(value, locale) : null;
  };
  switch (reason.rule) {
    case 'salesDrop': {
      const percent = num(d, 'percent');
      const months = num(d, 'months');
      const from = money(d, ['priorMinor', 'fromMinor'], context);
      const to = money(d, ['recentMinor', 'toMinor'], context);
      if (percent === null) break;
      const shown = Math.abs(Math.round(percent));
      return from && to
        ? t('loyalty.reason.salesDrop', { percent: shown, months, from, to })
        : t('loyalty.reason.salesDropShort', { percent: shown, months });
    }
    case 'noContact': {
      const days = num(d, 'days');
      if (days === null) return t('loyalty.reason.noContactEver');
      // Without a last contact the engine counts from the start of the partnership.
      const key = text(d, 'lastContactOn')
        ? 'loyalty.reason.noContact'
        : 'loyalty.reason.noContactSinceStart';
      return t(key, { count: days, days: integerText(days, locale) });
    }
    case 'detractor': {
      const score = num(d, 'score', 'answer');
      const on = date('answeredOn', 'on');
      const name = text(d, 'contactName', 'contact');
      if (on === null) return t('loyalty.reason.detractorShort');
      if (score === null) return t('loyalty.reason.detractorOn', { date: on });
      return name
        ? t('loyalty.reason.detractor', { score, name, date: on })
        : t('loyalty.reason.detractorNoName', { score, date: on });
    }
    case 'openDispute': {
      const severity = text(d, 'severity');
      const title = text(d, 'title');
      const open = num(d, 'open');
      if (!severity) return t('loyalty.reason.openDisputeAny');
      const level = t(`disputes.severity.${severity}`).toLowerCase();
      if (title) return t('loyalty.reason.openDispute', { severity: level, title });
      if (open !== null && open > 1)
        return t('loyalty.reason.openDisputes', { count: open, severity: level });
      return t('loyalty.reason.openDisputeShort', { severity: level });
    }
    case 'brokenCommitments': {
      const count = num(d, 'broken', 'count');
      const days = num(d, 'withinDays');
      if (count === null) break;
      return days === null
        ? t('loyalty.reason.brokenCommitmentsShort', { count })
        : t('loyalty.reason.brokenCommitments', { count, days });
    }
    case 'tierDrop': {
      const from = text(d, 'fromName');
      const to = text(d, 'toName');
      const on = date('on', 'changedOn');
      if (!from || !to) return t('loyalty.reason.tierDropAny');
      return on
        ? t('loyalty.reason.tierDrop', { from, to, date: on })
        : t('loyalty.reason.tierDropShort', { from, to });
    }
  }
  return t(`loyalty.rule.${reason.rule}`);
}
