// Workspace-wide procedures: status for the first-run screen, demo data, quick search (Ctrl+K).
import { z } from 'zod';
import { ownerSchema } from './owners';

export const appStatusSchema = z.object({
  partnerCount: z.number().int(),
  contactCount: z.number().int(),
  profile: ownerSchema,
  dataFile: z.string(),
  replicaId: z.string(),
  schemaVersion: z.number().int(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const demoLoadInputSchema = z.object({
  partners: z.number().int().min(1).max(200_000).default(150),
  /**
   * Every partner with all 24 months of sales (prospects and churned ones too, zero after they
   * stopped): the benchmark's shape, 24 rows per partner. Off: only months of a partnership.
   */
  fullSalesHistory: z.boolean().default(false),
});
export const demoLoadOutputSchema = z.object({
  partners: z.number().int(),
  contacts: z.number().int(),
  owners: z.number().int(),
});

export const quickSearchInputSchema = z.object({
  query: z.string().trim().max(200),
  limit: z.number().int().min(1).max(50).default(12),
});
export const quickSearchResultSchema = z.object({
  kind: z.enum(['partner', 'contact']),
  id: z.string(),
  partnerId: z.string(),
  title: z.string(),
  subtitle: z.string(),
});
export type QuickSearchResult = z.infer<typeof quickSearchResultSchema>;
export const quickSearchOutputSchema = z.object({ results: z.array(quickSearchResultSchema) });
