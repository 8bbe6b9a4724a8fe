// Incentive and loyalty programs: what a program is (kind, period, eligibility, budget), its earning
// rules as data (validated on save, versioned once the program has awarded anything), and the
// explanation every award carries: the rule, the inputs and the arithmetic, step by step.
import { z } from 'zod';
import { partnerTypes } from './partners';
import { periodField } from './sales';
import { isoDateField, limits, optionalText, requiredText, ulidField } from './validation';

export const programKinds = [
  'sales-incentive',
  'rebate',
  'volume-discount',
  'co-op',
  'mdf',
  'training',
  'performance-bonus',
  'spif',
  'referral',
] as const;
export type ProgramKind = (typeof programKinds)[number];

/** Draft: being set up (no claims). Active: takes claims and awards. Ended: read-only history. */
export const programStatuses = ['draft', 'active', 'ended'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

const tierKeyField = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'validation.tierKey' });

/**
 * Who may enrol. Each non-empty list narrows (a partner must match every non-empty list); all
 * empty means every partner. `partnerIds` names partners one by one.
 */
export const eligibilitySchema = z.object({
  partnerTypes: z.array(z.enum(partnerTypes)).max(20).default([]),
  tiers: z.array(tierKeyField).max(20).default([]),
  regions: z.array(z.string().trim().max(limits.shortText)).max(200).default([]),
  partnerIds: z.array(ulidField).max(5000).default([]),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

const money = z
  .number({ error: 'validation.amount' })
  .int({ error: 'validation.amount' })
  .min(0, { error: 'validation.negativeAmount' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'validation.amount' });

export const programInputSchema = z.object({
  name: requiredText(limits.name),
  kind: z.enum(programKinds, { error: 'validation.choice' }),
  description: optionalText(limits.longText),
  startsOn: isoDateField,
  endsOn: isoDateField,
  eligibility: eligibilitySchema.default({ partnerTypes: [], tiers: [], regions: [], partnerIds: [] }),
  /** The program's whole budget in minor units of `currency`. */
  budgetMinor: money,
  /** ISO 4217; absent or null: the workspace currency. */
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, { error: 'validation.currency' })
    .nullable()
    .default(null),
  /** What one point costs the brand, in minor units (1 = one sen per point); 0: points cost nothing. */
  pointValueMinor: money,
  /** Points expire this many months after they were earned, first in first out; null: never. */
  pointsExpiryMonths: z
    .number({ error: 'validation.expiryMonths' })
    .int({ error: 'validation.expiryMonths' })
    .min(1, { error: 'validation.expiryMonths' })
    .max(120, { error: 'validation.expiryMonths' })
    .nullable()
    .default(null),
});
export type ProgramInput = z.input<typeof programInputSchema>;

export const programUpdateInputSchema = programInputSchema.extend({
  id: ulidField,
  revision: z.number().int().min(0),
});
export type ProgramUpdateInput = z.input<typeof programUpdateInputSchema>;

export const programStatusInputSchema = z.object({
  id: ulidField,
  status: z.enum(programStatuses),
  revision: z.number().int().min(0),
  today: isoDateField,
});

// ---- Rules ----

export const awardUnits = ['points', 'money'] as const;
export type AwardUnit = (typeof awardUnits)[number];
/** What a rule measures from claim lines: units sold, or the amount (minor units of the claim). */
export const ruleBases = ['units', 'amount'] as const;
export type RuleBasis = (typeof ruleBases)[number];
/** The stretch brackets and targets accumulate over. */
export const rulePeriods = ['month', 'quarter', 'program'] as const;
export type RulePeriod = (typeof rulePeriods)[number];

const positiveNumber = z
  .number({ error: 'validation.ruleRate' })
  .positive({ error: 'validation.ruleRate' })
  .max(1_000_000_000, { error: 'validation.ruleRate' });
const positiveWhole = z
  .number({ error: 'validation.ruleWhole' })
  .int({ error: 'validation.ruleWhole' })
  .min(1, { error: 'validation.ruleWhole' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'validation.ruleWhole' });

/** `rate` points (or minor units of money) for every `every` of the basis: 2 MYR per 100 MYR is 2%. */
const rateFields = { rate: positiveNumber, every: positiveWhole };

export const bracketSchema = z.object({
  /** Upper bound of the bracket in the basis (inclusive); null: no upper bound (the last bracket). */
  upTo: positiveWhole.nullable(),
  ...rateFields,
});
export type Bracket = z.infer<typeof bracketSchema>;

export const ruleCalcSchema = z.discriminatedUnion('kind', [
  /** Per unit or per amount, without brackets. */
  z.object({ kind: z.literal('rate'), ...rateFields }),
  /**
   * Brackets over the partner's basis in the period. Marginal: each part of the basis earns its own
   * bracket's rate (like income tax). Whole: the bracket the total reaches sets the rate for all.
   */
  z.object({
    kind: z.literal('brackets'),
    mode: z.enum(['marginal', 'whole']),
    period: z.enum(rulePeriods),
    brackets: z.array(bracketSchema).min(1, { error: 'validation.bracketsEmpty' }).max(20),
  }),
  /** Reach `target` of the basis in the period, get `bonus` once per period. */
  z.object({
    kind: z.literal('target'),
    period: z.enum(rulePeriods),
    target: positiveWhole,
    bonus: positiveWhole,
  }),
]);
export type RuleCalc = z.infer<typeof ruleCalcSchema>;

export const ruleSchema = z.object({
  /** Stable within the program across versions: ledger entries name the rule by it. */
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'validation.ruleKey' }),
  name: requiredText(limits.shortText),
  award: z.enum(awardUnits),
  basis: z.enum(ruleBases),
  /** Which claim lines count; both empty: every line. A line counts when it matches either list. */
  filter: z
    .object({
      productIds: z.array(ulidField).max(500).default([]),
      categories: z.array(z.string().trim().min(1).max(limits.shortText)).max(100).default([]),
    })
    .default({ productIds: [], categories: [] }),
  calc: ruleCalcSchema,
  /** A time box (SPIF): only claims with an invoice date inside it count. */
  window: z.object({ from: isoDateField, to: isoDateField }).nullable().default(null),
  /** The award is multiplied for partners in these tiers (their tier in effect when the award is posted). */
  tierMultipliers: z
    .array(
      z.object({
        tier: tierKeyField,
        multiplier: z
          .number({ error: 'validation.multiplier' })
          .positive({ error: 'validation.multiplier' })
          .max(10, { error: 'validation.multiplier' }),
      }),
    )
    .max(20)
    .default([]),
  /** Most this rule awards one partner over the program (award units); null: no cap. */
  capPerPartner: positiveWhole.nullable().default(null),
  /** Most this rule awards all partners together over the program; null: no cap. */
  capPerProgram: positiveWhole.nullable().default(null),
});
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;

