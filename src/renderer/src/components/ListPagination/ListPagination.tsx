// The page buttons under a list, centred; nothing while every matching row fits on one page.
import { Group, Pagination } from '@mantine/core';

export interface ListPaginationProps {
  /** How many rows match, over all pages. */
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  /** The accessible name of the page buttons' group ("Claim pages"). */
  label: string;
}

export function ListPagination({ total, pageSize, page, onChange, label }: ListPaginationProps) {
  if (total <= pageSize) return null;
  return (
    <Group justify="center">
      <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={onChange} aria-label={label} />
    </Group>
  );
}
