// Sales records: what a partner bought from the brand in a month (revenue, units, orders), entered
// by hand or imported, in the workspace's currency. The loyalty score and the dashboard read them.
import { z } from 'zod';
import { isoDateField, limits, optionalText, ulidField } from './validation';

/** A calendar month, YYYY-MM. */
export const periodField = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'validation.period' });

const count = z
  .number({ error: 'validation.count' })
  .int({ error: 'validation.count' })
  .min(0, { error: 'validation.count' })
  .max(100_000_000, { error: 'validation.count' });

export const salesRecordInputSchema = z.object({
  partnerId: ulidField,
  period: periodField,
  /** Minor units (sen, cents) of the workspace currency. */
  revenueMinor: z
    .number({ error: 'validation.amount' })
    .int({ error: 'validation.amount' })
    .min(0, { error: 'validation.negativeAmount' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'validation.amount' }),
  units: count,
  orders: count,
  note: optionalText(limits.longText),
  /** The user's today: a month after its month is refused (the core's own date when absent). */
  today: isoDateField.optional(),
});
export type SalesRecordInput = z.input<typeof salesRecordInputSchema>;

export const salesRecordSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  region: z.string(),
  period: z.string(),
  revenueMinor: z.number().int(),
  currency: z.string(),
  units: z.number().int(),
  orders: z.number().int(),
  note: z.string(),
  importId: z.string().nullable(),
  updatedAt: z.string(),
});
export type SalesRecord = z.infer<typeof salesRecordSchema>;

export const salesSortFields = ['period', 'partnerName', 'revenueMinor', 'units', 'orders'] as const;

export const salesListInputSchema = z.object({
  partnerId: ulidField.nullable().default(null),
  /** Inclusive months; null: unbounded. */
  from: periodField.nullable().default(null),
  to: periodField.nullable().default(null),
  regions: z.array(z.string().max(limits.shortText)).max(200).default([]),
  /** Owner ids; "none" selects partners without an owner. */
  ownerIds: z.array(z.string().max(limits.shortText)).max(200).default([]),
  importId: ulidField.nullable().default(null),
  sort: z.enum(salesSortFields).default('period'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type SalesListInput = z.input<typeof salesListInputSchema>;

export const salesListOutputSchema = z.object({
  rows: z.array(salesRecordSchema),
  total: z.number().int(),
  /** Sums over every row matching the filters (not just this page). */
  revenueMinor: z.number().int(),
  units: z.number().int(),
  orders: z.number().int(),
  currency: z.string(),
});
export type SalesListOutput = z.infer<typeof salesListOutputSchema>;

/** A partner's months for the partner page's chart and table (missing months as zero). */
export const partnerSalesInputSchema = z.object({
  partnerId: ulidField,
  /** The user's today: the series ends with its month. */
  today: isoDateField,
  months: z.number().int().min(1).max(60).default(24),
});
export const partnerSalesSchema = z.object({
  currency: z.string(),
  months: z.array(
    z.object({
      period: z.string(),
      recordId: z.string().nullable(),
      revenueMinor: z.number().int(),
      units: z.number().int(),
      orders: z.number().int(),
    }),
  ),
  last12RevenueMinor: z.number().int(),
  previous12RevenueMinor: z.number().int(),
});
export type PartnerSales = z.infer<typeof partnerSalesSchema>;

/** The workspace's currency: every sales figure is in it (a file in another one is refused). */
export const workspaceSettingsSchema = z.object({
  currency: z.string(),
  /** True while it is the default guessed from the partners' countries, not chosen. */
  currencyIsDefault: z.boolean(),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;
export const workspaceCurrencyInputSchema = z.object({
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'validation.currency' }),
});
