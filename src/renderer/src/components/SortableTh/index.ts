export { SortableTh } from './SortableTh';
export type { SortableThProps } from './SortableTh';
export { sortByColumn } from './column-sort';
export type { ColumnSort } from './column-sort';
