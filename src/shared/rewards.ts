// The rewards catalog of a program and redemptions against a partner's points: request (points
// taken at once, stock reserved), approve, fulfil, or reject (points returned with a reversing entry).
import { z } from 'zod';
import { isoDateField, limits, optionalText, requiredText, ulidField } from './validation';

export const rewardKinds = ['cash', 'voucher', 'merchandise', 'trip', 'training', 'experience'] as const;
export type RewardKind = (typeof rewardKinds)[number];

const tierKeyField = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'validation.tierKey' });

export const rewardInputSchema = z.object({
  programId: ulidField,
  name: requiredText(limits.name),
  kind: z.enum(rewardKinds, { error: 'validation.choice' }),
  description: optionalText(limits.longText),
  pointsCost: z
    .number({ error: 'validation.pointsCost' })
    .int({ error: 'validation.pointsCost' })
    .min(1, { error: 'validation.pointsCost' })
    .max(1_000_000_000, { error: 'validation.pointsCost' }),
  /** Items in stock in all (redemptions not rejected reserve them); null: unlimited. */
  stock: z
    .number({ error: 'validation.count' })
    .int({ error: 'validation.count' })
    .min(0, { error: 'validation.count' })
    .max(10_000_000, { error: 'validation.count' })
    .nullable()
    .default(null),
  /** Tiers that may redeem it; empty: every tier. */
  tiers: z.array(tierKeyField).max(20).default([]),
  active: z.boolean().default(true),
});
export type RewardInput = z.input<typeof rewardInputSchema>;

export const rewardUpdateInputSchema = rewardInputSchema.omit({ programId: true }).extend({
  id: ulidField,
  revision: z.number().int().min(0),
});
export type RewardUpdateInput = z.input<typeof rewardUpdateInputSchema>;

export const rewardSchema = z.object({
  id: z.string(),
  programId: z.string(),
  name: z.string(),
  kind: z.enum(rewardKinds),
  description: z.string(),
  pointsCost: z.number().int(),
  stock: z.number().int().nullable(),
  /** Stock minus what redemptions not rejected hold; null: unlimited. */
  available: z.number().int().nullable(),
  tiers: z.array(z.string()),
  active: z.boolean(),
  redeemed: z.number().int(),
  revision: z.number().int(),
});
export type Reward = z.infer<typeof rewardSchema>;

export const rewardListInputSchema = z.object({
  programId: ulidField,
  /** When given, each reward says whether this partner can redeem it now. */
  partnerId: ulidField.nullable().default(null),
  includeInactive: z.boolean().default(false),
  today: isoDateField,
});
export const rewardListOutputSchema = z.object({
  rows: z.array(
    rewardSchema.extend({
      /** Null when no partner was given or the partner can redeem it; else why not. */
      unavailableReason: z.enum(['tier', 'stock', 'balance', 'inactive']).nullable(),
    }),
  ),
  /** The partner's points balance when a partner was given. */
  balance: z.number().int().nullable(),
});
export type RewardListOutput = z.infer<typeof rewardListOutputSchema>;

export const redemptionStatuses = ['requested', 'approved', 'fulfilled', 'rejected'] as const;
export type RedemptionStatus = (typeof redemptionStatuses)[number];

export const redemptionRequestInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  rewardId: ulidField,
  quantity: z
    .number({ error: 'validation.quantity' })
    .int({ error: 'validation.quantity' })
    .min(1, { error: 'validation.quantity' })
    .max(10_000, { error: 'validation.quantity' }),
  notes: optionalText(limits.longText),
  today: isoDateField,
});
export type RedemptionRequestInput = z.input<typeof redemptionRequestInputSchema>;

/** approve: requested → approved; fulfil: approved → fulfilled; reject: requested or approved → rejected. */
export const redemptionDecisionInputSchema = z.object({
  id: ulidField,
  revision: z.number().int().min(0),
  decision: z.enum(['approve', 'fulfil', 'reject']),
  notes: optionalText(limits.longText),
  today: isoDateField,
});
export type RedemptionDecisionInput = z.input<typeof redemptionDecisionInputSchema>;

export const redemptionSchema = z.object({
  id: z.string(),
  programId: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  rewardId: z.string(),
  rewardName: z.string(),
  rewardKind: z.enum(rewardKinds),
  quantity: z.number().int(),
  points: z.number().int(),
  status: z.enum(redemptionStatuses),
  notes: z.string(),
  decidedOn: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
});
export type Redemption = z.infer<typeof redemptionSchema>;

export const redemptionListInputSchema = z.object({
  programId: ulidField.nullable().default(null),
  partnerId: ulidField.nullable().default(null),
  statuses: z.array(z.enum(redemptionStatuses)).default([]),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export const redemptionListOutputSchema = z.object({
  rows: z.array(redemptionSchema),
  total: z.number().int(),
});
