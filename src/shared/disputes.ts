// Disputes ("cases"): conflicts with a partner or between partners, the workflow that settles them,
// their permanent step-by-step timeline, SLA deadlines, the case library and the reports.
import { z } from 'zod';
import { attachmentRefSchema } from './visit-notes';
import { isoDateField, limits, optionalText, requiredText, ulidField } from './validation';

export const disputeKinds = [
  'channel-conflict',
  'price',
  'rebate-payment',
  'delivery-quality',
  'contract-terms',
  'service',
  'other',
] as const;
export type DisputeKind = (typeof disputeKinds)[number];

export const disputeSeverities = ['low', 'medium', 'high', 'critical'] as const;
export type DisputeSeverity = (typeof disputeSeverities)[number];

export const disputeStatuses = [
  'open',
  'investigating',
  'resolution-proposed',
  'escalated',
  'resolved',
  'closed',
] as const;
export type DisputeStatus = (typeof disputeStatuses)[number];

/** Statuses in which the case is still being worked on and its SLA clock runs. */
export const openDisputeStatuses = [
  'open',
  'investigating',
  'resolution-proposed',
  'escalated',
] as const satisfies readonly DisputeStatus[];

export function isOpenDisputeStatus(status: DisputeStatus): boolean {
  return (openDisputeStatuses as readonly DisputeStatus[]).includes(status);
}

/** Why it happened, for the case library and for learning across cases. */
export const disputeRootCauses = [
  'territory-overlap',
  'pricing-policy',
  'communication-gap',
  'rebate-terms',
  'logistics',
  'product-defect',
  'contract-ambiguity',
  'credit-payment',
  'staff-conduct',
  'competitor-action',
  'other',
] as const;
export type DisputeRootCause = (typeof disputeRootCauses)[number];

/**
 * The workflow: the next statuses allowed from each one. Reopening (resolved/closed → open) needs
 * a reason; "resolution proposed → investigating" is the partner turning a proposal down.
 */
export const disputeTransitions: Record<DisputeStatus, readonly DisputeStatus[]> = {
  open: ['investigating', 'escalated'],
  investigating: ['resolution-proposed', 'escalated'],
  'resolution-proposed': ['resolved', 'investigating', 'escalated'],
  escalated: ['investigating', 'resolution-proposed'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

/** Kinds of step a person logs on a case (status changes and edits are logged by the app). */
export const disputeStepKinds = ['note', 'call', 'meeting', 'offer', 'document', 'correction'] as const;
/** Every kind of entry on a case's timeline. */
export const disputeEntryKinds = ['opened', 'status', 'edit', ...disputeStepKinds] as const;
export type DisputeEntryKind = (typeof disputeEntryKinds)[number];

/** A sum of money in minor units (cents, sen) with its ISO 4217 currency. */
export const moneyInputSchema = z.object({
  amountMinor: z
    .number({ error: 'validation.amount' })
    .int({ error: 'validation.amount' })
    .refine((amount) => amount >= 0, { error: 'validation.negativeAmount' })
    .refine((amount) => amount <= 1e15, { error: 'validation.amount' }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'validation.currency' }),
});
export type Money = z.infer<typeof moneyInputSchema>;

/** What a user fills in when logging a case or editing its facts. */
export const disputeFieldsSchema = z
  .object({
    kind: z.enum(disputeKinds, { error: 'validation.choice' }),
    title: requiredText(limits.name),
    description: optionalText(limits.longText),
    /** The partners involved; the first is the lead (its region and country count for the case). */
    partnerIds: z.array(ulidField).max(20, { error: 'validation.tooMany' }),
    contactIds: z.array(ulidField).max(50, { error: 'validation.tooMany' }).default([]),
    /** Teammates involved besides the owner. */
    teammateIds: z.array(ulidField).max(50, { error: 'validation.tooMany' }).default([]),
    /** Who reported it; null is the person logging it. */
    reporterId: ulidField.nullable().default(null),
    /** Who owns it; null is the lead partner's owner (or the person logging it). */
    ownerId: ulidField.nullable().default(null),
    severity: z.enum(disputeSeverities, { error: 'validation.choice' }),
    rootCause: z.enum(disputeRootCauses, { error: 'validation.choice' }).nullable().default(null),
    compensation: moneyInputSchema.nullable().default(null),
  })
  .superRefine((fields, ctx) => {
    const distinct = new Set(fields.partnerIds).size;
    if (fields.kind === 'channel-conflict' && distinct < 2) {
      ctx.addIssue({ code: 'custom', path: ['partnerIds'], message: 'validation.conflictParties' });
    } else if (fields.kind !== 'channel-conflict' && distinct !== 1) {
      ctx.addIssue({ code: 'custom', path: ['partnerIds'], message: 'validation.oneParty' });
    }
    if (distinct !== fields.partnerIds.length) {
      ctx.addIssue({ code: 'custom', path: ['partnerIds'], message: 'validation.duplicateParty' });
    }
  });
export type DisputeFieldsInput = z.input<typeof disputeFieldsSchema>;
export type DisputeFields = z.output<typeof disputeFieldsSchema>;

/** An ISO instant with a zone, not in the future by more than a few minutes (clock skew). */
export const pastInstantField = z
  .string()
  .trim()
  .refine((v) => /T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), { error: 'validation.dateTime' })
  .refine((v) => Date.parse(v) <= Date.now() + 5 * 60_000, { error: 'validation.futureTime' });