export const programRulesInputSchema = z.object({
  programId: ulidField,
  /** The program's revision the editor loaded (a concurrent save is refused). */
  revision: z.number().int().min(0),
  rules: z.array(ruleSchema).max(50, { error: 'validation.tooMany' }),
  /**
   * Once the program has awarded anything its rules are frozen: a change is a new version that
   * applies to invoices from this day (required then, and not before today). Ignored before that.
   */
  effectiveFrom: isoDateField.nullable().default(null),
  today: isoDateField,
});
export type ProgramRulesInput = z.input<typeof programRulesInputSchema>;

export const ruleVersionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  rules: z.array(ruleSchema),
  createdAt: z.string(),
});
export type RuleVersion = z.infer<typeof ruleVersionSchema>;

export const programSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(programKinds),
  description: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  eligibility: eligibilitySchema,
  budgetMinor: z.number().int(),
  currency: z.string(),
  pointValueMinor: z.number().int(),
  pointsExpiryMonths: z.number().int().nullable(),
  status: z.enum(programStatuses),
  revision: z.number().int(),
  /** Every version, oldest first; the last is the one new invoices use. */
  ruleVersions: z.array(ruleVersionSchema),
  /** True once anything was awarded: rule changes become new versions. */
  rulesFrozen: z.boolean(),
  participants: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Program = z.infer<typeof programSchema>;

export const programSummarySchema = programSchema
  .omit({ ruleVersions: true, eligibility: true, description: true })
  .extend({
    claimsSubmitted: z.number().int(),
    awardedPoints: z.number().int(),
    awardedMinor: z.number().int(),
  });
export type ProgramSummary = z.infer<typeof programSummarySchema>;

export const programListInputSchema = z.object({
  statuses: z.array(z.enum(programStatuses)).default([]),
  kinds: z.array(z.enum(programKinds)).default([]),
  search: z.string().trim().max(limits.shortText).default(''),
  /** Only programs this partner is enrolled in. */
  partnerId: ulidField.nullable().default(null),
});
export type ProgramListInput = z.input<typeof programListInputSchema>;

// ---- Enrolment ----

export const enrollInputSchema = z.object({
  programId: ulidField,
  partnerIds: z.array(ulidField).min(1, { error: 'validation.required' }).max(5000),
  today: isoDateField,
});
export const unenrollInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  today: isoDateField,
});

export const participantSchema = z.object({
  partnerId: z.string(),
  partnerName: z.string(),
  city: z.string(),
  region: z.string(),
  tier: z.string().nullable(),
  enrolledOn: z.string(),
  points: z.number().int(),
  moneyMinor: z.number().int(),
  claims: z.number().int(),
});
export type Participant = z.infer<typeof participantSchema>;

