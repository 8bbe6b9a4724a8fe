// A VirtualTable fed by a paged list procedure. It owns the "which rows are on screen" state,
// so scrolling re-renders only the table, never the filters and headers around it.
import { Box, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { usePagedList, type PagedFilter, type PagedProcedure, type PagedRow } from '../../api/use-paged-list';
import { QueryErrorAlert } from '../QueryErrorAlert';
import { VirtualTable, type VirtualTableProps } from '../VirtualTable';

export interface PagedTableProps<N extends PagedProcedure> extends Omit<
  VirtualTableProps<PagedRow<N>>,
  'total' | 'rowAt' | 'onVisibleRowsChange'
> {
  procedure: N;
  filter: PagedFilter<N>;
  /** Hears the total whenever it is known or changes, e.g. for a "150 partners" heading. */
  onTotalChange?: (total: number | undefined) => void;
  /** Title of the error shown when a page cannot be loaded. */
  errorTitle: string;
}

export function PagedTable<N extends PagedProcedure>({
  procedure,
  filter,
  onTotalChange,
  errorTitle,
  ...tableProps
}: PagedTableProps<N>) {
  const [visibleRows, setVisibleRows] = useState({ first: 0, last: 30 });
  const list = usePagedList(procedure, filter, visibleRows);

  useEffect(() => onTotalChange?.(list.total), [list.total, onTotalChange]);

  return (
    <Stack h="100%" gap="sm">
      {list.error ? <QueryErrorAlert error={list.error} onRetry={list.refetch} title={errorTitle} /> : null}
      <Box flex={1} mih={0}>
        <VirtualTable<PagedRow<N>>
          {...tableProps}
          total={list.total}
          rowAt={list.rowAt}
          onVisibleRowsChange={setVisibleRows}
        />
      </Box>
    </Stack>
  );
}
