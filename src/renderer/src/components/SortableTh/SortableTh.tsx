// A table column header that sorts the list when clicked: it tells screen readers the current
// direction (aria-sort) and shows an arrow on the sorted column.
import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import type { ColumnSort } from './column-sort';

export interface SortableThProps<F extends string> {
  field: F;
  label: string;
  sort: ColumnSort<F>;
  onSort: (field: F) => void;
  /** Numbers are right-aligned, header and cells alike. */
  numeric?: boolean;
}

export function SortableTh<F extends string>({
  field,
  label,
  sort,
  onSort,
  numeric = false,
}: SortableThProps<F>) {
  const active = sort.sort === field;
  const Icon = sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      style={numeric ? { textAlign: 'right' } : undefined}
    >
      <UnstyledButton onClick={() => onSort(field)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          {label}
          {active ? <Icon size={14} aria-hidden /> : null}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