export const participantListInputSchema = z.object({
  programId: ulidField,
  search: z.string().trim().max(limits.shortText).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export const participantListOutputSchema = z.object({
  rows: z.array(participantSchema),
  total: z.number().int(),
});

/** Partners the enrolment picker offers: eligible ones, marked when already enrolled. */
export const eligiblePartnersInputSchema = z.object({
  programId: ulidField,
  search: z.string().trim().max(limits.shortText).default(''),
  limit: z.number().int().min(1).max(500).default(50),
});
export const eligiblePartnersOutputSchema = z.object({
  rows: z.array(
    z.object({
      partnerId: z.string(),
      name: z.string(),
      city: z.string(),
      region: z.string(),
      tier: z.string().nullable(),
      enrolled: z.boolean(),
    }),
  ),
  /** Eligible partners in all, and how many of them are not enrolled yet. */
  total: z.number().int(),
  notEnrolled: z.number().int(),
});

// ---- Awards and their explanation ----

/**
 * One line of an award's arithmetic. The UI renders each in the reader's language; numbers of the
 * `amount` basis and money awards are minor units.
 */
export const explanationStepSchema = z.discriminatedUnion('step', [
  /** The basis the rule counted: units or amount over `claims` claims (lines matching the filter). */
  z.object({
    step: z.literal('basis'),
    basis: z.enum(ruleBases),
    total: z.number(),
    claims: z.number().int(),
  }),
  /** Claims left out because their invoice date is outside the rule's time box. */
  z.object({ step: z.literal('window'), from: z.string(), to: z.string(), excludedClaims: z.number().int() }),
  z.object({
    step: z.literal('rate'),
    amount: z.number(),
    rate: z.number(),
    every: z.number(),
    result: z.number(),
  }),
  z.object({
    step: z.literal('bracket'),
    mode: z.enum(['marginal', 'whole']),
    /** The bracket's range in the basis (from exclusive, upTo inclusive; null: no upper bound). */
    from: z.number(),
    upTo: z.number().nullable(),
    /** The part of the basis this bracket applies to. */
    amount: z.number(),
    rate: z.number(),
    every: z.number(),
    result: z.number(),
  }),
  z.object({
    step: z.literal('target'),
    target: z.number(),
    reached: z.boolean(),
    bonus: z.number(),
    result: z.number(),
  }),
  z.object({
    step: z.literal('multiplier'),
    tier: z.string(),
    tierName: z.string(),
    multiplier: z.number(),
    before: z.number(),
    after: z.number(),
  }),
  z.object({
    step: z.literal('cap'),
    scope: z.enum(['partner', 'program']),
    cap: z.number(),
    /** Awarded before by this rule within the cap's scope. */
    alreadyAwarded: z.number(),
    before: z.number(),
    after: z.number(),
  }),
  /** Points round down, money rounds to the nearest minor unit, once, at the end. */
  z.object({ step: z.literal('rounding'), before: z.number(), after: z.number() }),
  /** Earlier entries for the same rule and period: this entry posts the difference. */
  z.object({ step: z.literal('previous'), total: z.number(), alreadyPosted: z.number(), delta: z.number() }),
]);
export type ExplanationStep = z.infer<typeof explanationStepSchema>;

export const awardExplanationSchema = z.object({
  ruleKey: z.string(),
  ruleName: z.string(),
  ruleVersion: z.number().int(),
  award: z.enum(awardUnits),
  /** 'YYYY-MM', 'YYYY-Qn' or 'program': the stretch the rule accumulated over. */
  period: z.string(),
  /** The claims that counted (first 50), with their basis. */
  claims: z.array(
    z.object({ claimId: z.string(), invoiceNumber: z.string(), invoiceDate: z.string(), basis: z.number() }),
  ),
  steps: z.array(explanationStepSchema),
  /** What the rule gives for the whole period after all steps (before `previous`). */
  total: z.number(),
});
export type AwardExplanation = z.infer<typeof awardExplanationSchema>;

/** A dry run of every rule over a month of approved claims: what the rules give, against the ledger. */
export const programEvaluateInputSchema = z.object({
  programId: ulidField,
  period: periodField,
  today: isoDateField,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export const programEvaluationSchema = z.object({
  programId: z.string(),
  period: z.string(),
  partners: z.number().int(),
  claims: z.number().int(),
  lines: z.number().int(),
  /** What the rules give for the month, and what the ledger holds for it: they should agree. */
  rulesPoints: z.number().int(),
  rulesMinor: z.number().int(),
  postedPoints: z.number().int(),
  postedMinor: z.number().int(),
  rows: z.array(
    z.object({
      partnerId: z.string(),
      partnerName: z.string(),
      points: z.number().int(),
      moneyMinor: z.number().int(),
      postedPoints: z.number().int(),
      postedMinor: z.number().int(),
      awards: z.array(awardExplanationSchema),
    }),
  ),
  total: z.number().int(),
});
export type ProgramEvaluation = z.infer<typeof programEvaluationSchema>;
