// One row of a file after its cells were read as field values: the record it would become, or the
// errors that keep it out, and how it compares with what is stored (new, update, unchanged).
import { importMessage, type ImportRowStatus } from '../../shared/data-import';
import type { FieldMessage } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import type { FieldValue } from '../db/apply-changes';
import type { CellResult } from './cell-values';
import type { PartnerIndex, PartnerMatch, PartnerRef } from './lookups';
import { matchPartner } from './lookups';

export interface ParsedRow {
  rowNumber: number;
  /** Cell text by field, for the preview table. */
  values: Record<string, string>;
  partner: PartnerRef | null;
  errors: Record<string, FieldMessage>;
  /** The derived id and every field the row sets; null while the row has errors. */
  record: { id: string; fields: Record<string, FieldValue> } | null;
}

export interface CheckedRow extends ParsedRow {
  status: ImportRowStatus;
  /** Stored values an update replaces, by preview field. */
  previous: Record<string, string> | null;
  /** What the commit writes for this row (new: every field; update: what differs). */
  write: Record<string, FieldValue> | null;
}

/** Collects field errors while a row is read. */
export class RowErrors {
  readonly fields: Record<string, FieldMessage> = {};

  /** The value, or null after noting the refusal at `field`. */
  take<T>(field: string, result: CellResult<T>): T | null {
    if (result.ok) return result.value;
    this.add(field, result.key, result.params);
    return null;
  }

  add(field: string, key: string, params?: Record<string, string | number>): void {
    // The partner and contact import's own messages live with its strings, not in validation.
    this.fields[field] ??= key.startsWith('dataImport.')
      ? importMessage(key, params)
      : fieldMessage(key, params);
  }

  get any(): boolean {
    return Object.keys(this.fields).length > 0;
  }
}

/** The partner a row names, or an error at `partner` saying who is missing or which are meant. */
export function rowPartner(index: PartnerIndex, value: string, errors: RowErrors): PartnerRef | null {
  if (value === '') {
    errors.add('partner', 'validation.required');
    return null;
  }
  const match: PartnerMatch = matchPartner(index, value);
  if ('partner' in match) return match.partner;
  if ('missing' in match) {
    errors.add('partner', 'validation.importPartnerUnknown', { name: value });
  } else {
    const cities = [...new Set(match.ambiguous.map((p) => p.city || '—'))].join(', ');
    errors.add('partner', 'validation.importPartnerAmbiguous', {
      name: value,
      count: match.ambiguous.length,
      cities,
    });
  }
  return null;
}

/** How a stored field is shown in the preview's "old → new", per preview field. */
export interface StoredField {
  field: string;
  show: (value: unknown) => string;
}

/**
 * Compares each error-free row with the stored record of the same id: unchanged when every field
 * the file sets is equal, an update of what differs, else new (a deleted record is brought back).
 * A second row with the same id is an error naming the first.
 */
export function classifyRows(
  rows: readonly ParsedRow[],
  stored: ReadonlyMap<string, Record<string, unknown> & { deletedAt: string | null }>,
  storedFields: Readonly<Record<string, StoredField>>,
  duplicateKey: string,
  duplicateField: string,
): CheckedRow[] {
  const firstRow = new Map<string, number>();
  return rows.map((row): CheckedRow => {
    const unwritable = { ...row, status: 'error' as const, previous: null, write: null };
    if (!row.record) return unwritable;
    const earlier = firstRow.get(row.record.id);
    if (earlier !== undefined) {
      return {
        ...unwritable,
        record: null,
        errors: { ...row.errors, [duplicateField]: fieldMessage(duplicateKey, { row: earlier }) },
      };
    }
    firstRow.set(row.record.id, row.rowNumber);
    const current = stored.get(row.record.id);
    if (!current || current.deletedAt !== null) {
      const write = { ...row.record.fields, ...(current ? { deletedAt: null } : {}) };
      return { ...row, status: 'new', previous: null, write };
    }
    const changed: Record<string, FieldValue> = {};
    const previous: Record<string, string> = {};
    for (const [field, value] of Object.entries(row.record.fields)) {
      if (field === 'importId' || current[field] === value) continue;
      changed[field] = value;
      const shown = storedFields[field];
      if (shown) previous[shown.field] = shown.show(current[field]);
    }
    if (Object.keys(changed).length === 0)
      return { ...row, status: 'unchanged', previous: null, write: null };
    return { ...row, status: 'update', previous, write: changed };
  });
}