export const disputeCreateInputSchema = z.object({
  dispute: disputeFieldsSchema,
  /** When it was opened (back-dated when logged late); defaults to now. */
  openedAt: pastInstantField.optional(),
  /** The user's time zone: SLA business days are counted in it. */
  timeZone: z.string().trim().max(64).default('UTC'),
});
export type DisputeCreateInput = z.input<typeof disputeCreateInputSchema>;

/**
 * Every change to a case names the revision the user saw; a case changed since then is refused
 * with a conflict message instead of silently overwriting someone else's change.
 */
const revisionField = z.number().int().min(0);

export const disputeUpdateInputSchema = z.object({
  id: ulidField,
  revision: revisionField,
  dispute: disputeFieldsSchema,
});
export type DisputeUpdateInput = z.input<typeof disputeUpdateInputSchema>;

export const disputeTransitionInputSchema = z.object({
  id: ulidField,
  revision: revisionField,
  to: z.enum(disputeStatuses, { error: 'validation.choice' }),
  /**
   * What goes with the move: the agreed resolution (resolved), lessons learned (closed, may be
   * "none"), the reason (reopen, escalate) or a comment (other moves).
   */
  text: optionalText(limits.longText),
  /** Compensation agreed when resolving (replaces the case's). */
  compensation: moneyInputSchema.nullable().optional(),
  rootCause: z.enum(disputeRootCauses, { error: 'validation.choice' }).nullable().optional(),
});
export type DisputeTransitionInput = z.input<typeof disputeTransitionInputSchema>;

export const disputeStepInputSchema = z.object({
  disputeId: ulidField,
  kind: z.enum(disputeStepKinds, { error: 'validation.choice' }),
  /** When it happened (a call yesterday is logged today); defaults to now. */
  at: pastInstantField.optional(),
  text: requiredText(limits.longText),
  attachments: z.array(attachmentRefSchema).max(20, { error: 'validation.tooMany' }).default([]),
  /** For a correction: the entry it corrects (which itself stays as it was). */
  correctsEntryId: ulidField.nullable().default(null),
});
export type DisputeStepInput = z.input<typeof disputeStepInputSchema>;

