import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from '../../../src/shared/data-export';
import { csvText } from '../../../src/core/data-export/table-file';
import { readCsv } from '../../../src/core/data-import/read-spreadsheet';

const triggers = ['=', '+', '-', '@', '\t', '\r'];

describe('CSV injection: cells a spreadsheet would run as formulas', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+60 12-345 6789', "'+60 12-345 6789"],
    ['-korting', "'-korting"],
    ['@vip', "'@vip"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
    ['Maju Jaya', 'Maju Jaya'],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['-5', '-5'],
    ['-12.50', '-12.50'],
    ['-1+1', "'-1+1"],
    ['', ''],
  ])('%j is written as %j', (text, written) => {
    expect(neutraliseCell(text)).toBe(written);
    expect(restoreCell(written)).toBe(text);
  });

  it('never writes a cell that starts with a trigger, except a plain negative number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const written = neutraliseCell(text);
        if (triggers.includes(written[0] ?? '')) expect(written).toMatch(/^-\d+(?:[.,]\d+)?$/);
      }),
    );
  });

  it('reads every neutralised cell back to the text it stood for', () => {
    const texty = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc
        .tuple(fc.constantFrom("'", "''", ''), fc.constantFrom(...triggers), fc.string())
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(texty, (text) => {
        expect(restoreCell(neutraliseCell(text))).toBe(text);
      }),
    );
  });

  it('round-trips a whole table through CSV text and the import reader', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.tuple(fc.constantFrom(...triggers), fc.string({ maxLength: 10 })).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          // Line breaks inside cells survive quoting; a cell of only spaces is how blank rows look.
          fc.pre(rows.every((row) => row.some((value) => value.trim() !== '')));
          const text = csvText({ name: 'x', headers: ['A', 'B', 'C'], rows });
          const [, ...back] = readCsv(Buffer.from(text, 'utf8'));
          expect(back).toEqual(rows);
        },
      ),
    );
  });
});
