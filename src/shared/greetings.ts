// Greetings: the occasions and languages with templates, the festivals greeted per country, the
// greeting dialog's request and answer, the greeting log, user templates and the care settings
// (festivals to greet per country, reminder lead times).
import { z } from 'zod';
import { fieldMessageSchema } from './errors';
import { isoDateField, limits, ulidField } from './validation';

/**
 * The festivals greeted by default, shared with the care calendar's festival settings. These
 * strings are stored in settings and on greetings: never rename one.
 */
export const festivalKeys = [
  'chinese-new-year',
  'hari-raya-aidilfitri',
  'deepavali',
  'christmas',
  'idul-fitri',
  'imlek',
  'natal',
  'koningsdag',
  'sinterklaas',
  'kerstmis',
  'spring-festival',
  'mid-autumn',
  'dragon-boat',
  'national-day',
] as const;
export type FestivalKey = (typeof festivalKeys)[number];

/** Which festivals a partner's country greets unless settings say otherwise. */
export const defaultFestivalsByCountry = {
  MY: ['chinese-new-year', 'hari-raya-aidilfitri', 'deepavali', 'christmas'],
  ID: ['idul-fitri', 'imlek', 'natal'],
  NL: ['koningsdag', 'sinterklaas', 'kerstmis'],
  CN: ['spring-festival', 'mid-autumn', 'dragon-boat', 'national-day'],
} as const satisfies Record<string, readonly FestivalKey[]>;

/** Languages with written default templates; other contact languages fall back to English. */
export const greetingLanguages = ['en', 'zh', 'ms', 'id', 'nl'] as const;
export type GreetingLanguage = (typeof greetingLanguages)[number];

/**
 * What a greeting is for. 'festival' is the generic text for a festival outside the default list
 * (a holiday the user added in settings); it relies on {{festivalName}}.
 */
export const greetingOccasions = ['birthday', 'anniversary', 'festival', ...festivalKeys] as const;
export type GreetingOccasion = (typeof greetingOccasions)[number];

export const greetingChannels = ['whatsapp', 'email', 'copy'] as const;
export type GreetingChannel = (typeof greetingChannels)[number];

/** Reminder lead time groups: meetings, trainings and the rest share 'other'. */
export const reminderKinds = ['birthday', 'anniversary', 'festival', 'visit', 'other'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Days before the event; settings may override any of them. */
export const defaultReminderLeadDays: Readonly<Record<ReminderKind, number>> = {
  birthday: 3,
  anniversary: 7,
  festival: 7,
  visit: 1,
  other: 1,
};

/** What the greeting dialog asks the core to write for one contact. */
export const greetingComposeInputSchema = z.object({
  partnerId: ulidField,
  contactId: ulidField,
  occasion: z.enum(greetingOccasions, { error: 'validation.choice' }),
  /** Years of partnership (anniversaries) or age (birthdays), when known. */
  years: z.number().int().min(0).max(200).nullable().default(null),
  /** A festival's name for the generic 'festival' occasion. */
  festivalName: z.string().trim().max(limits.name).nullable().default(null),
  /** The day greeted for, which decides whether a mourning mark still holds; today when null. */
  date: isoDateField.nullable().default(null),
});
export type GreetingComposeInput = z.input<typeof greetingComposeInputSchema>;

export const careStatusSummarySchema = z.object({
  status: z.enum(['mourning', 'hardship']),
  until: z.string().nullable(),
  /** Whose mark it is: the contact's own or their company's. */
  of: z.enum(['partner', 'contact']),
});
export type CareStatusSummary = z.infer<typeof careStatusSummarySchema>;

export const composedGreetingSchema = z.object({
  language: z.enum(greetingLanguages),
  contactName: z.string(),
  text: z.string(),
  /** wa.me and mailto links with the text; null when the contact lacks the number or address. */
  whatsappUrl: z.string().nullable(),
  emailUrl: z.string().nullable(),
  /** Why a channel is not available ("No e-mail address for Tan Wei Ming."), per channel. */
  missing: z.record(z.string(), fieldMessageSchema),
  /** Set when festive greetings to this contact are held back (mourning or hardship). */
  suppressed: careStatusSummarySchema.nullable(),
});
export type ComposedGreeting = z.infer<typeof composedGreetingSchema>;

/** "Sent" (or copied): logs the greeting on the partner's timeline and marks the item done. */
export const greetingSentInputSchema = z.object({
  partnerId: ulidField,
  contactId: ulidField,
  occasion: z.enum(greetingOccasions, { error: 'validation.choice' }),
  channel: z.enum(greetingChannels, { error: 'validation.choice' }),
  language: z.enum(greetingLanguages, { error: 'validation.choice' }),
  text: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(2_000, { error: 'validation.tooLong' }),
  /** The calendar or agenda item's key, so it shows as greeted. */
  itemKey: z.string().min(1).max(200),
  /** The day greeted for (the birthday or festival date). */
  date: isoDateField,
  /** A stored care event (e.g. a planned festival greeting) to mark done. */
  careEventId: ulidField.nullable().default(null),
});
export type GreetingSentInput = z.input<typeof greetingSentInputSchema>;

export const greetingLogEntrySchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  occasion: z.string(),
  itemKey: z.string(),
  channel: z.enum(greetingChannels),
  language: z.string(),
  text: z.string(),
  sentOn: z.string(),
});
export type GreetingLogEntry = z.infer<typeof greetingLogEntrySchema>;

