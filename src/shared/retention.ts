// Retention: partners at risk of leaving, the actions taken to keep them, how it ended, and the
// playbooks that set up those actions in one click.
import { z } from 'zod';
import { stepProblems } from './playbook-schedule';
import { isoDateField, limits, optionalText, requiredText, ulidField } from './validation';

/** Retention measures from the field. */
export const retentionActionKinds = [
  'deep-communication',
  'core-problem',
  'special-support',
  'emotional-retention',
  'incentive-offer',
  'other',
] as const;
export type RetentionActionKind = (typeof retentionActionKinds)[number];

export const retentionActionStatuses = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type RetentionActionStatus = (typeof retentionActionStatuses)[number];

export const retentionOutcomes = ['open', 'retained', 'churned'] as const;
export type RetentionOutcome = (typeof retentionOutcomes)[number];

/** Situations a playbook is written for; 'other' for a team's own. */
export const retentionSituations = [
  'falling-orders',
  'tier-drop',
  'major-dispute',
  'competitor-poaching',
  'hardship',
  'other',
] as const;
export type RetentionSituation = (typeof retentionSituations)[number];

/** Who raised the risk: a person now; the loyalty score (issue 5) later. */
export const retentionSources = ['manual', 'loyalty', 'dispute'] as const;
export type RetentionSource = (typeof retentionSources)[number];

const revisionField = z.number().int().min(0);

export const retentionCaseOpenInputSchema = z.object({
  partnerId: ulidField,
  situation: z.enum(retentionSituations, { error: 'validation.choice' }),
  reason: requiredText(limits.longText),
  /** Null: the partner's owner (or the person opening it). */
  ownerId: ulidField.nullable().default(null),
  /** The dispute that put the partner at risk, if any. */
  disputeId: ulidField.nullable().default(null),
  /** The user's today (YYYY-MM-DD): the case's opening day. */
  today: isoDateField,
});
export type RetentionCaseOpenInput = z.input<typeof retentionCaseOpenInputSchema>;

export const retentionCaseUpdateInputSchema = z.object({
  id: ulidField,
  revision: revisionField,
  situation: z.enum(retentionSituations, { error: 'validation.choice' }),
  reason: requiredText(limits.longText),
  ownerId: ulidField.nullable(),
});
export type RetentionCaseUpdateInput = z.input<typeof retentionCaseUpdateInputSchema>;

/** Record how it ended (retained or churned, on a day), or set it back to open. */
export const retentionOutcomeInputSchema = z
  .object({
    id: ulidField,
    revision: revisionField,
    outcome: z.enum(retentionOutcomes, { error: 'validation.choice' }),
    /** The day it was decided; required unless setting it back to open. */
    on: isoDateField.nullable().default(null),
    note: optionalText(limits.longText),
    /** When deciding: cancel the actions still planned or in progress (none left dangling). */
    cancelOpenActions: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    if (input.outcome !== 'open' && input.on === null) {
      ctx.addIssue({ code: 'custom', path: ['on'], message: 'validation.required' });
    }
  });
export type RetentionOutcomeInput = z.input<typeof retentionOutcomeInputSchema>;

export const retentionActionFieldsSchema = z.object({
  kind: z.enum(retentionActionKinds, { error: 'validation.choice' }),
  title: requiredText(limits.name),
  ownerId: ulidField.nullable().default(null),
  dueDate: isoDateField,
  status: z.enum(retentionActionStatuses, { error: 'validation.choice' }).default('planned'),
  notes: optionalText(limits.longText),
  outcome: optionalText(limits.longText),
});
export type RetentionActionFieldsInput = z.input<typeof retentionActionFieldsSchema>;
export type RetentionActionFields = z.output<typeof retentionActionFieldsSchema>;

export const retentionActionCreateInputSchema = z.object({
  caseId: ulidField,
  action: retentionActionFieldsSchema,
});
export const retentionActionUpdateInputSchema = z.object({
  id: ulidField,
  revision: revisionField,
  action: retentionActionFieldsSchema,
});

export const retentionActionSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  partnerId: z.string(),
  kind: z.enum(retentionActionKinds),
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(retentionActionStatuses),
  notes: z.string(),
  outcome: z.string(),
  playbookId: z.string().nullable(),
  /** Open (planned or in progress) and past its due day, as of the day asked. */
  overdue: z.boolean(),
  revision: z.number().int(),
});
export type RetentionAction = z.infer<typeof retentionActionSchema>;

export const retentionCaseSummarySchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  region: z.string(),
  situation: z.enum(retentionSituations),
  reason: z.string(),
  source: z.enum(retentionSources),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  openedOn: z.string(),
  outcome: z.enum(retentionOutcomes),
  outcomeOn: z.string().nullable(),
  /** The last playbook run on it (the report counts success by playbook). */
  playbookId: z.string().nullable(),
  playbookName: z.string().nullable(),
  /** The playbook matching why the loyalty score raised the case (source 'loyalty'), if any. */
  suggestedPlaybookId: z.string().nullable(),
  actionsOpen: z.number().int(),
  actionsDone: z.number().int(),
  revision: z.number().int(),
});
export type RetentionCaseSummary = z.infer<typeof retentionCaseSummarySchema>;

export const retentionCaseSchema = retentionCaseSummarySchema.extend({
  outcomeNote: z.string(),
  disputeId: z.string().nullable(),
  /** The playbook the loyalty score suggested when it opened the case (issue 5). */
  suggestedPlaybookId: z.string().nullable(),
  suggestedPlaybookName: z.string().nullable(),
  actions: z.array(retentionActionSchema),
});
export type RetentionCase = z.infer<typeof retentionCaseSchema>;