export const disputeEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(disputeEntryKinds),
  at: z.string(),
  loggedAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  text: z.string(),
  fromStatus: z.enum(disputeStatuses).nullable(),
  toStatus: z.enum(disputeStatuses).nullable(),
  attachments: z.array(attachmentRefSchema),
  correctsEntryId: z.string().nullable(),
  /** Ids of later entries correcting this one. */
  correctedBy: z.array(z.string()),
});
export type DisputeEntry = z.infer<typeof disputeEntrySchema>;

const partyPartnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  country: z.string(),
});

/** SLA standing at the moment asked: time left (negative: overdue), or how it ended. */
export const slaStateSchema = z.object({
  dueAt: z.string(),
  /** Open and past due, or resolved after the due time. */
  breached: z.boolean(),
  /** Milliseconds until due (negative when overdue); null once resolved or closed. */
  msLeft: z.number().nullable(),
});
export type SlaState = z.infer<typeof slaStateSchema>;

export const disputeSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(disputeKinds),
  title: z.string(),
  severity: z.enum(disputeSeverities),
  status: z.enum(disputeStatuses),
  partners: z.array(partyPartnerSchema),
  region: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  openedAt: z.string(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  rootCause: z.enum(disputeRootCauses).nullable(),
  sla: slaStateSchema,
  revision: z.number().int(),
});
export type DisputeSummary = z.infer<typeof disputeSummarySchema>;

export const disputeSchema = disputeSummarySchema.extend({
  description: z.string(),
  contactIds: z.array(z.string()),
  teammateIds: z.array(z.string()),
  reporterId: z.string().nullable(),
  reporterName: z.string().nullable(),
  compensation: moneyInputSchema.nullable(),
  resolution: z.string(),
  lessonsLearned: z.string(),
  timeZone: z.string(),
  /** The statuses this case may move to now (the workflow table applied to its status). */
  allowedTransitions: z.array(z.enum(disputeStatuses)),
  entries: z.array(disputeEntrySchema),
});
export type Dispute = z.infer<typeof disputeSchema>;

/** Age of an open case since it was opened, for the report's columns. */
export const disputeAgeBuckets = ['under-7', '7-30', '31-90', 'over-90'] as const;
export type DisputeAgeBucket = (typeof disputeAgeBuckets)[number];

