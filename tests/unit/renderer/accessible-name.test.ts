// Label in Name: a figure link's accessible name must contain the figure it shows, word for word.
import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { nameContains, nameWithVisibleText } from '../../../src/renderer/src/i18n/accessible-name';

const t = ((key: string, values: { figure: string; meaning: string }) =>
  key === 'table.figureLink' ? `${values.figure}: ${values.meaning}` : key) as unknown as TFunction;

describe('nameContains', () => {
  it('compares words, ignoring case and punctuation', () => {
    expect(nameContains('12 active partners: open the list', '12')).toBe(true);
    expect(nameContains('Search… Ctrl + K', 'search ctrl+k')).toBe(true);
    expect(nameContains('2 critical partners', '2 critical')).toBe(true);
  });

  it('needs the words side by side and in order', () => {
    expect(nameContains('3 partners to watch', '3 to watch')).toBe(false);
    expect(nameContains('8 open disputes past their SLA', '8 past SLA')).toBe(false);
    expect(nameContains('watch 3', '3 watch')).toBe(false);
  });

  it('does not take a part of a word for the word', () => {
    expect(nameContains('12 partners', '2')).toBe(false);
    expect(nameContains('Sales of the period: RM 1,234,567.00', 'RM 1.2M')).toBe(false);
  });
});

describe('nameWithVisibleText', () => {
  it('keeps a label that already says what the link shows', () => {
    expect(nameWithVisibleText('12', '12 active partners: open the list', t)).toBe(
      '12 active partners: open the list',
    );
  });

  it('puts the figure first when the label does not contain it', () => {
    expect(nameWithVisibleText('+32', 'Survey answers of the period', t)).toBe(
      '+32: Survey answers of the period',
    );
  });

  it('always gives a name containing the visible text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (visible, label) => {
        expect(nameContains(nameWithVisibleText(visible, label, t), visible)).toBe(true);
      }),
    );
  });
});
