// Partner surveys: a contact's NPS answer (0-10) and/or satisfaction (1-5) with a comment on a day,
// and the NPS arithmetic every screen shares.
import { z } from 'zod';
import { isoDateField, limits, optionalText, ulidField } from './validation';
import { periodField } from './sales';

export const npsCategories = ['promoter', 'passive', 'detractor'] as const;
export type NpsCategory = (typeof npsCategories)[number];

/** Promoter 9-10, passive 7-8, detractor 0-6. */
export function npsCategory(answer: number): NpsCategory {
  if (answer >= 9) return 'promoter';
  if (answer >= 7) return 'passive';
  return 'detractor';
}

export interface NpsTally {
  promoters: number;
  passives: number;
  detractors: number;
}

/** Net Promoter Score: % promoters − % detractors, −100..100, rounded; null with no answers. */
export function netPromoterScore(tally: NpsTally): number | null {
  const answers = tally.promoters + tally.passives + tally.detractors;
  if (answers === 0) return null;
  return Math.round(((tally.promoters - tally.detractors) * 100) / answers);
}

export function tallyNps(answers: readonly number[]): NpsTally {
  const tally: NpsTally = { promoters: 0, passives: 0, detractors: 0 };
  for (const answer of answers) {
    const category = npsCategory(answer);
    if (category === 'promoter') tally.promoters++;
    else if (category === 'passive') tally.passives++;
    else tally.detractors++;
  }
  return tally;
}

export const surveyResponseInputSchema = z
  .object({
    partnerId: ulidField,
    contactId: ulidField.nullable().default(null),
    answeredOn: isoDateField,
    nps: z
      .number({ error: 'validation.nps' })
      .int({ error: 'validation.nps' })
      .min(0, { error: 'validation.nps' })
      .max(10, { error: 'validation.nps' })
      .nullable()
      .default(null),
    satisfaction: z
      .number({ error: 'validation.satisfaction' })
      .int({ error: 'validation.satisfaction' })
      .min(1, { error: 'validation.satisfaction' })
      .max(5, { error: 'validation.satisfaction' })
      .nullable()
      .default(null),
    comment: optionalText(limits.longText),
    /** The user's today: an answer on a later day is refused (the core's own date when absent). */
    today: isoDateField.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.nps === null && input.satisfaction === null) {
      ctx.addIssue({ code: 'custom', path: ['nps'], message: 'validation.surveyEmpty' });
    }
  });
export type SurveyResponseInput = z.input<typeof surveyResponseInputSchema>;
export const surveyResponseUpdateInputSchema = z.object({
  id: ulidField,
  response: surveyResponseInputSchema,
});

export const surveyResponseSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  region: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  answeredOn: z.string(),
  nps: z.number().int().nullable(),
  satisfaction: z.number().int().nullable(),
  comment: z.string(),
  importId: z.string().nullable(),
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

export const surveyListInputSchema = z.object({
  partnerId: ulidField.nullable().default(null),
  /** Inclusive months of the answer day; null: unbounded. */
  from: periodField.nullable().default(null),
  to: periodField.nullable().default(null),
  categories: z.array(z.enum(npsCategories)).default([]),
  regions: z.array(z.string().max(limits.shortText)).max(200).default([]),
  ownerIds: z.array(z.string().max(limits.shortText)).max(200).default([]),
  importId: ulidField.nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type SurveyListInput = z.input<typeof surveyListInputSchema>;

export const surveyListOutputSchema = z.object({
  rows: z.array(surveyResponseSchema),
  total: z.number().int(),
  /** Over every matching answer with an NPS (not just this page). */
  tally: z.object({ promoters: z.number().int(), passives: z.number().int(), detractors: z.number().int() }),
  nps: z.number().int().nullable(),
  satisfactionAverage: z.number().nullable(),
});
export type SurveyListOutput = z.infer<typeof surveyListOutputSchema>;
