// Search everywhere (Ctrl+K): partners, contacts, cases, retention cases, greetings and visit
// notes found by any word, best first, each with the piece of its text that matched.
import { z } from 'zod';
import { disputeStatuses } from './disputes';
import { retentionOutcomes, retentionSituations } from './retention';

export const searchKinds = [
  'partner',
  'contact',
  'dispute',
  'retentionCase',
  'greeting',
  'visitNote',
] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchEverywhereInputSchema = z.object({
  query: z.string().trim().max(200),
  limit: z.number().int().min(1).max(50).default(12),
});
export type SearchEverywhereInput = z.input<typeof searchEverywhereInputSchema>;

/** A piece of snippet text; `match` marks the words the query found. Plain text, never markup. */
export const snippetSegmentSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetSegment = z.infer<typeof snippetSegmentSchema>;

const hitBase = {
  id: z.string(),
  snippet: z.array(snippetSegmentSchema),
};

export const searchHitSchema = z.discriminatedUnion('kind', [
  z.object({
    ...hitBase,
    kind: z.literal('partner'),
    partnerId: z.string(),
    name: z.string(),
    city: z.string(),
    country: z.string(),
  }),
  z.object({
    ...hitBase,
    kind: z.literal('contact'),
    partnerId: z.string(),
    name: z.string(),
    role: z.string(),
    partnerName: z.string(),
  }),
  z.object({
    ...hitBase,
    kind: z.literal('dispute'),
    /** The lead partner, when it still exists. */
    partnerId: z.string().nullable(),
    title: z.string(),
    status: z.enum(disputeStatuses),
    partnerName: z.string(),
    openedAt: z.string(),
  }),
  z.object({
    ...hitBase,
    kind: z.literal('retentionCase'),
    partnerId: z.string(),
    situation: z.enum(retentionSituations),
    outcome: z.enum(retentionOutcomes),
    partnerName: z.string(),
    openedOn: z.string(),
  }),
  z.object({
    ...hitBase,
    kind: z.literal('greeting'),
    partnerId: z.string(),
    /** One of greetingOccasions, or what another version of the app wrote. */
    occasion: z.string(),
    contactName: z.string(),
    partnerName: z.string(),
    sentOn: z.string(),
  }),
  z.object({
    ...hitBase,
    kind: z.literal('visitNote'),
    partnerId: z.string(),
    purpose: z.string(),
    partnerName: z.string(),
    date: z.string(),
  }),
]);
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchEverywhereOutputSchema = z.object({ results: z.array(searchHitSchema) });
