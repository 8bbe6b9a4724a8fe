// The loyalty score: each factor becomes a value from 0 to 1 (higher is more loyal), and the score
// is the weighted mean of the factors that have data, times 100, rounded once at the end. Only
// + - * / and square roots are used (exact in IEEE arithmetic), so every computer agrees.
import {
  loyaltyFactorKeys,
  type FactorResult,
  type LoyaltyFactorKey,
  type LoyaltyFactors,
  type Tier,
} from '../../shared/loyalty';
import { addMonths } from '../../shared/periods';

/** What one partner's score is computed from, already cut to the factors' windows. */
export interface ScoreInputs {
  sales: {
    /** Live sales records of the partner in any month: none means the partner's sales are not tracked. */
    records: number;
    /** Revenue over the volume factor's months. */
    volumeMinor: number;
    /** Revenue of the growth factor's last months and of the months before them. */
    recentMinor: number;
    priorMinor: number;
    /** Months of the regularity window with an order (or revenue). */
    activeMonths: number;
    /** The last whole month the windows end with (YYYY-MM). */
    lastPeriod: string;
  };
  /** Contacts in the window, and program participation: sales claims made (not rejected). */
  engagement: {
    visits: number;
    meetings: number;
    trainings: number;
    greetings: number;
    visitNotes: number;
    claims: number;
  };
  /** The last contact (visit, meeting, training, visit note, greeting, case call or meeting). */
  lastContactOn: string | null;
  daysSinceContact: number | null;
  commitments: { kept: number; broken: number };
  disputes: { open: number; points: number };
  startedOn: string;
  tenureDays: number;
  /** Each contact's latest answer in the window: how many and their sum. */
  nps: { answers: number; sum: number };
  satisfaction: { answers: number; sum: number };
}

