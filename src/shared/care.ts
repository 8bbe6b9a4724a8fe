// Care events (birthdays, festivals, visits, meetings, trainings, hardship care, ...) and the
// commitments made to and by partners: entity and form schemas.
import { z } from 'zod';
import { isoDateField, limits, optionalText, requiredText, ulidField } from './validation';

export const careEventKinds = [
  'birthday',
  'anniversary',
  'festival',
  'visit',
  'meeting',
  'training',
  'team-building',
  'family-activity',
  'hardship-care',
  'follow-up',
  'custom',
] as const;
export type CareEventKind = (typeof careEventKinds)[number];

export const careEventStatuses = ['planned', 'done', 'skipped'] as const;
export type CareEventStatus = (typeof careEventStatuses)[number];

/** An instant as an ISO string with a zone (what a time input plus the user's zone produce). */
const instantField = z
  .string()
  .trim()
  .refine(
    (v) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
      !Number.isNaN(Date.parse(v)),
    {
      error: 'validation.dateTime',
    },
  );

const exceptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('skip'), occurrence: z.string().min(10).max(40) }),
  z.object({
    kind: z.literal('move'),
    occurrence: z.string().min(10).max(40),
    start: z.string().min(10).max(40),
    end: z.string().min(10).max(40).nullable().default(null),
  }),
]);
export type CareEventException = z.infer<typeof exceptionSchema>;

/** What a user enters for a stored care event; derived birthdays and festivals are not stored. */
export const careEventInputSchema = z
  .object({
    partnerId: ulidField,
    kind: z.enum(careEventKinds, { error: 'validation.choice' }),
    title: requiredText(limits.name),
    ownerId: ulidField.nullable().default(null),
    contactIds: z.array(ulidField).max(50, { error: 'validation.tooMany' }).default([]),
    allDay: z.boolean().default(true),
    /** YYYY-MM-DD for all-day events, an ISO instant otherwise. */
    start: z.string().trim(),
    end: z.string().trim().nullable().default(null),
    timeZone: z.string().trim().max(64).default('UTC'),
    /** An RFC 5545 RRULE without DTSTART, e.g. FREQ=MONTHLY;INTERVAL=1; null for a single event. */
    rrule: z.string().trim().max(500).nullable().default(null),
    exceptions: z.array(exceptionSchema).max(500).default([]),
    status: z.enum(careEventStatuses, { error: 'validation.choice' }).default('planned'),
    outcomeNote: optionalText(limits.longText),
  })
  .superRefine((event, ctx) => {
    const field = event.allDay ? isoDateField : instantField;
    if (!field.safeParse(event.start).success) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: event.allDay ? 'validation.date' : 'validation.dateTime',
      });
      return;
    }
    if (event.end === null || event.end === '') return;
    if (!field.safeParse(event.end).success) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: event.allDay ? 'validation.date' : 'validation.dateTime',
      });
    } else if (compareMoments(event.end, event.start) < 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.endBeforeStart' });
    }
  });
export type CareEventInput = z.input<typeof careEventInputSchema>;
export type CareEventFields = z.output<typeof careEventInputSchema>;

function compareMoments(a: string, b: string): number {
  return a.length === 10 && b.length === 10 ? a.localeCompare(b) : Date.parse(a) - Date.parse(b);
}

export const careEventSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  kind: z.enum(careEventKinds),
  title: z.string(),
  ownerId: z.string().nullable(),
  contactIds: z.array(z.string()),
  allDay: z.boolean(),
  start: z.string(),
  end: z.string().nullable(),
  timeZone: z.string(),
  rrule: z.string().nullable(),
  exceptions: z.array(exceptionSchema),
  status: z.enum(careEventStatuses),
  outcomeNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CareEvent = z.infer<typeof careEventSchema>;

export const commitmentStatuses = ['open', 'kept', 'broken', 'cancelled'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** A promise made in a visit or a call: by us to the partner, or by the partner to us. */
export const commitmentInputSchema = z.object({
  partnerId: ulidField,
  description: requiredText(limits.address),
  madeBy: z.enum(['us', 'partner'], { error: 'validation.choice' }),
  ownerId: ulidField.nullable().default(null),
  dueDate: isoDateField,
  status: z.enum(commitmentStatuses, { error: 'validation.choice' }).default('open'),
  note: optionalText(limits.longText),
  /** The care event (usually a visit) in which it was made. */
  careEventId: ulidField.nullable().default(null),
});
export type CommitmentInput = z.input<typeof commitmentInputSchema>;
export type CommitmentFields = z.output<typeof commitmentInputSchema>;

export const commitmentSchema = commitmentInputSchema.extend({
  id: z.string(),
  partnerName: z.string(),
  ownerName: z.string().nullable(),
  /** Open and past its due date (as of the day the list was asked for). */
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const commitmentListInputSchema = z.object({
  partnerId: ulidField.optional(),
  ownerId: ulidField.optional(),
  statuses: z.array(z.enum(commitmentStatuses)).default([]),
  /** Only open commitments due on or before this day (the home screen's "due" list). */
  dueBy: isoDateField.optional(),
  /** The user's today (YYYY-MM-DD) for computing "overdue"; the core's date when absent. */
  today: isoDateField.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type CommitmentListInput = z.input<typeof commitmentListInputSchema>;

export const visitsDueInputSchema = z.object({
  regions: z.array(z.string().max(limits.shortText)).max(200).default([]),
  ownerIds: z.array(ulidField).max(200).default([]),
  /** The user's today (YYYY-MM-DD). */
  today: isoDateField,
  /** Also list partners that become due within this many days. */
  horizonDays: z.number().int().min(0).max(366).default(7),
  limit: z.number().int().min(1).max(2000).default(500),
});
export type VisitsDueInput = z.input<typeof visitsDueInputSchema>;

export const visitDueSchema = z.object({
  partnerId: z.string(),
  partnerName: z.string(),
  region: z.string(),
  city: z.string(),
  country: z.string(),
  ownerName: z.string().nullable(),
  cadenceDays: z.number().int(),
  /** The last visit held (or planned in the past), null when never visited. */
  lastVisit: z.string().nullable(),
  /** The next visit already planned, if any. */
  nextPlanned: z.string().nullable(),
  dueDate: z.string(),
  /** Days past the due date; negative when due in the future. */
  overdueDays: z.number().int(),
});
export type VisitDue = z.infer<typeof visitDueSchema>;
