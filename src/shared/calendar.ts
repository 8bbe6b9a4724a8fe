// The care calendar as the UI asks for it: stored events (with their repeats expanded) and the
// derived ones (birthdays, partnership anniversaries, festivals) in a date range, for a filter.
import { z } from 'zod';
import { careEventKinds, careEventStatuses } from './care';
import { careStatusSummarySchema } from './greetings';
import { uiLanguages } from './ui-language';
import { isoDateField, limits, ulidField } from './validation';

export const calendarSources = ['event', 'birthday', 'anniversary', 'festival'] as const;

/** What the calendar shows: a period and a filter (the screen, the agenda and the export share it). */
const calendarFilter = z.object({
  from: isoDateField,
  to: isoDateField,
  ownerIds: z.array(ulidField).max(200).default([]),
  regions: z.array(z.string().max(limits.shortText)).max(200).default([]),
  partnerId: ulidField.optional(),
  kinds: z.array(z.enum(careEventKinds)).default([]),
  /** The user's IANA time zone: which day a timed event falls on. */
  timeZone: z.string().max(64).default('UTC'),
  /** The UI language: festivals are named in it where date-holidays can (else the country's own). */
  language: z.enum(uiLanguages).optional(),
});

/** The period check: the end on or after the start, and at most `maxDays` long. */
function withinDays<T extends { from: string; to: string }>(maxDays: number, tooLong: string) {
  return (input: T, ctx: z.RefinementCtx) => {
    if (input.from > input.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.endBeforeStart' });
    else if (Date.parse(input.to) - Date.parse(input.from) > maxDays * 86_400_000)
      ctx.addIssue({ code: 'custom', path: ['to'], message: tooLong });
  };
}

export const calendarRangeInputSchema = calendarFilter.superRefine(withinDays(62, 'validation.rangeTooLong'));
export type CalendarRangeInput = z.input<typeof calendarRangeInputSchema>;

export const calendarItemSchema = z.object({
  /** Stable per occurrence: the event id and occurrence, or the contact/partner and date. */
  key: z.string(),
  source: z.enum(calendarSources),
  kind: z.enum(careEventKinds),
  title: z.string(),
  allDay: z.boolean(),
  start: z.string(),
  end: z.string().nullable(),
  /** Null for a festival, which belongs to a country rather than a partner. */
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  /** The festival's country (ISO code); null for other items. */
  country: z.string().nullable(),
  /** A festival's stable key, e.g. "hari-raya-aidilfitri", for its greeting templates. */
  festivalKey: z.string().nullable(),
  contactId: z.string().nullable(),
  eventId: z.string().nullable(),
  occurrence: z.string().nullable(),
  status: z.enum(careEventStatuses).nullable(),
  /** Age reached on a birthday (when the year is known), or years of partnership. */
  years: z.number().int().nullable(),
  lunar: z.boolean(),
  /** A 29 February date shown on 28 February in a common year. */
  shiftedFromLeapDay: z.boolean(),
  /** A derived birthday or anniversary already greeted (see the greeting log). */
  greeted: z.boolean(),
  /** Festive greetings held back for this contact or partner (mourning, hardship). */
  suppressed: careStatusSummarySchema.nullable(),
});
export type CalendarItem = z.infer<typeof calendarItemSchema>;

export const calendarRangeOutputSchema = z.object({
  items: z.array(calendarItemSchema),
  /** True when there were more than the items returned (narrow the filter). */
  truncated: z.boolean(),
});

export const calendarExportInputSchema = calendarFilter
  .extend({ calendarName: z.string().trim().min(1).max(100).default('ChannelKeeper') })
  .superRefine(withinDays(366, 'validation.exportTooLong'));
export type CalendarExportInput = z.input<typeof calendarExportInputSchema>;

export const calendarExportOutputSchema = z.object({
  fileName: z.string(),
  /** The .ics text (RFC 5545). */
  content: z.string(),
  eventCount: z.number().int(),
});