export interface ScoreResult {
  score: number;
  factors: FactorResult[];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const oneDecimal = (x: number) => Math.round(x * 10) / 10;
const twoDecimals = (x: number) => Math.round(x * 100) / 100;

/** Each factor's value from 0 to 1 (null: no data), in `loyaltyFactorKeys` order. */
export function factorValues(inputs: ScoreInputs, factors: LoyaltyFactors): (number | null)[] {
  const { sales, engagement: e, commitments, nps, satisfaction } = inputs;
  const hasSales = sales.records > 0;
  const growth = salesGrowthPercent(inputs);
  const { zeroAtPercent, fullAtPercent } = factors.salesGrowth;
  const days = inputs.daysSinceContact;
  const contacts = e.visits + e.meetings + e.trainings + e.greetings + e.visitNotes + e.claims;
  return [
    hasSales
      ? Math.min(1, Math.sqrt(Math.max(0, sales.volumeMinor) / factors.salesVolume.fullAtMinor))
      : null,
    growth === null ? null : clamp01((growth - zeroAtPercent) / (fullAtPercent - zeroAtPercent)),
    hasSales ? clamp01(sales.activeMonths / factors.orderRegularity.months) : null,
    Math.min(1, contacts / factors.engagement.fullAt),
    days === null ? 0 : clamp01(1 - Math.max(0, days) / factors.contactRecency.zeroAtDays),
    commitments.kept + commitments.broken > 0
      ? commitments.kept / (commitments.kept + commitments.broken)
      : null,
    clamp01(1 - inputs.disputes.points / factors.disputes.zeroAtPoints),
    Math.min(1, Math.max(0, inputs.tenureDays) / (factors.tenure.fullAtYears * 365)),
    nps.answers > 0 ? clamp01(nps.sum / nps.answers / 10) : null,
    satisfaction.answers > 0 ? clamp01((satisfaction.sum / satisfaction.answers - 1) / 4) : null,
  ];
}

function salesGrowthPercent({ sales }: ScoreInputs): number | null {
  return sales.records > 0 && sales.priorMinor > 0
    ? ((sales.recentMinor - sales.priorMinor) / sales.priorMinor) * 100
    : null;
}

/** The weighted mean of the factors with data, times 100: exact, and rounded once. */
function weightedScore(values: readonly (number | null)[], factors: LoyaltyFactors) {
  let weightWithData = 0;
  let weighted = 0;
  loyaltyFactorKeys.forEach((key, index) => {
    const value = values[index];
    const weight = factors[key].weight;
    if (value === null || value === undefined || weight === 0) return;
    weightWithData += weight;
    weighted += weight * value;
  });
  const exact = weightWithData > 0 ? (weighted / weightWithData) * 100 : 0;
  return { exact, weightWithData, score: Math.min(100, Math.max(0, Math.round(exact))) };
}

/** The score alone (what the recompute needs for 100,000 partners, without the explanation). */
export function scoreOf(inputs: ScoreInputs, factors: LoyaltyFactors): number {
  return weightedScore(factorValues(inputs, factors), factors).score;
}

/** The raw figures behind each factor, for the partner page's sentences. */
function factorDetail(
  key: LoyaltyFactorKey,
  inputs: ScoreInputs,
  factors: LoyaltyFactors,
): FactorResult['detail'] {
  const sales = inputs.sales;
  const window = (months: number) => ({
    months,
    fromPeriod: addMonths(sales.lastPeriod, 1 - months),
    toPeriod: sales.lastPeriod,
  });
  switch (key) {
    case 'salesVolume': {
      const { months, fullAtMinor } = factors.salesVolume;
      return {
        revenueMinor: sales.volumeMinor,
        fullAtMinor,
        ...window(months),
        missingMinor: Math.max(0, fullAtMinor - sales.volumeMinor),
      };
    }
    case 'salesGrowth': {
      const { months, zeroAtPercent, fullAtPercent } = factors.salesGrowth;
      const percent = salesGrowthPercent(inputs);
      return {
        recentMinor: sales.recentMinor,
        priorMinor: sales.priorMinor,
        percent: percent === null ? null : oneDecimal(percent),
        zeroAtPercent,
        fullAtPercent,
        ...window(months),
      };
    }
    case 'orderRegularity':
      return { activeMonths: sales.activeMonths, ...window(factors.orderRegularity.months) };
    case 'engagement': {
      const { months, fullAt } = factors.engagement;
      const e = inputs.engagement;
      const total = e.visits + e.meetings + e.trainings + e.greetings + e.visitNotes + e.claims;
      return { ...e, total, fullAt, months, missing: Math.max(0, fullAt - total) };
    }
    case 'contactRecency':
      return {
        lastContactOn: inputs.lastContactOn,
        days: inputs.daysSinceContact,
        zeroAtDays: factors.contactRecency.zeroAtDays,
      };
    case 'commitmentsKept':
      return { ...inputs.commitments, months: factors.commitmentsKept.months };
    case 'disputes':
      return { ...inputs.disputes, zeroAtPoints: factors.disputes.zeroAtPoints };
    case 'tenure':
      return {
        startedOn: inputs.startedOn,
        years: oneDecimal(Math.max(0, inputs.tenureDays) / 365),
        fullAtYears: factors.tenure.fullAtYears,
      };
    case 'nps':
    case 'satisfaction': {
      const { answers, sum } = inputs[key];
      return {
        answers,
        average: answers > 0 ? oneDecimal(sum / answers) : null,
        months: factors[key].months,
      };
    }
  }
}

/** The score (0-100, integer) and each factor's part in it. */
export function scorePartner(inputs: ScoreInputs, factors: LoyaltyFactors): ScoreResult {
  const values = factorValues(inputs, factors);
  const { exact, weightWithData, score } = weightedScore(values, factors);
  return {
    score,
    factors: loyaltyFactorKeys.map((key, index) => {
      const value = values[index] ?? null;
      const weight = factors[key].weight;
      const share = weightWithData > 0 ? (weight / weightWithData) * 100 : 0;
      return {
        key,
        weight,
        hasData: value !== null,
        value: value === null ? null : Math.round(value * 10_000) / 10_000,
        contribution: value === null || weight === 0 ? 0 : twoDecimals(share * value),
        // Without data: what the score would gain if this factor had data at full marks.
        maxGain:
          value === null
            ? twoDecimals((weight * (100 - exact)) / (weightWithData + weight))
            : twoDecimals(share * (1 - value)),
        detail: factorDetail(key, inputs, factors),
      };
    }),
  };
}

/** The tier a score falls in (tiers highest first; a score exactly on a threshold is in that tier). */
export function tierOf(score: number, tiers: readonly Tier[]): Tier {
  const tier = tiers.find((candidate) => score >= candidate.minScore) ?? tiers[tiers.length - 1];
  if (!tier) throw new Error('No tiers are defined.');
  return tier;
}