export const retentionCaseListInputSchema = z.object({
  partnerId: ulidField.nullable().default(null),
  outcomes: z.array(z.enum(retentionOutcomes)).default([]),
  ownerId: ulidField.nullable().default(null),
  region: z.string().max(limits.shortText).nullable().default(null),
  playbookId: ulidField.nullable().default(null),
  /** Cases no playbook was run on (the report's "no playbook" row). */
  withoutPlaybook: z.boolean().default(false),
  /** Outcome decided within this period (the success-rate population). */
  outcomeFrom: isoDateField.nullable().default(null),
  outcomeTo: isoDateField.nullable().default(null),
  today: isoDateField.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type RetentionCaseListInput = z.input<typeof retentionCaseListInputSchema>;
export type RetentionCaseListQuery = z.output<typeof retentionCaseListInputSchema>;

export const retentionCaseListOutputSchema = z.object({
  rows: z.array(retentionCaseSummarySchema),
  total: z.number().int(),
});

/**
 * One step of a playbook: an action created when the playbook runs, due `offsetDays` after the
 * run day, or after the due day of the step it waits on (`after`).
 */
export const playbookStepSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, { error: 'validation.stepKey' }),
  kind: z.enum(retentionActionKinds, { error: 'validation.choice' }),
  title: requiredText(limits.name),
  offsetDays: z
    .number({ error: 'validation.offsetDays' })
    .int({ error: 'validation.offsetDays' })
    .refine((days) => days >= 0 && days <= 365, { error: 'validation.offsetDays' }),
  after: z.string().trim().max(40).nullable().default(null),
  /** Null: the partner's owner. */
  assigneeId: ulidField.nullable().default(null),
  notes: optionalText(limits.longText),
});
export type PlaybookStep = z.output<typeof playbookStepSchema>;
export type PlaybookStepInput = z.input<typeof playbookStepSchema>;

const playbookFieldsObject = z.object({
  name: requiredText(limits.name),
  situation: z.enum(retentionSituations, { error: 'validation.choice' }),
  description: optionalText(limits.longText),
  steps: z
    .array(playbookStepSchema)
    .min(1, { error: 'validation.playbookEmpty' })
    .max(50, { error: 'validation.tooMany' }),
});

/** A playbook as saved: its steps must form a schedule (known `after`, unique keys, no circle). */
export const playbookFieldsSchema = playbookFieldsObject.superRefine((playbook, ctx) => {
  for (const problem of stepProblems(playbook.steps)) {
    ctx.addIssue({
      code: 'custom',
      path: ['steps', problem.index, problem.field],
      message: problem.key,
      ...(problem.params ? { params: problem.params } : {}),
    });
  }
});
export type PlaybookFieldsInput = z.input<typeof playbookFieldsSchema>;
export type PlaybookFields = z.output<typeof playbookFieldsSchema>;

/** Save a playbook: a new one (id null), or an edit of one (a shipped default is edited in place). */
export const playbookSaveInputSchema = z.object({
  id: ulidField.nullable().default(null),
  revision: revisionField.nullable().default(null),
  playbook: playbookFieldsSchema,
});
export type PlaybookSaveInput = z.input<typeof playbookSaveInputSchema>;

export const playbookSchema = playbookFieldsObject.extend({
  id: z.string(),
  /** Shipped with the app (can be edited and reset, not deleted). */
  builtIn: z.boolean(),
  /** Edited from the shipped version. */
  customized: z.boolean(),
  revision: z.number().int(),
});
export type Playbook = z.infer<typeof playbookSchema>;

/** Run a playbook for a partner: its steps become actions, in one batch. */
export const playbookRunInputSchema = z.object({
  playbookId: ulidField,
  partnerId: ulidField,
  /** Add to this open case; null opens a new case (or uses the partner's open one). */
  caseId: ulidField.nullable().default(null),
  /** The reason when a new case is opened. */
  reason: optionalText(limits.longText),
  today: isoDateField,
});
export type PlaybookRunInput = z.input<typeof playbookRunInputSchema>;

export const playbookRunOutputSchema = z.object({
  caseId: z.string(),
  actionIds: z.array(z.string()),
  batchId: z.string(),
});

export const retentionReportInputSchema = z.object({
  from: isoDateField,
  to: isoDateField,
  region: z.string().max(limits.shortText).nullable().default(null),
});
export type RetentionReportInput = z.input<typeof retentionReportInputSchema>;

const successRowSchema = z.object({
  /** Playbook id or region name; '' for "no playbook". */
  key: z.string(),
  label: z.string(),
  retained: z.number().int(),
  churned: z.number().int(),
  /** retained / (retained + churned); null when none was closed. */
  rate: z.number().nullable(),
});

export const retentionReportSchema = z.object({
  openCases: z.number().int(),
  closed: z.object({ retained: z.number().int(), churned: z.number().int(), rate: z.number().nullable() }),
  byPlaybook: z.array(successRowSchema),
  byRegion: z.array(successRowSchema),
});
export type RetentionReport = z.infer<typeof retentionReportSchema>;

/** Partners newly at risk, for the home screen. */
export const retentionAlertsInputSchema = z.object({
  today: isoDateField,
  ownerIds: z.array(ulidField).max(200).default([]),
  /** Cases opened in the last N days count as new. */
  days: z.number().int().min(1).max(90).default(7),
  limit: z.number().int().min(1).max(100).default(10),
});
export const retentionAlertsSchema = z.object({
  newlyAtRisk: z.array(retentionCaseSummarySchema),
  newlyAtRiskTotal: z.number().int(),
  actionsDue: z.array(retentionActionSchema.extend({ partnerName: z.string() })),
  actionsDueTotal: z.number().int(),
});
export type RetentionAlerts = z.infer<typeof retentionAlertsSchema>;
