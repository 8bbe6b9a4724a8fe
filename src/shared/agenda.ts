// The home screen's agenda: what needs doing today and this week (greetings to send, visits due,
// commitments due, planned events), overdue first; and the reminders whose lead time has come.
import { z } from 'zod';
import { careEventKinds } from './care';
import { careStatusSummarySchema, greetingOccasions } from './greetings';
import { uiLanguages } from './ui-language';
import { isoDateField, ulidField } from './validation';

export const agendaInputSchema = z.object({
  /** The user's today, YYYY-MM-DD. */
  today: isoDateField,
  timeZone: z.string().max(64).default('UTC'),
  /** Whose agenda: empty means everyone's (a one-person install). */
  ownerIds: z.array(ulidField).max(200).default([]),
  /** How far "This week" reaches, counting today. */
  days: z.number().int().min(1).max(31).default(7),
  /** Each section lists at most this many; counts say how many there were. */
  limit: z.number().int().min(1).max(500).default(100),
  /** The UI language: festivals are named in it where date-holidays can (else the country's own). */
  language: z.enum(uiLanguages).optional(),
});
export type AgendaInput = z.input<typeof agendaInputSchema>;

export const agendaItemTypes = ['greeting', 'festival', 'visit-due', 'commitment', 'event'] as const;
export type AgendaItemType = (typeof agendaItemTypes)[number];

export const agendaItemSchema = z.object({
  /** Stable: the calendar item key, or the commitment / partner id with a prefix. */
  key: z.string(),
  type: z.enum(agendaItemTypes),
  /** The day it is due (the birthday, festival, visit due date, commitment due date, event day). */
  date: z.string(),
  /** Days past due (0 today, negative when still ahead). */
  daysLate: z.number().int(),
  title: z.string(),
  kind: z.enum(careEventKinds).nullable(),
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  /** For greetings: what to greet for, and the age or years of partnership when known. */
  occasion: z.enum(greetingOccasions).nullable(),
  years: z.number().int().nullable(),
  /** For festivals: which one, in which country, and how many partners to greet (and greeted). */
  festivalKey: z.string().nullable(),
  country: z.string().nullable(),
  partnerCount: z.number().int().nullable(),
  greetedCount: z.number().int().nullable(),
  /** The partner's region, for a visit due: the visit planner opens on it. */
  region: z.string().nullable(),
  eventId: z.string().nullable(),
  occurrence: z.string().nullable(),
  commitmentId: z.string().nullable(),
  /** For a commitment: who promised it. */
  madeBy: z.enum(['us', 'partner']).nullable(),
  /** Festive greetings held back: the mark and until when. */
  suppressed: careStatusSummarySchema.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaSectionSchema = z.object({
  items: z.array(agendaItemSchema),
  total: z.number().int(),
});

export const agendaSchema = z.object({
  /** Past due and not done: commitments, visits, planned events, greetings missed this week. */
  overdue: agendaSectionSchema,
  today: agendaSectionSchema,
  /** Tomorrow to the end of the window. */
  thisWeek: agendaSectionSchema,
  /**
   * Items whose reminder lead time has come (for notifications), not yet done, in the same order.
   * Held-back greetings and the backlog of overdue visits are left out: they are not news.
   */
  reminders: z.array(agendaItemSchema),
});
export type Agenda = z.infer<typeof agendaSchema>;

/**
 * Where an agenda item opens in the app (a hash-router path): dated things on the calendar at
 * their day, the rest on their partner's page. Shared so a native notification opens the same.
 */
export function agendaItemPath(item: Pick<AgendaItem, 'type' | 'date' | 'partnerId'>): string {
  if (item.type === 'event' || item.type === 'festival' || item.partnerId === null) {
    return `/calendar?date=${item.date}`;
  }
  return `/partners/${item.partnerId}`;
}

/** The paths agendaItemPath makes, and nothing else: what the app accepts from a notification. */
export function isAgendaItemPath(path: string): boolean {
  return (
    /^\/calendar\?date=\d{4}-\d{2}-\d{2}$/.test(path) || /^\/partners\/[0-9A-HJKMNP-TV-Z]{26}$/.test(path)
  );
}
