// The partner: a distributor, dealer or other reseller of the brand. Entity, form input and list
// query schemas.
import { z } from 'zod';
import { careStatusFields, careStatusOutputFields } from './care';
import { riskLevels } from './loyalty';
import { isCountryCode } from './countries';
import {
  emailField,
  isoDateField,
  limits,
  optionalText,
  phoneField,
  requiredText,
  ulidField,
  websiteField,
} from './validation';

export const partnerTypes = ['distributor', 'wholesaler', 'dealer', 'reseller', 'retailer', 'agent'] as const;
export type PartnerType = (typeof partnerTypes)[number];

/** How often a partner of each type is visited when its own cadence is not set (days). */
export const defaultVisitCadenceDays: Record<PartnerType, number> = {
  distributor: 30,
  wholesaler: 30,
  dealer: 45,
  reseller: 60,
  retailer: 60,
  agent: 90,
};

export const partnerStatuses = ['prospect', 'active', 'paused', 'churned'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

const tagField = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(limits.tag, { error: 'validation.tooLong' });

/** Tags, trimmed and de-duplicated (case-insensitively, first spelling wins). */
export const tagsField = z
  .array(tagField)
  .max(limits.tags, { error: 'validation.tooMany' })
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((tag) => {
      const key = tag.toLocaleLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .default([]);

export const countryField = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: 'validation.country' });

/**
 * The id another system (an ERP, a distributor list) knows a partner by: the import matches on it.
 * Two live partners never share one; ids compare without case and surrounding spaces ("c-001" is
 * "C-001"), here and in the import.
 */
export const externalIdKey = (value: string) => value.trim().toUpperCase();

/** What a user types in the partner form. */
export const partnerInputSchema = z.object({
  name: requiredText(limits.name),
  /** Left out: unchanged on edit, none on create (callers that do not know the field keep it). */
  externalId: z.string().trim().max(limits.shortText, { error: 'validation.tooLong' }).optional(),
  legalName: optionalText(limits.name),
  type: z.enum(partnerTypes, { error: 'validation.choice' }),
  status: z.enum(partnerStatuses, { error: 'validation.choice' }).default('active'),
  region: optionalText(limits.shortText),
  country: countryField,
  city: optionalText(limits.shortText),
  address: optionalText(limits.address),
  phone: phoneField,
  email: emailField,
  website: websiteField,
  ownerId: ulidField.nullable().default(null),
  partnershipStart: isoDateField.nullable().default(null),
  tags: tagsField,
  notes: optionalText(limits.longText),
  /** Days between visits; null uses the default for the partner's type. */
  visitCadenceDays: z
    .number({ error: 'validation.days' })
    .int({ error: 'validation.days' })
    .min(1, { error: 'validation.days' })
    .max(730, { error: 'validation.days' })
    .nullable()
    .default(null),
  ...careStatusFields,
});
export type PartnerInput = z.input<typeof partnerInputSchema>;
export type PartnerFields = z.output<typeof partnerInputSchema>;

export const partnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  externalId: z.string(),
  legalName: z.string(),
  type: z.enum(partnerTypes),
  status: z.enum(partnerStatuses),
  region: z.string(),
  country: z.string(),
  city: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  partnershipStart: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string(),
  visitCadenceDays: z.number().int().nullable(),
  ...careStatusOutputFields,
  contactCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const partnerSortFields = [
  'name',
  'type',
  'status',
  'region',
  'country',
  'city',
  'ownerName',
  'partnershipStart',
  'createdAt',
  'updatedAt',
  'score',
] as const;
export type PartnerSortField = (typeof partnerSortFields)[number];

const filterList = z.array(z.string().max(limits.shortText)).max(200).default([]);

export const partnerListInputSchema = z.object({
  /** Words matched against name, legal name, city and notes (full-text, prefix per word). */
  search: z.string().trim().max(200).default(''),
  regions: filterList,
  countries: filterList,
  types: z.array(z.enum(partnerTypes)).default([]),
  statuses: z.array(z.enum(partnerStatuses)).default([]),
  /** Owner ids; the literal "none" selects partners without an owner. */
  ownerIds: filterList,
  tags: filterList,
  /** Tier keys (the tier in effect, from the loyalty score). */
  tiers: filterList,
  riskLevels: z.array(z.enum(riskLevels)).default([]),
  /** The status changed within these days (with `statuses: ['churned']`: churned in a window). */
  statusSinceFrom: isoDateField.nullable().default(null),
  statusSinceTo: isoDateField.nullable().default(null),
  /** Joined (partnership start, else the day the record was made) on or before this day. */
  joinedBy: isoDateField.nullable().default(null),
  sort: z.enum(partnerSortFields).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type PartnerListInput = z.input<typeof partnerListInputSchema>;
export type PartnerListQuery = z.output<typeof partnerListInputSchema>;

export const partnerListItemSchema = partnerSchema
  .omit({ address: true, notes: true, externalId: true })
  .extend({
    /** The loyalty score 0-100 and what it places the partner in; null until first scored. */
    score: z.number().int().nullable(),
    tier: z.string().nullable(),
    riskLevel: z.enum(riskLevels).nullable(),
  });
export type PartnerListItem = z.infer<typeof partnerListItemSchema>;

export const partnerListOutputSchema = z.object({
  rows: z.array(partnerListItemSchema),
  total: z.number().int(),
});
export type PartnerListOutput = z.infer<typeof partnerListOutputSchema>;

/** The values present in the data, offered as filter choices. */
export const partnerFacetsSchema = z.object({
  regions: z.array(z.string()),
  countries: z.array(z.string()),
  tags: z.array(z.string()),
});
export type PartnerFacets = z.infer<typeof partnerFacetsSchema>;

export const partnerSaveInputSchema = z.object({
  partner: partnerInputSchema,
  /** Set after the user saw the duplicate-name warning and chose to save anyway. */
  allowDuplicate: z.boolean().default(false),
});
export const partnerUpdateInputSchema = partnerSaveInputSchema.extend({ id: ulidField });
