// Loyalty: the factors of the score with their weights, the tiers, the churn-risk rules (all
// admin-tunable, with defaults), and what the partner page shows to explain a score.
import { z } from 'zod';
import { isoDateField, limits, requiredText, ulidField } from './validation';

/**
 * The score's factors. Each becomes a value from 0 to 1 (direction: higher is always more loyal)
 * and the score is the weighted mean of the factors that have data, times 100.
 */
export const loyaltyFactorKeys = [
  'salesVolume',
  'salesGrowth',
  'orderRegularity',
  'engagement',
  'contactRecency',
  'commitmentsKept',
  'disputes',
  'tenure',
  'nps',
  'satisfaction',
] as const;
export type LoyaltyFactorKey = (typeof loyaltyFactorKeys)[number];

const weight = z
  .number({ error: 'validation.weight' })
  .int({ error: 'validation.weight' })
  .min(0, { error: 'validation.weight' })
  .max(100, { error: 'validation.weight' });
const positive = (max: number) =>
  z
    .number({ error: 'validation.factorParam' })
    .int({ error: 'validation.factorParam' })
    .min(1, { error: 'validation.factorParam' })
    .max(max, { error: 'validation.factorParam' });
const months = positive(36);

/** Each factor's weight and the parameters that define it. */
export const loyaltyFactorsSchema = z
  .object({
    /** Revenue over `months`; full marks at `fullAtMinor` (square-root scale: diminishing returns). */
    salesVolume: z.object({ weight, months, fullAtMinor: positive(Number.MAX_SAFE_INTEGER) }),
    /** Revenue of the last `months` against the `months` before: `zeroAtPercent`..`fullAtPercent`. */
    salesGrowth: z.object({
      weight,
      months,
      zeroAtPercent: z.number().int().min(-100, { error: 'validation.factorParam' }).max(0),
      fullAtPercent: positive(1000),
    }),
    /** Share of the last `months` with at least one order. */
    orderRegularity: z.object({ weight, months }),
    /**
     * Visits held, meetings and trainings attended, greetings sent and program claims made (program
     * participation) in `months`; full at `fullAt`.
     */
    engagement: z.object({ weight, months, fullAt: positive(1000) }),
    /** Days since the last contact (visit, meeting, greeting, case entry): full today, zero at `zeroAtDays`. */
    contactRecency: z.object({ weight, zeroAtDays: positive(3650) }),
    /** Commitments kept / (kept + broken) that fell due in `months`. */
    commitmentsKept: z.object({ weight, months }),
    /** Open disputes by severity points (low 1, medium 2, high 3, critical 5): zero at `zeroAtPoints`. */
    disputes: z.object({ weight, zeroAtPoints: positive(100) }),
    /** Years since the partnership started: full at `fullAtYears`. */
    tenure: z.object({ weight, fullAtYears: positive(50) }),
    /** Each contact's latest NPS answer in `months`, averaged, over 10. */
    nps: z.object({ weight, months }),
    /** Each contact's latest satisfaction answer in `months`, averaged, 1 → 0 and 5 → 1. */
    satisfaction: z.object({ weight, months }),
  })
  .superRefine((factors, ctx) => {
    if (loyaltyFactorKeys.every((key) => factors[key].weight === 0)) {
      ctx.addIssue({ code: 'custom', path: ['salesVolume', 'weight'], message: 'validation.weightsAllZero' });
    }
    if (factors.salesGrowth.zeroAtPercent >= factors.salesGrowth.fullAtPercent) {
      ctx.addIssue({
        code: 'custom',
        path: ['salesGrowth', 'fullAtPercent'],
        message: 'validation.factorRange',
      });
    }
  });
export type LoyaltyFactors = z.output<typeof loyaltyFactorsSchema>;

export const riskLevels = ['none', 'watch', 'at-risk', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];
/** A rule can raise these levels (none is the absence of signals). */
export const ruleLevels = ['watch', 'at-risk', 'critical'] as const;
const ruleLevel = z.enum(ruleLevels, { error: 'validation.choice' });
const enabled = z.boolean();

export const churnRuleKeys = [
  'salesDrop',
  'noContact',
  'detractor',
  'openDispute',
  'brokenCommitments',
  'tierDrop',
] as const;
export type ChurnRuleKey = (typeof churnRuleKeys)[number];

