// Exporting a list view, with its filters, to CSV or XLSX: which lists, the request and the file
// that comes back, and the rule that keeps exported text from running as a spreadsheet formula.
import { z } from 'zod';

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
