import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/core/data-import/cell-values';
import { CheckedRows } from '../../../src/core/data-import/checked-rows';
import type { CheckedRow } from '../../../src/core/data-import/parsed-row';
import { maxPreviewRows } from '../../../src/shared/data-import';
import { fieldMessage } from '../../../src/shared/validation';

function row(rowNumber: number, status: CheckedRow['status']): CheckedRow {
  const error = status === 'error';
  return {
    rowNumber,
    status,
    values: { name: `Toko ${rowNumber}` },
    partner: null,
    errors: error
      ? { name: fieldMessage('validation.required'), city: fieldMessage('validation.tooLong', { max: 80 }) }
      : {},
    record: error ? null : { id: `id-${rowNumber}`, fields: { name: `Toko ${rowNumber}` } },
    previous: null,
    write: status === 'new' || status === 'update' ? { name: `Toko ${rowNumber}` } : null,
  };
}

describe('what a check keeps of its rows', () => {
  it('shows the errors first up to the cap, then the first other rows, in file order', () => {
    const statuses = fc.constantFrom<CheckedRow['status']>('new', 'update', 'unchanged', 'error');
    fc.assert(
      fc.property(fc.array(statuses, { maxLength: 1500 }), (list) => {
        const rows = list.map((status, i) => row(i + 2, status));
        const kept = new CheckedRows(false).addAll(rows);
        // The rule as it was written over the whole list.
        const errors = rows.filter((r) => r.status === 'error').slice(0, maxPreviewRows);
        const others = rows.filter((r) => r.status !== 'error').slice(0, maxPreviewRows - errors.length);
        const expected = [...errors, ...others].map((r) => r.rowNumber).sort((a, b) => a - b);
        expect(kept.previewRows().map((r) => r.rowNumber)).toEqual(expected);
        for (const status of ['new', 'update', 'unchanged', 'error'] as const) {
          expect(kept.counts[status]).toBe(list.filter((s) => s === status).length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('lists the first 20 errors by row and field for a refused commit', () => {
    const kept = new CheckedRows(true).addAll([
      row(2, 'new'),
      ...Array.from({ length: 30 }, (_, i) => row(i + 3, 'error')),
    ]);
    expect(Object.keys(kept.listedErrors)).toHaveLength(20);
    expect(Object.keys(kept.listedErrors).slice(0, 3)).toEqual(['rows.3.name', 'rows.3.city', 'rows.4.name']);
  });

  it('keeps the writes of new and updated records only when asked (the commit), counting records', () => {
    const rows = [row(2, 'new'), row(3, 'update'), row(4, 'unchanged'), row(5, 'error')];
    const commit = new CheckedRows(true).addAll(rows);
    expect(commit.writes.map((w) => [w.id, w.status])).toEqual([
      ['id-2', 'new'],
      ['id-3', 'update'],
    ]);
    expect(commit.records).toEqual({ new: 1, update: 1, unchanged: 1 });
    expect(new CheckedRows(false).addAll(rows).writes).toEqual([]);
  });
});

describe('name keys', () => {
  const fullFold = (text: string) =>
    text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

  it('fold plain ASCII exactly as the full Unicode fold does', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => nameKey(text) === fullFold(text)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => nameKey(text) === fullFold(text)));
    expect(nameKey('  Kedai  ÉLÉGANT ')).toBe('kedai elegant');
  });
});