export const churnRulesSchema = z.object({
  /** Revenue of the last `months` full months fell by `percent` or more against the `months` before. */
  salesDrop: z.object({ enabled, level: ruleLevel, percent: positive(100), months: positive(12) }),
  noContact: z.object({ enabled, level: ruleLevel, days: positive(3650) }),
  /** A contact's latest answer within `withinDays` was a detractor (0-6). */
  detractor: z.object({ enabled, level: ruleLevel, withinDays: positive(3650) }),
  /** An open dispute of `minSeverity` or worse. */
  openDispute: z.object({
    enabled,
    level: ruleLevel,
    minSeverity: z.enum(['low', 'medium', 'high', 'critical'], { error: 'validation.choice' }),
  }),
  brokenCommitments: z.object({
    enabled,
    level: ruleLevel,
    count: positive(100),
    withinDays: positive(3650),
  }),
  /** The tier went down within `withinDays`. */
  tierDrop: z.object({ enabled, level: ruleLevel, withinDays: positive(3650) }),
  /** This many signals at "at risk" or above together make the partner critical. */
  criticalWhenSignals: positive(6),
});
export type ChurnRules = z.output<typeof churnRulesSchema>;

export const tierSchema = z.object({
  /** Stable key: renaming keeps history readable. New tiers get one from their name. */
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'validation.tierKey' }),
  name: requiredText(limits.shortText),
  /** Lowest score in this tier (inclusive). */
  minScore: z
    .number({ error: 'validation.tierScore' })
    .int({ error: 'validation.tierScore' })
    .min(0, { error: 'validation.tierScore' })
    .max(100, { error: 'validation.tierScore' }),
});
export type Tier = z.infer<typeof tierSchema>;

/** Highest first; thresholds strictly falling; the last starts at 0 so every score has a tier. */
export const tiersSchema = z
  .array(tierSchema)
  .min(2)
  .max(8)
  .superRefine((tiers, ctx) => {
    tiers.forEach((tier, index) => {
      const above = tiers[index - 1];
      if (above && tier.minScore >= above.minScore) {
        ctx.addIssue({ code: 'custom', path: [index, 'minScore'], message: 'validation.tierOrder' });
      }
      if (
        tiers.findIndex((other) => other.name.trim().toLowerCase() === tier.name.trim().toLowerCase()) < index
      ) {
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'validation.tierDuplicate' });
      }
      if (tiers.findIndex((other) => other.key === tier.key) < index) {
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'validation.tierDuplicate' });
      }
    });
    const last = tiers[tiers.length - 1];
    if (last && last.minScore !== 0) {
      ctx.addIssue({ code: 'custom', path: [tiers.length - 1, 'minScore'], message: 'validation.tierFloor' });
    }
  });

export const defaultLoyaltyFactors: LoyaltyFactors = {
  salesVolume: { weight: 20, months: 12, fullAtMinor: 100_000_000 },
  salesGrowth: { weight: 15, months: 12, zeroAtPercent: -25, fullAtPercent: 25 },
  orderRegularity: { weight: 10, months: 12 },
  engagement: { weight: 10, months: 12, fullAt: 12 },
  contactRecency: { weight: 10, zeroAtDays: 120 },
  commitmentsKept: { weight: 10, months: 12 },
  disputes: { weight: 5, zeroAtPoints: 6 },
  tenure: { weight: 5, fullAtYears: 5 },
  nps: { weight: 10, months: 12 },
  satisfaction: { weight: 5, months: 12 },
};

export const defaultTiers: Tier[] = [
  { key: 'platinum', name: 'Platinum', minScore: 85 },
  { key: 'gold', name: 'Gold', minScore: 70 },
  { key: 'silver', name: 'Silver', minScore: 50 },
  { key: 'bronze', name: 'Bronze', minScore: 0 },
];

export const defaultChurnRules: ChurnRules = {
  salesDrop: { enabled: true, level: 'at-risk', percent: 30, months: 3 },
  noContact: { enabled: true, level: 'watch', days: 90 },
  detractor: { enabled: true, level: 'at-risk', withinDays: 180 },
  openDispute: { enabled: true, level: 'at-risk', minSeverity: 'high' },
  brokenCommitments: { enabled: true, level: 'watch', count: 2, withinDays: 180 },
  tierDrop: { enabled: true, level: 'watch', withinDays: 90 },
  criticalWhenSignals: 2,
};

