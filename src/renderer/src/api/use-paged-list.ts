// Loads the pages of a list procedure ({rows,total} by offset) that cover the rows on screen.
// Each page is its own query, so pages scrolled past stay cached and refresh independently.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureOutput } from '../../../shared/contract';
import { call } from './client';
import { listPageSize, pagesForRows, rowAt } from './page-window';
import { coreQueryKey } from './query-keys';

export type PagedProcedure = 'partners.list' | 'contacts.list';
export type PagedFilter<N extends PagedProcedure> = Omit<ProcedureInput<N>, 'offset' | 'limit'>;
export type PagedRow<N extends PagedProcedure> = ProcedureOutput<N>['rows'][number];
type Page<N extends PagedProcedure> = { rows: PagedRow<N>[]; total: number };

export interface PagedList<Row> {
  /** Total rows matching the filter; undefined until the first page answered. */
  total: number | undefined;
  rowAt(index: number): Row | undefined;
  error: Error | null;
  refetch(): void;
}

/** Rows beyond the screen whose page is fetched ahead, so a steady scroll rarely meets a skeleton. */
const lookAhead = listPageSize / 2;
/** A fling through thousands of rows asks only for where it stops, not for every page it passed. */
const settleMs = 120;

export function usePagedList<N extends PagedProcedure>(
  name: N,
  filter: PagedFilter<N>,
  visible: { first: number; last: number },
): PagedList<PagedRow<N>> {
  const queryClient = useQueryClient();
  const [settled] = useDebouncedValue(visible, settleMs);
  const inputOf = (page: number) =>
    ({ ...filter, offset: page * listPageSize, limit: listPageSize }) as ProcedureInput<N>;

  // Page 0 is always asked for: it brings the total, which sizes the scroll area.
  const pages = [...new Set([0, ...pagesForRows(settled.first - lookAhead, settled.last + lookAhead)])];
  const results = useQueries({
    queries: pages.map((page) => {
      const input = inputOf(page);
      return {
        queryKey: coreQueryKey(name, input),
        queryFn: () => call(name, input) as Promise<Page<N>>,
        // Keeps the old total while a new filter loads, so the list does not collapse and jump.
        placeholderData: page === 0 ? keepPreviousData : undefined,
      };
    }),
  });

  const loaded = new Map<number, PagedRow<N>[]>();
  let total: number | undefined;
  results.forEach((result, i) => {
    if (!result.data) return;
    if (!result.isPlaceholderData) loaded.set(pages[i]!, result.data.rows);
    total ??= result.data.total;
  });
  const failed = results.find((result) => result.error);

  return {
    total,
    rowAt: (index) => {
      const row = rowAt(loaded, index);
      if (row !== undefined) return row;
      // While scrolling, pages seen earlier are still in the cache: show them without waiting.
      const page = Math.floor(index / listPageSize);
      const cached = queryClient.getQueryData<Page<N>>(coreQueryKey(name, inputOf(page)));
      return cached?.rows[index % listPageSize];
    },
    error: failed?.error ?? null,
    refetch: () => results.forEach((result) => void result.refetch()),
  };
}
