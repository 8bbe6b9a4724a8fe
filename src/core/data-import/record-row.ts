// What partner and contact rows share: the fields a row sets (read from non-empty cells only),
// text and zod-checked cells, and the field-by-field comparison with the stored record that makes
// a matched row an update of what differs, or unchanged.
import type { z } from 'zod';
import { decodeField, sameValue, type FieldValue } from '../db/apply-changes';
import type { RowErrors } from './parsed-row';

export interface ReadRecordRow {
  rowNumber: number;
  /** Cell text by field, for the preview table. */
  values: Record<string, string>;
  errors: RowErrors;
  /** Stored column → value, for every non-empty mapped cell that read cleanly. */
  fields: Record<string, FieldValue>;
}

export function readText(
  field: string,
  value: string,
  max: number,
  fields: Record<string, FieldValue>,
  errors: RowErrors,
): void {
  if (value === '') return;
  if (value.length > max) errors.add(field, 'validation.tooLong', { max });
  else fields[field] = value;
}

/** A cell checked by the same rule as the form's field (phones, e-mail, web addresses). */
export function readZod(
  field: string,
  value: string,
  schema: z.ZodType<string>,
  fields: Record<string, FieldValue>,
  errors: RowErrors,
): void {
  if (value === '') return;
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    fields[field] = parsed.data;
    return;
  }
  const issue = parsed.error.issues[0];
  const max = issue && 'maximum' in issue ? Number(issue.maximum) : null;
  errors.add(field, issue?.message ?? 'validation.invalid', max === null ? undefined : { max });
}

export function compareWithStored(
  fields: Record<string, FieldValue>,
  stored: Record<string, unknown>,
  table: 'partners' | 'contacts',
  show: (field: string, storedValue: unknown) => string,
): { write: Record<string, FieldValue> | null; previous: Record<string, string> } {
  const write: Record<string, FieldValue> = {};
  const previous: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (sameValue(decodeField(table, field, stored[field]), value)) continue;
    write[field] = value;
    previous[field] = show(field, stored[field]);
  }
  return { write: Object.keys(write).length > 0 ? write : null, previous };
}
