// The pure claim checks: invoice numbers compared as people retype them, the program's period and
// today, codes mapped through the catalog (aliases too), and totals that always match the lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  invoiceDateRefusal,
  invoiceKey,
  lineTotals,
  mapClaimLines,
  programRefusal,
} from '../../../src/core/claims/claim-checks';
import { buildCatalog } from '../../../src/core/products/catalog';

const program = {
  name: 'SPIF',
  status: 'active',
  startsOn: '2026-01-01',
  endsOn: '2026-06-30',
  currency: 'MYR',
};

describe('claim checks', () => {
  it('compares invoice numbers without case, spaces or punctuation', () => {
    expect(invoiceKey('inv 2026/001')).toBe(invoiceKey('INV-2026-001'));
    expect(invoiceKey('INV-2026-001')).not.toBe(invoiceKey('INV-2026-002'));
  });

  it.each([
    ['2026-03-01', '2026-11-24', null],
    ['2026-01-01', '2026-11-24', null],
    ['2026-06-30', '2026-11-24', null],
    ['2025-12-31', '2026-11-24', 'validation.invoiceOutsideProgram'],
    ['2026-07-01', '2026-11-24', 'validation.invoiceOutsideProgram'],
    ['2026-03-02', '2026-03-01', 'validation.invoiceFuture'],
  ])('invoice of %s claimed on %s: %s', (date, today, key) => {
    expect(invoiceDateRefusal(program, date, today)?.key ?? null).toBe(key);
  });

  it('only active programs take claims', () => {
    expect(programRefusal(program)).toBeNull();
    expect(programRefusal({ ...program, status: 'draft' })?.params).toEqual({ status: 'draft' });
    expect(programRefusal({ ...program, status: 'ended' })?.key).toBe('validation.programNotOpen');
  });

  it('maps SKUs and aliases to their product and names unknown codes at their line', () => {
    const catalog = buildCatalog([
      { id: 'A', sku: 'AC-1200X', name: 'Aircon', category: 'Cooling', aliases: ['MJ-AC12'] },
      { id: 'F', sku: 'FAN-40', name: 'Fan', category: 'Cooling', aliases: [] },
    ]);
    const mapped = mapClaimLines(catalog, [
      { sku: ' mj-ac12 ', quantity: 2, amountMinor: 300, serialNumbers: [] },
      { sku: 'XX', quantity: 1, amountMinor: 1, serialNumbers: [] },
      { sku: 'fan-40', quantity: 1, amountMinor: 5, serialNumbers: ['S1'] },
    ]);
    expect(mapped.lines.map((line) => [line.sku, line.productId])).toEqual([
      ['mj-ac12', 'A'],
      ['fan-40', 'F'],
    ]);
    expect(Object.keys(mapped.errors)).toEqual(['lines.1.sku']);
  });

  it('totals are the sums of the lines', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 1, max: 1000 }),
            amountMinor: fc.integer({ min: 1, max: 1e9 }),
          }),
        ),
        (lines) => {
          const stored = lines.map((line) => ({ ...line, sku: 'X', productId: 'P', serialNumbers: [] }));
          const totals = lineTotals(stored);
          expect(totals.lineCount).toBe(lines.length);
          expect(totals.units).toBe(lines.reduce((sum, line) => sum + line.quantity, 0));
          expect(totals.totalMinor).toBe(lines.reduce((sum, line) => sum + line.amountMinor, 0));
        },
      ),
    );
  });
});