/** The partners of one festival to greet: the festival dialog's list (a page at a time). */
export const festivalRecipientsInputSchema = z.object({
  festivalKey: z.enum(festivalKeys, { error: 'validation.choice' }),
  country: z.string().length(2),
  /** The festival's date this year. */
  date: isoDateField,
  ownerIds: z.array(ulidField).max(200).default([]),
  regions: z.array(z.string().max(limits.shortText)).max(200).default([]),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
export type FestivalRecipientsInput = z.input<typeof festivalRecipientsInputSchema>;

export const festivalRecipientSchema = z.object({
  partnerId: z.string(),
  partnerName: z.string(),
  city: z.string(),
  /** The contact to greet first (primary, else the first), null when the partner has none. */
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  greeted: z.boolean(),
  suppressed: careStatusSummarySchema.nullable(),
  /** The calendar item key the greeting is logged under. */
  itemKey: z.string(),
});
export const festivalRecipientsOutputSchema = z.object({
  total: z.number().int(),
  greetedCount: z.number().int(),
  recipients: z.array(festivalRecipientSchema),
});

export const greetingTemplateSchema = z.object({
  occasion: z.enum(greetingOccasions),
  language: z.enum(greetingLanguages),
  /** The text in use: the user's own, else the default. */
  body: z.string(),
  defaultBody: z.string(),
  custom: z.boolean(),
});
export type GreetingTemplate = z.infer<typeof greetingTemplateSchema>;

export const greetingTemplateSaveInputSchema = z.object({
  occasion: z.enum(greetingOccasions, { error: 'validation.choice' }),
  language: z.enum(greetingLanguages, { error: 'validation.choice' }),
  body: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(2_000, { error: 'validation.tooLong' }),
});
export const greetingTemplateKeySchema = greetingTemplateSaveInputSchema.pick({
  occasion: true,
  language: true,
});

/** Care settings shared by the team. */
export const careSettingsSchema = z.object({
  /** Festival keys greeted per country (ISO code); countries not listed use the defaults. */
  festivalsByCountry: z.record(z.string(), z.array(z.enum(festivalKeys))),
  reminderLeadDays: z.record(z.enum(reminderKinds), z.number().int().min(0).max(60)),
});
export type CareSettings = z.infer<typeof careSettingsSchema>;

export const festivalChoiceInputSchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: 'validation.country' }),
  festivalKeys: z.array(z.enum(festivalKeys, { error: 'validation.choice' })).max(festivalKeys.length),
});
export const reminderLeadDaysInputSchema = z.object({
  /** Only the kinds given change; the others keep their lead time. */
  leadDays: z.partialRecord(
    z.enum(reminderKinds),
    // One refinement rather than int/min/max: a too_big issue would read as "too long".
    z
      .number({ error: 'validation.leadDays' })
      .refine((days) => Number.isInteger(days) && days >= 0 && days <= 60, { error: 'validation.leadDays' }),
  ),
});

/** The festivals the settings screen offers per country, each with its next date. */
export const festivalOptionsInputSchema = z.object({ today: isoDateField });
export const festivalOptionsSchema = z.array(
  z.object({
    country: z.string(),
    /** Partners in this country (0 for a default market nobody is in yet). */
    partnerCount: z.number().int(),
    festivals: z.array(z.object({ key: z.enum(festivalKeys), nextDate: z.string().nullable() })),
  }),
);
export type FestivalOptions = z.infer<typeof festivalOptionsSchema>;