export const loyaltySettingsSchema = z.object({
  factors: loyaltyFactorsSchema,
  tiers: tiersSchema,
  churnRules: churnRulesSchema,
  /** Day of the last full recompute (null: never). */
  lastFullRecomputeOn: z.string().nullable(),
  scoredPartners: z.number().int(),
});
export type LoyaltySettings = z.infer<typeof loyaltySettingsSchema>;

const detailValue = z.union([z.string(), z.number(), z.null()]);

/** One factor of one partner's score, as the partner page explains it. */
export const factorResultSchema = z.object({
  key: z.enum(loyaltyFactorKeys),
  weight: z.number(),
  /** False: no data (e.g. no survey answers); left out and the other weights count for more. */
  hasData: z.boolean(),
  /** The factor's value from 0 to 1, higher is more loyal. */
  value: z.number().nullable(),
  /** Points of the score this factor gave (sums to the score, before rounding). */
  contribution: z.number(),
  /** Points the score would gain if this factor were at full marks. */
  maxGain: z.number(),
  /** The raw figures, for "MYR 420,000 of MYR 1,000,000 in 12 months" and "what would raise it". */
  detail: z.record(z.string(), detailValue),
});
export type FactorResult = z.infer<typeof factorResultSchema>;

export const riskReasonSchema = z.object({
  rule: z.enum(churnRuleKeys),
  level: z.enum(ruleLevels),
  /** Figures for the message, e.g. { percent: 42, months: 3 }. */
  detail: z.record(z.string(), detailValue),
});
export type RiskReason = z.infer<typeof riskReasonSchema>;

export const tierChangeCauses = ['score', 'override', 'override-ended', 'tiers-changed'] as const;
export type TierChangeCause = (typeof tierChangeCauses)[number];

export const tierChangeSchema = z.object({
  id: z.string(),
  changedOn: z.string(),
  fromTier: z.string().nullable(),
  fromName: z.string().nullable(),
  toTier: z.string(),
  toName: z.string(),
  score: z.number().nullable(),
  cause: z.enum(tierChangeCauses),
});
export type TierChange = z.infer<typeof tierChangeSchema>;

const tierRef = z.object({ key: z.string(), name: z.string() });

export const partnerLoyaltySchema = z.object({
  partnerId: z.string(),
  /** Null until the first computation. */
  score: z.number().int().nullable(),
  computedOn: z.string().nullable(),
  tier: tierRef.nullable(),
  computedTier: tierRef.nullable(),
  tierSince: z.string().nullable(),
  /** The next tier up and the points it needs (null at the top). */
  nextTier: z
    .object({ key: z.string(), name: z.string(), minScore: z.number(), pointsNeeded: z.number() })
    .nullable(),
  override: z
    .object({
      tier: tierRef,
      reason: z.string(),
      expiresOn: z.string(),
      revision: z.number().int(),
      setBy: z.string().nullable(),
      setAt: z.string(),
    })
    .nullable(),
  factors: z.array(factorResultSchema),
  risk: z.object({
    level: z.enum(riskLevels),
    since: z.string().nullable(),
    reasons: z.array(riskReasonSchema),
    /** The retention case this at-risk episode opened (or the partner's open case). */
    caseId: z.string().nullable(),
  }),
  history: z.array(tierChangeSchema),
});
export type PartnerLoyalty = z.infer<typeof partnerLoyaltySchema>;

export const tierOverrideInputSchema = z.object({
  partnerId: ulidField,
  tier: z.string().min(1, { error: 'validation.required' }),
  reason: requiredText(limits.longText),
  expiresOn: isoDateField,
  /** The user's today: the expiry must be after it. */
  today: isoDateField,
  /** Revision of the override being replaced (null when setting a new one). */
  revision: z.number().int().min(0).nullable().default(null),
});
export type TierOverrideInput = z.input<typeof tierOverrideInputSchema>;
export const tierOverrideEndInputSchema = z.object({ partnerId: ulidField, today: isoDateField });

export const recomputeInputSchema = z.object({ today: isoDateField });
export const recomputeOutputSchema = z.object({
  partners: z.number().int(),
  tierChanges: z.number().int(),
  newlyAtRisk: z.number().int(),
  casesOpened: z.number().int(),
  milliseconds: z.number(),
});
export type RecomputeOutput = z.infer<typeof recomputeOutputSchema>;
