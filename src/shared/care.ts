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

/** Care etiquette marks: festive greetings are held back and hardship care is suggested instead. */
export const careStatuses = ['mourning', 'hardship'] as const;
export type CareStatus = (typeof careStatuses)[number];

/** The etiquette fields partners and contacts share (until null: until someone clears it). */
export const careStatusFields = {
  careStatus: z.enum(careStatuses, { error: 'validation.choice' }).nullable().default(null),
  careStatusUntil: isoDateField.nullable().default(null),
  careStatusNote: optionalText(limits.address),
};
export const careStatusOutputFields = {
  careStatus: z.enum(careStatuses).nullable(),
  careStatusUntil: z.string().nullable(),
  careStatusNote: z.string(),
};

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

/** How one occurrence of a series was closed, kept apart from the series' own status. */
const occurrenceCloseFields = {
  status: z.enum(careEventStatuses, { error: 'validation.choice' }).optional(),
  outcomeNote: z.string().max(limits.longText, { error: 'validation.tooLong' }).optional(),
};

/**
 * One occurrence of a series treated differently, named by its original start: skipped (not
 * shown), moved (optionally closed too), or closed where it is (status and outcome of that day).
 */
export const careEventExceptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('skip'), occurrence: z.string().min(10).max(40) }),
  z.object({
    kind: z.literal('move'),
    occurrence: z.string().min(10).max(40),
    start: z.string().min(10).max(40),
    end: z.string().min(10).max(40).nullable().default(null),
    ...occurrenceCloseFields,
  }),
  z.object({
    kind: z.literal('status'),
    occurrence: z.string().min(10).max(40),
    status: z.enum(careEventStatuses, { error: 'validation.choice' }),
    outcomeNote: z.string().max(limits.longText, { error: 'validation.tooLong' }).default(''),
  }),
]);
const exceptionSchema = careEventExceptionSchema;
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
    /** What to prepare or bring (e.g. greetings the planner bundled into a visit). */
    description: optionalText(limits.longText),
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
  description: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CareEvent = z.infer<typeof careEventSchema>;

/**
 * Drag-to-reschedule: move one occurrence of a series (an exception; the series is untouched) or
 * the whole series (its start shifts by the same amount). A single event ignores the scope.
 */
export const careEventRescheduleInputSchema = z.object({
  id: ulidField,
  /** The occurrence's original start as the calendar reported it; null for a single event. */
  occurrence: z.string().min(10).max(40).nullable().default(null),
  scope: z.enum(['occurrence', 'series'], { error: 'validation.choice' }).default('occurrence'),
  /** YYYY-MM-DD for all-day events, an ISO instant otherwise. */
  start: z.string().trim().min(10).max(40),
  end: z.string().trim().min(10).max(40).nullable().default(null),
});
export type CareEventRescheduleInput = z.input<typeof careEventRescheduleInputSchema>;

/** Close an event (or one occurrence of a series) as done or skipped, with what came of it. */
export const careEventCloseInputSchema = z.object({
  id: ulidField,
  occurrence: z.string().min(10).max(40).nullable().default(null),
  status: z.enum(careEventStatuses, { error: 'validation.choice' }),
  outcomeNote: optionalText(limits.longText),
});
export type CareEventCloseInput = z.input<typeof careEventCloseInputSchema>;

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

/** The visit planner: one region, one week. */
export const visitPlanInputSchema = z.object({
  region: z.string().max(limits.shortText),
  /** The Monday (or the locale's first day) of the week to plan. */
  weekStart: isoDateField,
  today: isoDateField,
  ownerIds: z.array(ulidField).max(200).default([]),
});
export type VisitPlanInput = z.input<typeof visitPlanInputSchema>;

export const plannerHolidaySchema = z.object({
  date: z.string(),
  country: z.string(),
  name: z.string(),
  /** Set for the festivals the team greets (so the planner can offer to bundle a greeting). */
  festivalKey: z.string().nullable(),
  publicHoliday: z.boolean(),
});
export type PlannerHoliday = z.infer<typeof plannerHolidaySchema>;

/** A greeting due near the week for a partner in the plan, which a visit could deliver. */
export const plannerGreetingSchema = z.object({
  /** The calendar item key the greeting is logged under (per partner for festivals). */
  key: z.string(),
  partnerId: z.string(),
  date: z.string(),
  kind: z.enum(['birthday', 'anniversary', 'festival']),
  /** Who or what is greeted: the contact's name, the partner's name, the festival's name. */
  title: z.string(),
  contactId: z.string().nullable(),
  festivalKey: z.string().nullable(),
  /** The age reached or the years of partnership, when known. */
  years: z.number().int().nullable(),
});
export type PlannerGreeting = z.infer<typeof plannerGreetingSchema>;

export const visitPlanSchema = z.object({
  /** The seven days planned: weekStart to weekStart + 6. */
  week: z.object({ from: z.string(), to: z.string() }),
  /** Due and overdue partners of the region (and those falling due within the week), by city. */
  partners: z.array(visitDueSchema),
  /** More partners were due than listed (the most overdue are listed); narrow by owner. */
  truncated: z.boolean(),
  /** Public holidays and greeted festivals during the week in the partners' countries. */
  holidays: z.array(plannerHolidaySchema),
  /** Greetings due from three days before to three days after the week, for those partners. */
  greetings: z.array(plannerGreetingSchema),
});
export type VisitPlan = z.infer<typeof visitPlanSchema>;

/** Schedule several visits at once (one batch, undone together). */
export const visitScheduleInputSchema = z.object({
  visits: z
    .array(
      z.object({
        partnerId: ulidField,
        date: isoDateField,
        ownerId: ulidField.nullable().default(null),
        title: requiredText(limits.name),
        /** Keys of planner greetings to deliver on the visit; they are written into its description. */
        greetingKeys: z.array(z.string().max(200)).max(20).default([]),
      }),
    )
    .min(1, { error: 'validation.required' })
    .max(200, { error: 'validation.tooMany' }),
});
export type VisitScheduleInput = z.input<typeof visitScheduleInputSchema>;
