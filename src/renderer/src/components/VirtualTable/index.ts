export { VirtualTable } from './VirtualTable';
export type { VirtualTableColumn, VirtualTableProps, VirtualTableSort } from './VirtualTable';
