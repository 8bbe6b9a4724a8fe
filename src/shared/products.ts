// The product catalog incentive rules filter on and sales claims are checked against: each product
// has a SKU, a category, and the other codes partners write for it on their invoices (aliases), so
// "SKU known or mapped" is one lookup.
import { z } from 'zod';
import { limits, optionalText, requiredText, ulidField } from './validation';

/** A SKU as printed on invoices: letters, digits and - _ . / (compared case-insensitively). */
export const skuField = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(60, { error: 'validation.tooLong' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, { error: 'validation.sku' });

/** How SKUs and aliases are compared: case and inner spaces do not matter. */
export function skuKey(sku: string): string {
  return sku.trim().toUpperCase().replace(/\s+/g, '');
}

export const productInputSchema = z.object({
  sku: skuField,
  name: requiredText(limits.name),
  category: optionalText(limits.shortText),
  /** Other codes partners write for this product (their own SKUs, old codes). */
  aliases: z.array(skuField).max(50, { error: 'validation.tooMany' }).default([]),
  active: z.boolean().default(true),
});
export type ProductInput = z.input<typeof productInputSchema>;

export const productUpdateInputSchema = productInputSchema.extend({ id: ulidField });
export type ProductUpdateInput = z.input<typeof productUpdateInputSchema>;

export const productSchema = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  category: z.string(),
  aliases: z.array(z.string()),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;

export const productListInputSchema = z.object({
  search: z.string().trim().max(limits.shortText).default(''),
  category: z.string().max(limits.shortText).nullable().default(null),
  includeInactive: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ProductListInput = z.input<typeof productListInputSchema>;

export const productListOutputSchema = z.object({
  rows: z.array(productSchema),
  total: z.number().int(),
  /** Every category in use, for filters and rule editors. */
  categories: z.array(z.string()),
});
export type ProductListOutput = z.infer<typeof productListOutputSchema>;
