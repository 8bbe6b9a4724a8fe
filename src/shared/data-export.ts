// Exporting a list view, with its filters, to CSV or XLSX: which lists, the request and the file
// that comes back, and the rule that keeps exported text from running as a spreadsheet formula.
import { z } from 'zod';
import { claimListInputSchema, ledgerEntryKinds } from './claims';
import { contactListInputSchema } from './contacts';
import { disputeListInputSchema } from './disputes';
import { partnerListInputSchema } from './partners';
import { leaderboardInputSchema } from './program-results';
import { retentionCaseListInputSchema } from './retention';
import { salesListInputSchema } from './sales';
import { surveyListInputSchema } from './surveys';
import { isoDateField, ulidField } from './validation';

/**
 * A cell a spreadsheet would read as a formula (or, for tab and carriage return, shift into
 * another cell): = + - @ first, after any apostrophes already there. Apostrophes count so that
 * neutralising stays reversible for text that itself begins "'=".
 */
const formulaStart = /^'*[=+\-@\t\r]/;
const neutralisedStart = /^'+[=+\-@\t\r]/;
/** A plain signed number ("-5", "-12.50") is data to every spreadsheet, never a formula. */
const plainNumber = /^-\d+(?:[.,]\d+)?$/;

/** Text as it goes into a CSV cell: a leading ' keeps Excel, LibreOffice and Sheets from evaluating it. */
export function neutraliseCell(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell stood for (what `neutraliseCell` was given). */
export function restoreCell(text: string): string {
  return neutralisedStart.test(text) ? text.slice(1) : text;
}

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What an export answers: the file to save, and how many rows went in. */
export const exportFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** The file's bytes, base64 (an XLSX is binary; CSV travels the same way for one code path). */
  contentBase64: z.string(),
  rows: z.number().int(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

/** An export's rows are every row matching the list's filters, up to this many. */
export const maxExportRows = 500_000;

/**
 * A program's points ledger: one partner's entries (what their statement lists) or every partner's,
 * optionally only some kinds and days. Running balances still count the entries left out.
 */
export const ledgerExportFiltersSchema = z.object({
  programId: ulidField,
  /** Null: every partner's entries in the program. */
  partnerId: ulidField.nullable().default(null),
  kinds: z.array(z.enum(ledgerEntryKinds)).max(ledgerEntryKinds.length).default([]),
  from: isoDateField.nullable().default(null),
  to: isoDateField.nullable().default(null),
});
export type LedgerExportFilters = z.input<typeof ledgerExportFiltersSchema>;

/**
 * Which list to export, with the very filters (and sort) the list view shows: every matching row
 * goes into the file, not just the page on screen.
 */
export const exportRequestSchema = z.discriminatedUnion('view', [
  z.object({ view: z.literal('partners'), format: z.enum(exportFormats), filters: partnerListInputSchema }),
  z.object({ view: z.literal('contacts'), format: z.enum(exportFormats), filters: contactListInputSchema }),
  z.object({ view: z.literal('disputes'), format: z.enum(exportFormats), filters: disputeListInputSchema }),
  z.object({
    view: z.literal('retention'),
    format: z.enum(exportFormats),
    filters: retentionCaseListInputSchema,
  }),
  z.object({ view: z.literal('sales'), format: z.enum(exportFormats), filters: salesListInputSchema }),
  z.object({ view: z.literal('surveys'), format: z.enum(exportFormats), filters: surveyListInputSchema }),
  z.object({ view: z.literal('claims'), format: z.enum(exportFormats), filters: claimListInputSchema }),
  z.object({
    view: z.literal('leaderboard'),
    format: z.enum(exportFormats),
    filters: leaderboardInputSchema,
  }),
  z.object({ view: z.literal('ledger'), format: z.enum(exportFormats), filters: ledgerExportFiltersSchema }),
]);
export type ExportRequest = z.input<typeof exportRequestSchema>;
export type ExportView = ExportRequest['view'];
