// The sort a list screen asks the core for: one column and a direction. Clicking a column sorts by
// it newest/largest first; clicking the sorted column again flips the direction.
export interface ColumnSort<F extends string> {
  sort: F;
  direction: 'asc' | 'desc';
}

export function sortByColumn<F extends string>(current: ColumnSort<F>, field: F): ColumnSort<F> {
  return {
    sort: field,
    direction: current.sort === field && current.direction === 'desc' ? 'asc' : 'desc',
  };
}