export const disputeListInputSchema = z.object({
  statuses: z.array(z.enum(disputeStatuses)).default([]),
  kinds: z.array(z.enum(disputeKinds)).default([]),
  severities: z.array(z.enum(disputeSeverities)).default([]),
  rootCauses: z.array(z.enum(disputeRootCauses)).default([]),
  ownerId: ulidField.nullable().default(null),
  /** Cases nobody owns (the report's "no owner" row). */
  unowned: z.boolean().default(false),
  partnerId: ulidField.nullable().default(null),
  region: z.string().max(limits.shortText).nullable().default(null),
  /** Only cases whose SLA is breached (open past due, or resolved late). */
  breached: z.boolean().default(false),
  ageBucket: z.enum(disputeAgeBuckets).nullable().default(null),
  /** Resolved within this period (the report's resolution-time figures). */
  resolvedFrom: isoDateField.nullable().default(null),
  resolvedTo: isoDateField.nullable().default(null),
  /** Opened within this period (the SLA breach rate's population). */
  openedFrom: isoDateField.nullable().default(null),
  openedTo: isoDateField.nullable().default(null),
  /** Words in the title, description, resolution or lessons learned. */
  text: z.string().trim().max(limits.shortText).default(''),
  sort: z.enum(['due', 'opened', 'severity', 'resolved']).default('due'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type DisputeListInput = z.input<typeof disputeListInputSchema>;
export type DisputeListQuery = z.output<typeof disputeListInputSchema>;

export const disputeListOutputSchema = z.object({
  rows: z.array(disputeSummarySchema),
  total: z.number().int(),
});
export type DisputeListOutput = z.infer<typeof disputeListOutputSchema>;

/** The case library: settled cases to learn from, found by kind, cause, partner, region, words. */
export const disputeLibraryInputSchema = z.object({
  text: z.string().trim().max(limits.shortText).default(''),
  kinds: z.array(z.enum(disputeKinds)).default([]),
  rootCauses: z.array(z.enum(disputeRootCauses)).default([]),
  partnerId: ulidField.nullable().default(null),
  region: z.string().max(limits.shortText).nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(20),
});
export type DisputeLibraryInput = z.input<typeof disputeLibraryInputSchema>;

export const disputeLibraryEntrySchema = disputeSummarySchema.extend({
  resolution: z.string(),
  lessonsLearned: z.string(),
  compensation: moneyInputSchema.nullable(),
  /** Where the words matched, with the matches between « and ». */
  snippet: z.string(),
  daysToResolve: z.number().nullable(),
});
export type DisputeLibraryEntry = z.infer<typeof disputeLibraryEntrySchema>;

export const disputeLibraryOutputSchema = z.object({
  rows: z.array(disputeLibraryEntrySchema),
  total: z.number().int(),
});

/** SLA per severity in business days (Monday to Friday, public holidays of the lead partner's country skipped). */
export const slaBusinessDaysSchema = z.object({
  low: slaDaysField(),
  medium: slaDaysField(),
  high: slaDaysField(),
  critical: slaDaysField(),
});
export type SlaBusinessDays = z.infer<typeof slaBusinessDaysSchema>;

function slaDaysField() {
  return z
    .number({ error: 'validation.slaDays' })
    .int({ error: 'validation.slaDays' })
    .refine((days) => days >= 1 && days <= 90, { error: 'validation.slaDays' });
}

export const defaultSlaBusinessDays: SlaBusinessDays = { critical: 1, high: 3, medium: 5, low: 10 };

export const disputeSettingsSchema = z.object({ slaBusinessDays: slaBusinessDaysSchema });
export type DisputeSettings = z.infer<typeof disputeSettingsSchema>;

const countRowSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

export const disputeReportInputSchema = z.object({
  /** Period for resolution times and SLA breach rates (cases resolved / opened in it). */
  from: isoDateField,
  to: isoDateField,
  region: z.string().max(limits.shortText).nullable().default(null),
  ownerId: ulidField.nullable().default(null),
});
export type DisputeReportInput = z.input<typeof disputeReportInputSchema>;

export const disputeReportSchema = z.object({
  openTotal: z.number().int(),
  openByKind: z.array(countRowSchema),
  openByAge: z.array(countRowSchema),
  /** key is the owner id, or '' for cases nobody owns. */
  openByOwner: z.array(countRowSchema),
  /** Cases resolved in the period: how long from opening to (last) resolution, in days. */
  resolution: z.object({
    count: z.number().int(),
    meanDays: z.number().nullable(),
    medianDays: z.number().nullable(),
  }),
  /** Cases opened in the period, by the lead partner's region: how many breached their SLA. */
  slaByRegion: z.array(
    z.object({
      region: z.string(),
      total: z.number().int(),
      breached: z.number().int(),
      rate: z.number(),
    }),
  ),
});
export type DisputeReport = z.infer<typeof disputeReportSchema>;

/** Cases on the home screen: SLA breached, or due within the next day. */
export const disputeAlertsInputSchema = z.object({
  ownerIds: z.array(ulidField).max(200).default([]),
  limit: z.number().int().min(1).max(100).default(10),
});
export const disputeAlertsSchema = z.object({
  breached: z.array(disputeSummarySchema),
  breachedTotal: z.number().int(),
  dueSoon: z.array(disputeSummarySchema),
  dueSoonTotal: z.number().int(),
});
export type DisputeAlerts = z.infer<typeof disputeAlertsSchema>;

/** A list exported to CSV: the file name and its text (UTF-8 with a header row). */
export const csvExportSchema = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() });
export type CsvExport = z.infer<typeof csvExportSchema>;
