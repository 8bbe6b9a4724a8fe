import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvFileName } from '../../../src/core/disputes/csv-columns';
import { decimalAmount } from '../../../src/shared/money';

describe('CSV values', () => {
  it('writes money as a decimal in the currency’s own minor digits', () => {
    expect(decimalAmount(150000, 'MYR')).toBe('1500.00');
    expect(decimalAmount(5, 'EUR')).toBe('0.05');
    expect(decimalAmount(0, 'USD')).toBe('0.00');
    expect(decimalAmount(2500000, 'IDR')).toBe('2500000');
    expect(decimalAmount(1500, 'JPY')).toBe('1500');
    expect(decimalAmount(12345, 'KWD')).toBe('12.345');
    expect(decimalAmount(-250, 'USD')).toBe('-2.50');
  });

  it('keeps every digit of any sum of cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), (minor) => {
        expect(
          decimalAmount(minor, 'SGD')
            .replace('.', '')
            .replace(/^0+(?=\d)/, ''),
        ).toBe(String(minor));
      }),
    );
  });

  it('names the file after the local day', () => {
    expect(csvFileName('disputes', new Date(2026, 10, 24, 23, 59))).toBe('disputes-2026-11-24.csv');
  });
});
