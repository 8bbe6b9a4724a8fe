import { describe, expect, it } from 'vitest';
import { listPageSize, pagesForRows, rowAt } from '../../../src/renderer/src/api/page-window';

describe('pagesForRows', () => {
  it('covers the visible rows with whole pages', () => {
    expect(listPageSize).toBe(100);
    expect(pagesForRows(0, 30)).toEqual([0]);
    expect(pagesForRows(95, 130)).toEqual([0, 1]);
    expect(pagesForRows(50_010, 50_040)).toEqual([500]);
    expect(pagesForRows(199, 200)).toEqual([1, 2]);
  });

  it('is empty when nothing is on screen', () => {
    expect(pagesForRows(0, -1)).toEqual([]);
  });
});

describe('rowAt', () => {
  it('finds a row inside its page, undefined while the page is not loaded', () => {
    const pages = new Map([
      [0, ['a', 'b']],
      [3, ['x']],
    ]);
    expect(rowAt(pages, 1, 2)).toBe('b');
    expect(rowAt(pages, 6, 2)).toBe('x');
    expect(rowAt(pages, 2, 2)).toBeUndefined();
  });
});
