// What a check keeps of the rows it checked, one row at a time, so neither the preview nor the
// commit of a large file holds every checked row: counts by status, the rows the preview shows
// (errors first up to the cap, then the first others), the first errors a refused commit lists,
// and (for the commit only) the id and fields of each record it writes.
import { maxPreviewRows, type ImportPreview } from '../../shared/data-import';
import type { FieldMessage } from '../../shared/errors';
import type { FieldValue } from '../db/apply-changes';
import type { CheckedRow } from './parsed-row';

/** A record the commit writes: new (it gets the kind's defaults) or an update of what differs. */
export interface RecordWrite {
  id: string;
  status: 'new' | 'update';
  write: Record<string, FieldValue>;
}

type PreviewRow = ImportPreview['rows'][number];

/** Error messages listed with a refused commit (the preview shows all of them). */
const listedRowErrors = 20;

export class CheckedRows {
  readonly counts: ImportPreview['counts'] = { new: 0, update: 0, unchanged: 0, error: 0 };
  /** Records, not rows: a claim's lines are several rows, and only its first carries the record. */
  readonly records = { new: 0, update: 0, unchanged: 0 };
  /** Empty unless the check was asked to keep them (the commit). */
  readonly writes: RecordWrite[] = [];
  /** The first errors in file order, by `rows.<row>.<field>`. */
  readonly listedErrors: Record<string, FieldMessage> = {};
  readonly #keepWrites: boolean;
  #listed = 0;
  readonly #errorRows: PreviewRow[] = [];
  readonly #otherRows: PreviewRow[] = [];

  constructor(keepWrites: boolean) {
    this.#keepWrites = keepWrites;
  }

  add(row: CheckedRow): void {
    this.counts[row.status]++;
    if (row.status === 'error') {
      for (const [field, message] of Object.entries(row.errors)) {
        if (this.#listed >= listedRowErrors) break;
        this.listedErrors[`rows.${row.rowNumber}.${field}`] = message;
        this.#listed++;
      }
      if (this.#errorRows.length < maxPreviewRows) this.#errorRows.push(previewRow(row));
      return;
    }
    if (this.#otherRows.length < maxPreviewRows) this.#otherRows.push(previewRow(row));
    if (!row.record) return;
    this.records[row.status]++;
    if (this.#keepWrites && row.write && row.status !== 'unchanged') {
      this.writes.push({ id: row.record.id, status: row.status, write: row.write });
    }
  }

  addAll(rows: Iterable<CheckedRow>): this {
    for (const row of rows) this.add(row);
    return this;
  }

  /** Rows with errors first (up to the cap), then the first other rows, back in file order. */
  previewRows(): PreviewRow[] {
    const others = this.#otherRows.slice(0, maxPreviewRows - this.#errorRows.length);
    return [...this.#errorRows, ...others].sort((a, b) => a.rowNumber - b.rowNumber);
  }
}

function previewRow(row: CheckedRow): PreviewRow {
  return {
    rowNumber: row.rowNumber,
    status: row.status,
    values: row.values,
    partnerName: row.partner?.name ?? null,
    previous: row.previous,
    errors: row.errors,
  };
}
