// A contact: a person at a partner, with what is needed to care for the relationship (birthday,
// language, family notes, interests).
import { careStatusFields, careStatusOutputFields } from './care';
import { z } from 'zod';
import { contactLanguages } from './countries';
import {
  emailField,
  isCalendarDate,
  limits,
  optionalText,
  phoneField,
  requiredText,
  ulidField,
} from './validation';

/**
 * A birthday as YYYY-MM-DD, or --MM-DD when the year is unknown (ISO 8601's form for a date
 * without a year). 29 February is valid without a year and in leap years.
 */
export const birthdayField = z
  .string()
  .trim()
  .refine(
    (v) => {
      if (v === '') return true;
      const m = /^(\d{4}|--)-?(\d{2})-(\d{2})$/.exec(v);
      if (!m) return false;
      const year = m[1] === '--' ? 2000 : Number(m[1]);
      if (m[1] !== '--' && (year < 1900 || year > 2100)) return false;
      return isCalendarDate(year, Number(m[2]), Number(m[3]));
    },
    { error: 'validation.birthday' },
  )
  .default('');

/** Splits a stored birthday into its parts; year is null when unknown. */
export function parseBirthday(value: string): { year: number | null; month: number; day: number } | null {
  const m = /^(\d{4}|--)-?(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return { year: m[1] === '--' ? null : Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function formatBirthday(year: number | null, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year === null ? `--${mm}-${dd}` : `${String(year).padStart(4, '0')}-${mm}-${dd}`;
}

export const contactInputSchema = z.object({
  partnerId: ulidField,
  name: requiredText(limits.name),
  role: optionalText(limits.shortText),
  phone: phoneField,
  email: emailField,
  whatsapp: phoneField,
  birthday: birthdayField,
  preferredLanguage: z.enum(contactLanguages, { error: 'validation.language' }).default('en'),
  familyNotes: optionalText(limits.longText),
  interests: optionalText(limits.longText),
  /** Celebrates the birthday by the Chinese lunar calendar (the date moves every year). */
  birthdayLunar: z.boolean().default(false),
  ...careStatusFields,
});
export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactFields = z.output<typeof contactInputSchema>;

export const contactSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  name: z.string(),
  role: z.string(),
  phone: z.string(),
  email: z.string(),
  whatsapp: z.string(),
  birthday: z.string(),
  preferredLanguage: z.enum(contactLanguages),
  familyNotes: z.string(),
  interests: z.string(),
  birthdayLunar: z.boolean(),
  ...careStatusOutputFields,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactListInputSchema = z.object({
  search: z.string().trim().max(200).default(''),
  partnerId: ulidField.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type ContactListInput = z.input<typeof contactListInputSchema>;

export const contactListOutputSchema = z.object({
  rows: z.array(contactSchema),
  total: z.number().int(),
});
export type ContactListOutput = z.infer<typeof contactListOutputSchema>;
