import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDay, parseDecimal, parseMonth, parseWhole } from '../../src/core/data-import/cell-values';
import { detectDelimiter, readCsv } from '../../src/core/data-import/read-spreadsheet';

const today = '2026-11-20';
const outcome = <T>(result: { ok: true; value: T } | { ok: false; key: string }) =>
  result.ok ? result.value : result.key;

describe('amounts as spreadsheets write them', () => {
  it.each([
    ['1500', 2, 150_000],
    ['1500.5', 2, 150_050],
    ['1500,5', 2, 150_050],
    ['1,234.56', 2, 123_456],
    ['1.234,56', 2, 123_456],
    ['1,234,567.89', 2, 123_456_789],
    ['1.234.567,89', 2, 123_456_789],
    ['1 234,56', 2, 123_456],
    ['1\u00a0234.56', 2, 123_456],
    ['0.10', 2, 10],
    ['12.300', 2, 'validation.importNumberAmbiguous'],
    ['1,234,567', 2, 123_456_700],
    ['1,234', 0, 1234],
    ['1.234', 0, 1234],
    ['1500', 0, 1500],
    ['12.345', 3, 'validation.importNumberAmbiguous'],
    ['1,234', 2, 'validation.importNumberAmbiguous'],
    ['1.234', 2, 'validation.importNumberAmbiguous'],
    ['12.3456', 2, 'validation.importDecimals'],
    ['1500.5', 0, 'validation.importWholeNumber'],
    ['-5', 2, 'validation.negativeAmount'],
    ['(5)', 2, 'validation.negativeAmount'],
    ['abc', 2, 'validation.importNumber'],
    ['RM 100', 2, 'validation.importNumber'],
    ['1,23,456', 2, 'validation.importNumber'],
    ['1.234,56.7', 2, 'validation.importNumber'],
    ['1.2.3', 2, 'validation.importNumber'],
    ['', 2, 'validation.required'],
    ['99999999999999999999', 2, 'validation.importNumber'],
  ] as const)('%s with %i decimals → %s', (text, digits, expected) => {
    expect(outcome(parseDecimal(text, digits))).toBe(expected);
  });

  it('reads any amount written with a dot back to the same minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (minor) => {
        const text = `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
        expect(parseDecimal(text, 2)).toEqual({ ok: true, value: minor });
      }),
    );
  });

  it('whole numbers: units, orders, NPS and satisfaction ranges', () => {
    expect(outcome(parseWhole('', 0, 10, 'validation.nps'))).toBeNull();
    expect(outcome(parseWhole('10', 0, 10, 'validation.nps'))).toBe(10);
    expect(outcome(parseWhole('11', 0, 10, 'validation.nps'))).toBe('validation.nps');
    expect(outcome(parseWhole('0', 1, 5, 'validation.satisfaction'))).toBe('validation.satisfaction');
    expect(outcome(parseWhole('-1', 0, 100, 'validation.count'))).toBe('validation.count');
    expect(outcome(parseWhole('2.5', 0, 100, 'validation.count'))).toBe('validation.count');
    expect(outcome(parseWhole('1,200', 0, 10_000, 'validation.count'))).toBe(1200);
  });
});

describe('months and days', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['2026-3', '2026-03'],
    ['2026/03', '2026-03'],
    ['2026-03-15', '2026-03'],
    ['03/2026', '2026-03'],
    ['3/2026', '2026-03'],
    ['03-2026', '2026-03'],
    ['46082', '2026-03'], // Excel's day number of 2026-03-01
    ['2026-11', '2026-11'],
    ['2026-12', 'validation.futureMonth'],
    ['2026-13', 'validation.importMonth'],
    ['2026-02-30', 'validation.importMonth'],
    ['March 2026', 'validation.importMonth'],
    ['13/2026', 'validation.importMonth'],
    ['', 'validation.required'],
  ])('month %s → %s', (text, expected) => {
    expect(outcome(parseMonth(text, today))).toBe(expected);
  });

  it.each([
    ['2026-03-15', '2026-03-15'],
    ['2026/3/5', '2026-03-05'],
    ['15/03/2026', '2026-03-15'],
    ['15-03-2026', '2026-03-15'],
    ['03/15/2026', '2026-03-15'], // month first shows itself
    ['04/04/2026', '2026-04-04'],
    ['46096', '2026-03-15'],
    ['03/04/2026', 'validation.importDayAmbiguous'],
    ['31/02/2026', 'validation.importDay'],
    ['2026-11-21', 'validation.futureDay'],
    ['yesterday', 'validation.importDay'],
  ])('day %s → %s', (text, expected) => {
    expect(outcome(parseDay(text, today))).toBe(expected);
  });
});

describe('CSV files', () => {
  it.each([
    ['Partner,Month,Revenue', ','],
    ['Partner;Month;Revenue', ';'],
    ['Partner\tMonth\tRevenue', '\t'],
    ['"Jualan, RM";Bulan;Pelanggan', ';'],
    ['Partner', ','],
  ])('detects the delimiter of %j', (header, expected) => {
    expect(detectDelimiter(`${header}\nx`)).toBe(expected);
  });

  it('strips a UTF-8 BOM, keeps quoted delimiters and reads Windows-1252', () => {
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Klant;Omzet\r\n"Café; Zuid";"1.234,50"\r\n'),
    ]);
    expect(readCsv(utf8)).toEqual([
      ['Klant', 'Omzet'],
      ['Café; Zuid', '1.234,50'],
    ]);
    const ansi = Buffer.from([0x4b, 0x6c, 0x61, 0x6e, 0x74, 0x0a, 0x43, 0x61, 0x66, 0xe9]);
    expect(readCsv(ansi)).toEqual([['Klant'], ['Café']]);
  });
});
