// The points ledger's questions and answers: a partner's balance in a program (always the sum of its
// entries), the entries themselves, manual adjustments and reversals, the expiry run, and the
// partner statement (balance, entries, what expires when, progress, badges) printed for the partner.
import { z } from 'zod';
import { ledgerEntrySchema } from './claims';
import { isoDateField, limits, requiredText, ulidField } from './validation';

export const balanceSchema = z.object({
  points: z.number().int(),
  moneyMinor: z.number().int(),
  /** Lifetime sums by kind (points), for the statement's summary. */
  earnedPoints: z.number().int(),
  redeemedPoints: z.number().int(),
  expiredPoints: z.number().int(),
  adjustedPoints: z.number().int(),
});
export type Balance = z.infer<typeof balanceSchema>;

export const balanceInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  today: isoDateField,
});

/** Points that will expire on a day unless spent first (first in, first out). */
export const expiringPointsSchema = z.object({ on: z.string(), points: z.number().int() });

export const partnerLedgerInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  today: isoDateField,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export const partnerLedgerSchema = z.object({
  balance: balanceSchema,
  expiring: z.array(expiringPointsSchema),
  entries: z.array(ledgerEntrySchema),
  total: z.number().int(),
});
export type PartnerLedger = z.infer<typeof partnerLedgerSchema>;

/** A manual correction: a signed amount with a reason (a negative one cannot overdraw). */
export const ledgerAdjustInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  unit: z.enum(['points', 'money']),
  amount: z
    .number({ error: 'validation.adjustAmount' })
    .int({ error: 'validation.adjustAmount' })
    .refine((n) => n !== 0, { error: 'validation.adjustAmount' })
    .refine((n) => Math.abs(n) <= 1_000_000_000_000, { error: 'validation.adjustAmount' }),
  reason: requiredText(limits.longText),
  today: isoDateField,
});
export type LedgerAdjustInput = z.input<typeof ledgerAdjustInputSchema>;

/** Reverses one entry (an adjustment or an award) with an equal and opposite entry. */
export const ledgerReverseInputSchema = z.object({
  entryId: ulidField,
  reason: requiredText(limits.longText),
  today: isoDateField,
});

export const expiryRunInputSchema = z.object({ today: isoDateField });
export const expiryRunOutputSchema = z.object({ entries: z.number().int(), points: z.number().int() });

// ---- Badges ----

export const badgeKeys = [
  'first-claim',
  'claims-10',
  'claims-50',
  'points-1k',
  'points-10k',
  'points-100k',
  'target-reached',
  'top-3',
  'top-10',
] as const;
export type BadgeKey = (typeof badgeKeys)[number];

export const badgeSchema = z.object({
  key: z.enum(badgeKeys),
  /** The day the milestone was reached (null when only the current standing shows it, e.g. top 3). */
  achievedOn: z.string().nullable(),
});
export type Badge = z.infer<typeof badgeSchema>;

export const partnerBadgesInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  today: isoDateField,
});

// ---- Statement ----

/** Languages a statement is printed in; a contact preferring another gets English. */
export const statementLanguages = ['en', 'zh', 'ms', 'id', 'nl'] as const;
export type StatementLanguage = (typeof statementLanguages)[number];

export const statementInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  today: isoDateField,
  /** The statement's language; null: the partner's main contact's preferred language. */
  language: z.enum(statementLanguages).nullable().default(null),
});
export type StatementInput = z.input<typeof statementInputSchema>;

export const statementSchema = z.object({
  language: z.enum(statementLanguages),
  today: z.string(),
  partner: z.object({
    id: z.string(),
    name: z.string(),
    city: z.string(),
    country: z.string(),
    address: z.string(),
  }),
  program: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    currency: z.string(),
    pointsExpiryMonths: z.number().int().nullable(),
  }),
  balance: balanceSchema,
  expiring: z.array(expiringPointsSchema),
  /** Every entry of the program for the partner, oldest first (at most 1,000; `truncated` says so). */
  entries: z.array(ledgerEntrySchema),
  truncated: z.boolean(),
  /** The partner's loyalty tier and how far the next one is (score points). */
  tier: z.object({
    name: z.string().nullable(),
    nextName: z.string().nullable(),
    pointsToNext: z.number().nullable(),
  }),
  /** Each target rule's progress in its current period. */
  targets: z.array(
    z.object({
      ruleKey: z.string(),
      ruleName: z.string(),
      period: z.string(),
      basis: z.enum(['units', 'amount']),
      reached: z.number(),
      target: z.number(),
      bonus: z.number(),
      award: z.enum(['points', 'money']),
    }),
  ),
  badges: z.array(badgeSchema),
  /** Place on the program's points leaderboard. */
  rank: z.object({ position: z.number().int(), of: z.number().int() }).nullable(),
});
export type Statement = z.infer<typeof statementSchema>;

// ---- The partner page's incentives card ----

export const partnerIncentivesInputSchema = z.object({ partnerId: ulidField, today: isoDateField });
export const partnerIncentivesSchema = z.object({
  programs: z.array(
    z.object({
      programId: z.string(),
      programName: z.string(),
      kind: z.string(),
      status: z.string(),
      currency: z.string(),
      enrolledOn: z.string(),
      leftOn: z.string().nullable(),
      points: z.number().int(),
      moneyMinor: z.number().int(),
      claimsSubmitted: z.number().int(),
      badges: z.array(badgeSchema),
    }),
  ),
});
export type PartnerIncentives = z.infer<typeof partnerIncentivesSchema>;
