// A list view as a table ready for a file: a name for the file, the column headers and the rows.
// Numbers stay numbers (a spreadsheet sums them); everything else is text.
export type ExportCell = string | number | null;

export interface ExportTable {
  /** The start of the file name, e.g. "partners" → partners-2026-11-20.csv. */
  name: string;
  headers: string[];
  rows: ExportCell[][];
}
