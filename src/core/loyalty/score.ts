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
import { shiftPeriod } from './windows';

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
  engagement: { visits: number; meetings: number; trainings: number; greetings: number; visitNotes: number };
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

interface FactorValue {
  value: number | null;
  detail: FactorResult['detail'];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const oneDecimal = (x: number) => Math.round(x * 10) / 10;
const twoDecimals = (x: number) => Math.round(x * 100) / 100;

function factorValue(key: LoyaltyFactorKey, inputs: ScoreInputs, factors: LoyaltyFactors): FactorValue {
  const sales = inputs.sales;
  const hasSales = sales.records > 0;
  switch (key) {
    case 'salesVolume': {
      const { months, fullAtMinor } = factors.salesVolume;
      return {
        value: hasSales ? Math.min(1, Math.sqrt(Math.max(0, sales.volumeMinor) / fullAtMinor)) : null,
        detail: {
          revenueMinor: sales.volumeMinor,
          fullAtMinor,
          months,
          fromPeriod: shiftPeriod(sales.lastPeriod, 1 - months),
          toPeriod: sales.lastPeriod,
          missingMinor: Math.max(0, fullAtMinor - sales.volumeMinor),
        },
      };
    }
    case 'salesGrowth': {
      const { months, zeroAtPercent, fullAtPercent } = factors.salesGrowth;
      const percent =
        hasSales && sales.priorMinor > 0
          ? ((sales.recentMinor - sales.priorMinor) / sales.priorMinor) * 100
          : null;
      return {
        value: percent === null ? null : clamp01((percent - zeroAtPercent) / (fullAtPercent - zeroAtPercent)),
        detail: {
          recentMinor: sales.recentMinor,
          priorMinor: sales.priorMinor,
          percent: percent === null ? null : oneDecimal(percent),
          zeroAtPercent,
          fullAtPercent,
          months,
          fromPeriod: shiftPeriod(sales.lastPeriod, 1 - months),
          toPeriod: sales.lastPeriod,
        },
      };
    }
    case 'orderRegularity': {
      const { months } = factors.orderRegularity;
      return {
        value: hasSales ? clamp01(sales.activeMonths / months) : null,
        detail: {
          activeMonths: sales.activeMonths,
          months,
          fromPeriod: shiftPeriod(sales.lastPeriod, 1 - months),
          toPeriod: sales.lastPeriod,
        },
      };
    }
    case 'engagement': {
      const { months, fullAt } = factors.engagement;
      const e = inputs.engagement;
      const total = e.visits + e.meetings + e.trainings + e.greetings + e.visitNotes;
      return {
        value: Math.min(1, total / fullAt),
        detail: { ...e, total, fullAt, months, missing: Math.max(0, fullAt - total) },
      };
    }
    case 'contactRecency': {
      const { zeroAtDays } = factors.contactRecency;
      const days = inputs.daysSinceContact;
      return {
        value: days === null ? 0 : clamp01(1 - Math.max(0, days) / zeroAtDays),
        detail: { lastContactOn: inputs.lastContactOn, days, zeroAtDays },
      };
    }
    case 'commitmentsKept': {
      const { months } = factors.commitmentsKept;
      const { kept, broken } = inputs.commitments;
      return { value: kept + broken > 0 ? kept / (kept + broken) : null, detail: { kept, broken, months } };
    }
    case 'disputes': {
      const { zeroAtPoints } = factors.disputes;
      const { open, points } = inputs.disputes;
      return { value: clamp01(1 - points / zeroAtPoints), detail: { open, points, zeroAtPoints } };
    }
    case 'tenure': {
      const { fullAtYears } = factors.tenure;
      const days = Math.max(0, inputs.tenureDays);
      return {
        value: Math.min(1, days / (fullAtYears * 365)),
        detail: { startedOn: inputs.startedOn, years: oneDecimal(days / 365), fullAtYears },
      };
    }
    case 'nps': {
      const { months } = factors.nps;
      const { answers, sum } = inputs.nps;
      return {
        value: answers > 0 ? clamp01(sum / answers / 10) : null,
        detail: { answers, average: answers > 0 ? oneDecimal(sum / answers) : null, months },
      };
    }
    case 'satisfaction': {
      const { months } = factors.satisfaction;
      const { answers, sum } = inputs.satisfaction;
      return {
        value: answers > 0 ? clamp01((sum / answers - 1) / 4) : null,
        detail: { answers, average: answers > 0 ? oneDecimal(sum / answers) : null, months },
      };
    }
  }
}

/** The score (0-100, integer) and each factor's part in it. */
export function scorePartner(inputs: ScoreInputs, factors: LoyaltyFactors): ScoreResult {
  const values = loyaltyFactorKeys.map((key) => ({
    key,
    weight: factors[key].weight,
    ...factorValue(key, inputs, factors),
  }));
  let weightWithData = 0;
  let weighted = 0;
  for (const factor of values) {
    if (factor.value === null || factor.weight === 0) continue;
    weightWithData += factor.weight;
    weighted += factor.weight * factor.value;
  }
  const exact = weightWithData > 0 ? (weighted / weightWithData) * 100 : 0;
  const score = Math.min(100, Math.max(0, Math.round(exact)));
  return {
    score,
    factors: values.map((factor) => {
      const hasData = factor.value !== null;
      const share = weightWithData > 0 ? (factor.weight / weightWithData) * 100 : 0;
      return {
        key: factor.key,
        weight: factor.weight,
        hasData,
        value: factor.value === null ? null : Math.round(factor.value * 10_000) / 10_000,
        contribution: hasData ? twoDecimals(share * (factor.value ?? 0)) : 0,
        // Without data: what the score would become with this factor at full marks.
        maxGain: hasData
          ? twoDecimals(share * (1 - (factor.value ?? 0)))
          : twoDecimals((factor.weight * (100 - exact)) / (weightWithData + factor.weight)),
        detail: factor.detail,
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
