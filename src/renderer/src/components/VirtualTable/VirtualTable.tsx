// A table for long lists: only the rows on screen are in the DOM, rows not loaded yet show as
// skeletons, and the parent hears which rows are visible so it can fetch just those pages.
import { Box, Skeleton, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ReactNode } from 'react';
import classes from './VirtualTable.module.css';

export interface VirtualTableColumn<Row> {
  id: string;
  /** Visible header text. */
  header: string;
  /** Narrowest the column gets, in px; below the sum of these the table scrolls sideways. */
  minWidth: number;
  /** Share of the remaining width. */
  grow: number;
  cell: (row: Row) => ReactNode;
  /** Accessible name of the sort button; the column is not sortable without it. */
  sortLabel?: string;
}

export interface VirtualTableSort {
  column: string;
  direction: 'asc' | 'desc';
}

export interface VirtualTableProps<Row> {
  /** Accessible name of the table, e.g. "Partners". */
  label: string;
  columns: VirtualTableColumn<Row>[];
  /** Number of rows; undefined while unknown (skeleton rows are shown). */
  total: number | undefined;
  rowAt: (index: number) => Row | undefined;
  rowKey: (row: Row) => string;
  onRowClick?: (row: Row) => void;
  onVisibleRowsChange: (rows: { first: number; last: number }) => void;
  sort?: VirtualTableSort;
  onSortChange?: (column: string) => void;
  /** Shown instead of rows when there are none. */
  empty?: ReactNode;
  /** Scrolls back to the top whenever this changes (a new filter). */
  resetScrollKey?: string;
  rowHeight?: number;
}

const placeholderRows = 12;
const columnGap = 16;

export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { columns, total, rowAt, rowHeight = 44, onVisibleRowsChange, resetScrollKey } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? placeholderRows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => onVisibleRowsChange({ first, last }), [first, last, onVisibleRowsChange]);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetScrollKey]);

  const template = columns.map((column) => `minmax(${column.minWidth}px, ${column.grow}fr)`).join(' ');
  // Rows are absolutely positioned, so the table's minimum width has to be set explicitly.
  const minWidth = columns.reduce((sum, column) => sum + column.minWidth + columnGap, columnGap);
  return (
    <Box
      ref={scrollRef}
      className={classes.scroller}
      role="table"
      aria-label={props.label}
      aria-rowcount={total === undefined ? -1 : total + 1}
      aria-busy={total === undefined}
    >
      <div role="rowgroup" className={classes.head} style={{ minWidth }}>
        <div role="row" aria-rowindex={1} className={classes.row} style={{ gridTemplateColumns: template }}>
          {columns.map((column) => (
            <HeaderCell key={column.id} column={column} sort={props.sort} onSortChange={props.onSortChange} />
          ))}
        </div>
      </div>
      {total === 0 ? (
        <div className={classes.empty}>{props.empty}</div>
      ) : (
        <div
          role="rowgroup"
          className={classes.body}
          style={{ height: virtualizer.getTotalSize(), minWidth }}
        >
          {items.map((item) => {
            const row = total === undefined ? undefined : rowAt(item.index);
            return (
              <VirtualTableRow
                key={row ? props.rowKey(row) : `skeleton-${item.index}`}
                row={row}
                index={item.index}
                start={item.start}
                size={item.size}
                columns={columns}
                template={template}
                onRowClick={props.onRowClick}
              />
            );
          })}
        </div>
      )}
    </Box>
  );
}

interface HeaderCellProps<Row> {
  column: VirtualTableColumn<Row>;
  sort: VirtualTableSort | undefined;
  onSortChange: ((column: string) => void) | undefined;
}

function HeaderCell<Row>({ column, sort, onSortChange }: HeaderCellProps<Row>) {
  const sorted = sort?.column === column.id ? sort.direction : undefined;
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  if (!column.sortLabel || !onSortChange) {
    return (
      <div role="columnheader" className={classes.headerCell}>
        {column.header}
      </div>
    );
  }
  const SortIcon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <div role="columnheader" aria-sort={ariaSort} className={classes.headerCell}>
      <UnstyledButton
        className={classes.sortButton}
        aria-label={column.sortLabel}
        onClick={() => onSortChange(column.id)}
        data-sorted={sorted ? true : undefined}
      >
        <span>{column.header}</span>
        <SortIcon size={14} aria-hidden />
      </UnstyledButton>
    </div>
  );
}

interface VirtualTableRowProps<Row> {
  row: Row | undefined;
  index: number;
  start: number;
  size: number;
  columns: VirtualTableColumn<Row>[];
  template: string;
  onRowClick: ((row: Row) => void) | undefined;
}

// Memoized: while scrolling, rows already on screen keep their props and are not re-rendered;
// only rows coming into view are. Needs stable `columns` and `onRowClick` from the parent.
const VirtualTableRow = memo(function VirtualTableRow<Row>({
  row,
  index,
  start,
  size,
  columns,
  template,
  onRowClick,
}: VirtualTableRowProps<Row>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={classes.row}
      data-clickable={row && onRowClick ? true : undefined}
      data-testid={row ? undefined : 'row-skeleton'}
      onClick={row && onRowClick ? () => onRowClick(row) : undefined}
      style={{ gridTemplateColumns: template, height: size, transform: `translateY(${start}px)` }}
    >
      {columns.map((column) => (
        <div role="cell" key={column.id} className={classes.cell}>
          {row ? column.cell(row) : <Skeleton height={12} width="70%" />}
        </div>
      ))}
    </div>
  );
}) as <Row>(props: VirtualTableRowProps<Row>) => ReactNode;
