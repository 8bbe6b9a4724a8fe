// Funds of rebate, MDF and co-op programs: a budget allocated per partner, fund requests for a
// planned activity, proof of performance (attachments) after it, reimbursement, and the burn of
// the program's budget.
import { z } from 'zod';
import { attachmentRefSchema } from './visit-notes';
import { isoDateField, limits, optionalText, requiredText, ulidField } from './validation';

const money = z
  .number({ error: 'validation.amount' })
  .int({ error: 'validation.amount' })
  .min(0, { error: 'validation.negativeAmount' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'validation.amount' });
const positiveMoney = money.refine((n) => n > 0, { error: 'validation.positiveAmount' });

/** Sets a partner's allocation in a program (one per partner; 0 removes it). */
export const fundAllocationInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  amountMinor: money,
  note: optionalText(limits.longText),
});
export type FundAllocationInput = z.input<typeof fundAllocationInputSchema>;

export const fundRequestStatuses = [
  'submitted',
  'approved',
  'rejected',
  'proof-submitted',
  'reimbursed',
] as const;
export type FundRequestStatus = (typeof fundRequestStatuses)[number];

export const fundRequestInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  /** The planned activity, e.g. "Shop-front banner and radio spots for the Raya sale". */
  activity: requiredText(limits.longText),
  plannedOn: isoDateField,
  amountMinor: positiveMoney,
  note: optionalText(limits.longText),
  today: isoDateField,
});
export type FundRequestInput = z.input<typeof fundRequestInputSchema>;

export const fundRequestUpdateInputSchema = fundRequestInputSchema
  .omit({ programId: true, partnerId: true })
  .extend({
    id: ulidField,
    revision: z.number().int().min(0),
  });
export type FundRequestUpdateInput = z.input<typeof fundRequestUpdateInputSchema>;

export const fundRequestDecisionInputSchema = z.object({
  id: ulidField,
  revision: z.number().int().min(0),
  decision: z.enum(['approve', 'reject']),
  /** Approve: the amount granted (at most the request); null: all of it. */
  approvedMinor: positiveMoney.nullable().default(null),
  reason: optionalText(limits.longText),
  today: isoDateField,
});
export type FundRequestDecisionInput = z.input<typeof fundRequestDecisionInputSchema>;

export const fundProofInputSchema = z.object({
  id: ulidField,
  revision: z.number().int().min(0),
  attachments: z.array(attachmentRefSchema).min(1, { error: 'validation.proofRequired' }).max(20),
  note: optionalText(limits.longText),
  today: isoDateField,
});
export type FundProofInput = z.input<typeof fundProofInputSchema>;

export const fundReimburseInputSchema = z.object({
  id: ulidField,
  revision: z.number().int().min(0),
  /** Paid out; at most the approved amount. */
  reimbursedMinor: positiveMoney,
  today: isoDateField,
});
export type FundReimburseInput = z.input<typeof fundReimburseInputSchema>;

export const fundRequestSchema = z.object({
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  activity: z.string(),
  plannedOn: z.string(),
  amountMinor: z.number().int(),
  approvedMinor: z.number().int().nullable(),
  reimbursedMinor: z.number().int().nullable(),
  currency: z.string(),
  status: z.enum(fundRequestStatuses),
  note: z.string(),
  decisionReason: z.string(),
  attachments: z.array(attachmentRefSchema),
  proofNote: z.string(),
  decidedOn: z.string().nullable(),
  reimbursedOn: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
});
export type FundRequest = z.infer<typeof fundRequestSchema>;

export const fundRequestListInputSchema = z.object({
  programId: ulidField.nullable().default(null),
  partnerId: ulidField.nullable().default(null),
  statuses: z.array(z.enum(fundRequestStatuses)).default([]),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export const fundRequestListOutputSchema = z.object({
  rows: z.array(fundRequestSchema),
  total: z.number().int(),
});

/** A program's budget and where it went: allocated to partners, approved, reimbursed. */
export const programFundsSchema = z.object({
  currency: z.string(),
  budgetMinor: z.number().int(),
  allocatedMinor: z.number().int(),
  requestedMinor: z.number().int(),
  approvedMinor: z.number().int(),
  reimbursedMinor: z.number().int(),
  /** Budget minus approved (approved money is committed even before it is paid). */
  remainingMinor: z.number().int(),
  allocations: z.array(
    z.object({
      partnerId: z.string(),
      partnerName: z.string(),
      allocatedMinor: z.number().int(),
      requestedMinor: z.number().int(),
      approvedMinor: z.number().int(),
      reimbursedMinor: z.number().int(),
      note: z.string(),
    }),
  ),
});
export type ProgramFunds = z.infer<typeof programFundsSchema>;
