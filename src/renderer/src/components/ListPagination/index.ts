export { ListPagination } from './ListPagination';
export type { ListPaginationProps } from './ListPagination';
