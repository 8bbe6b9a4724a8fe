// Clicking list column headers: a new column sorts descending first, the sorted one flips.
import { describe, expect, it } from 'vitest';
import { sortByColumn } from '../../../src/renderer/src/components/SortableTh/column-sort';

describe('sortByColumn', () => {
  it('sorts a newly clicked column descending, whatever the old direction', () => {
    expect(sortByColumn({ sort: 'date', direction: 'asc' }, 'total')).toEqual({
      sort: 'total',
      direction: 'desc',
    });
  });

  it('flips the direction when the sorted column is clicked again', () => {
    const once = sortByColumn({ sort: 'date', direction: 'desc' }, 'date');
    expect(once).toEqual({ sort: 'date', direction: 'asc' });
    expect(sortByColumn(once, 'date')).toEqual({ sort: 'date', direction: 'desc' });
  });
});
