// Sales claims: a partner's proof of purchase under a program (invoice number and date, lines of
// products with quantities and amounts, serial numbers, the invoice as a photo or PDF). Staff enter
// or import them; approval posts the awards to the points ledger, rejection says why.
import { z } from 'zod';
import { awardExplanationSchema } from './programs';
import { skuField } from './products';
import { attachmentRefSchema } from './visit-notes';
import { isoDateField, limits, optionalText, requiredText, ulidField } from './validation';

export const claimStatuses = ['submitted', 'approved', 'rejected', 'reversed'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export const claimLineInputSchema = z.object({
  /** As written on the invoice: the product's SKU or one of its aliases. */
  sku: skuField,
  quantity: z
    .number({ error: 'validation.quantity' })
    .int({ error: 'validation.quantity' })
    .min(1, { error: 'validation.quantity' })
    .max(1_000_000, { error: 'validation.quantity' }),
  /** The line's total in minor units of the program's currency. */
  amountMinor: z
    .number({ error: 'validation.amount' })
    .int({ error: 'validation.amount' })
    .min(1, { error: 'validation.positiveAmount' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'validation.amount' }),
  serialNumbers: z.array(z.string().trim().min(1).max(80)).max(1000).default([]),
});
export type ClaimLineInput = z.input<typeof claimLineInputSchema>;

export const claimInputSchema = z.object({
  programId: ulidField,
  partnerId: ulidField,
  invoiceNumber: requiredText(60),
  invoiceDate: isoDateField,
  lines: z.array(claimLineInputSchema).min(1, { error: 'validation.claimNoLines' }).max(500),
  attachments: z.array(attachmentRefSchema).max(20).default([]),
  note: optionalText(limits.longText),
  /** The user's today: an invoice dated after it is refused. */
  today: isoDateField,
});
export type ClaimInput = z.input<typeof claimInputSchema>;

/** Editing is possible while the claim is submitted (not yet decided). */
export const claimUpdateInputSchema = claimInputSchema.extend({
  id: ulidField,
  revision: z.number().int().min(0),
});
export type ClaimUpdateInput = z.input<typeof claimUpdateInputSchema>;

/**
 * approve: submitted → approved, posts the awards. reject: submitted → rejected (reason required).
 * reverse: approved → reversed (reason required), posts reversing entries.
 */
export const claimDecisionInputSchema = z.object({
  id: ulidField,
  revision: z.number().int().min(0),
  decision: z.enum(['approve', 'reject', 'reverse']),
  reason: optionalText(limits.longText),
  today: isoDateField,
});
export type ClaimDecisionInput = z.input<typeof claimDecisionInputSchema>;

export const claimLineSchema = z.object({
  sku: z.string(),
  productId: z.string(),
  productName: z.string(),
  category: z.string(),
  quantity: z.number().int(),
  amountMinor: z.number().int(),
  serialNumbers: z.array(z.string()),
});
export type ClaimLine = z.infer<typeof claimLineSchema>;

export const ledgerEntryKinds = ['earn', 'redeem', 'adjust', 'expire', 'reverse'] as const;
export type LedgerEntryKind = (typeof ledgerEntryKinds)[number];

/** One append-only ledger entry: signed amount in points or minor units of the program's currency. */
export const ledgerEntrySchema = z.object({
  id: z.string(),
  programId: z.string(),
  partnerId: z.string(),
  kind: z.enum(ledgerEntryKinds),
  unit: z.enum(['points', 'money']),
  amount: z.number().int(),
  /** The day the entry counts from (an award: the approval day; an expiry: the expiry day). */
  postedOn: z.string(),
  ruleKey: z.string().nullable(),
  period: z.string().nullable(),
  /** Earned points: the day they expire unless spent first; null: never. */
  expiresOn: z.string().nullable(),
  claimId: z.string().nullable(),
  redemptionId: z.string().nullable(),
  reversesId: z.string().nullable(),
  explanation: awardExplanationSchema.nullable(),
  reason: z.string(),
  actorName: z.string(),
  createdAt: z.string(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const claimSchema = z.object({
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  invoiceNumber: z.string(),
  invoiceDate: z.string(),
  lines: z.array(claimLineSchema),
  totalMinor: z.number().int(),
  units: z.number().int(),
  currency: z.string(),
  attachments: z.array(attachmentRefSchema),
  note: z.string(),
  status: z.enum(claimStatuses),
  decisionReason: z.string(),
  decidedOn: z.string().nullable(),
  decidedByName: z.string(),
  /** Live claims of OTHER partners with the same invoice number: flagged, not refused. */
  duplicates: z.array(
    z.object({
      claimId: z.string(),
      partnerId: z.string(),
      partnerName: z.string(),
      invoiceDate: z.string(),
    }),
  ),
  /** Ledger entries this claim's approval or reversal posted, each with its explanation. */
  awards: z.array(ledgerEntrySchema),
  importId: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
});
export type Claim = z.infer<typeof claimSchema>;

export const claimRowSchema = claimSchema
  .pick({
    id: true,
    programId: true,
    programName: true,
    partnerId: true,
    partnerName: true,
    invoiceNumber: true,
    invoiceDate: true,
    totalMinor: true,
    units: true,
    currency: true,
    status: true,
    createdAt: true,
  })
  .extend({ lines: z.number().int(), attachments: z.number().int(), flagged: z.boolean() });
export type ClaimRow = z.infer<typeof claimRowSchema>;

export const claimSortFields = ['invoiceDate', 'partnerName', 'totalMinor', 'createdAt'] as const;

export const claimListInputSchema = z.object({
  programId: ulidField.nullable().default(null),
  partnerId: ulidField.nullable().default(null),
  statuses: z.array(z.enum(claimStatuses)).default([]),
  from: isoDateField.nullable().default(null),
  to: isoDateField.nullable().default(null),
  /** Matches the invoice number or the partner's name. */
  search: z.string().trim().max(limits.shortText).default(''),
  /** Only claims whose invoice number also appears at another partner. */
  flaggedOnly: z.boolean().default(false),
  importId: ulidField.nullable().default(null),
  sort: z.enum(claimSortFields).default('createdAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type ClaimListInput = z.input<typeof claimListInputSchema>;

export const claimListOutputSchema = z.object({
  rows: z.array(claimRowSchema),
  total: z.number().int(),
  totalMinor: z.number().int(),
  /** Counts per status over every claim matching the other filters. */
  byStatus: z.record(z.enum(claimStatuses), z.number().int()),
});
export type ClaimListOutput = z.infer<typeof claimListOutputSchema>;
