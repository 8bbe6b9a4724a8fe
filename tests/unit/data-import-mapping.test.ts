import { describe, expect, it } from 'vitest';
import {
  headerKey,
  mappingErrors,
  resolveMapping,
  suggestMapping,
} from '../../src/core/data-import/column-mapping';

describe('column mapping suggested from headers', () => {
  it.each([
    [
      ['Partner', 'Month', 'Revenue', 'Units', 'Orders', 'Currency'],
      ['Partner', 'Month', 'Revenue', 'Units', 'Orders', 'Currency'],
    ],
    [
      ['Dealer', 'Period', 'Sales', 'Qty', 'Order count', 'CCY'],
      ['Dealer', 'Period', 'Sales', 'Qty', 'Order count', 'CCY'],
    ],
    [
      ['Pelanggan', 'Bulan', 'Jualan (RM)', 'Unit', 'Pesanan', 'Mata Wang'],
      ['Pelanggan', 'Bulan', 'Jualan (RM)', 'Unit', 'Pesanan', 'Mata Wang'],
    ],
    [
      ['Mitra', 'Tanggal', 'Penjualan', 'Jumlah unit', 'Pesanan', 'Mata uang'],
      ['Mitra', 'Tanggal', 'Penjualan', 'Jumlah unit', 'Pesanan', 'Mata uang'],
    ],
    [
      ['Klant', 'Maand', 'Omzet (€)', 'Aantal', 'Bestellingen', 'Valuta'],
      ['Klant', 'Maand', 'Omzet (€)', 'Aantal', 'Bestellingen', 'Valuta'],
    ],
    [
      ['CUSTOMER ', 'date', 'AMOUNT', 'x', 'y', 'z'],
      ['CUSTOMER ', 'date', 'AMOUNT', null, null, null],
    ],
  ])('sales %j', (columns, expected) => {
    const mapping = suggestMapping('sales', columns);
    expect([
      mapping.partner,
      mapping.month,
      mapping.revenue,
      mapping.units,
      mapping.orders,
      mapping.currency,
    ]).toEqual(expected);
  });

  it.each([
    [['Customer', 'E-mail', 'Date', 'NPS', 'CSAT', 'Remarks']],
    [['Pelanggan', 'Kenalan', 'Tarikh', 'Skor', 'Kepuasan', 'Ulasan']],
    [['Klant', 'Contactpersoon', 'Datum', 'Score', 'Tevredenheid', 'Opmerking']],
  ])('surveys %j', (columns) => {
    const mapping = suggestMapping('surveys', columns);
    expect([
      mapping.partner,
      mapping.contact,
      mapping.date,
      mapping.nps,
      mapping.satisfaction,
      mapping.comment,
    ]).toEqual(columns);
  });

  it('ignores case, accents and punctuation in headers', () => {
    expect(headerKey('  Mata-Wang (RM) ')).toBe('mata wang rm');
    expect(headerKey('Tévredenheid')).toBe('tevredenheid');
  });

  it("takes the user's choice over the suggestion and reports problems per field", () => {
    const columns = ['Partner', 'Month', 'Revenue', 'Total'];
    expect(resolveMapping('sales', columns, { revenue: 'Total' }).revenue).toBe('Total');
    expect(resolveMapping('sales', columns, { revenue: 'Missing column' }).revenue).toBeNull();
    const mapping = resolveMapping('sales', columns, { month: null, units: 'Revenue' });
    expect(
      Object.fromEntries(Object.entries(mappingErrors('sales', mapping)).map(([f, m]) => [f, m.key])),
    ).toEqual({
      month: 'validation.importUnmapped',
      units: 'validation.importColumnTwice',
    });
    const surveys = resolveMapping('surveys', ['Partner', 'Date'], {});
    expect(mappingErrors('surveys', surveys).nps?.key).toBe('validation.importNoAnswers');
  });
});
