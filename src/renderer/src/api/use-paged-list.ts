// Loads the pages of a list procedure ({rows,total} by offset) that cover the rows on screen.
// Each page is its own query, so pages scrolled past are cached and refreshed independently.
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureOutput } from '../../../shared/contract';
import { call } from './client';
import { listPageSize, pagesForRows, rowAt } from './page-window';
import { coreQueryKey } from './query-keys';

export type PagedProcedure = 'partners.list' | 'contacts.list';
export type PagedFilter<N extends PagedProcedure> = Omit<ProcedureInput<N>, 'offset' | 'limit'>;
export type PagedRow<N extends PagedProcedure> = ProcedureOutput<N>['rows'][number];

export interface PagedList<Row> {
  /** Total rows matching the filter; undefined until the first page answered. */
  total: number | undefined;
  rowAt(index: number): Row | undefined;
  error: Error | null;
  refetch(): void;
}

export function usePagedList<N extends PagedProcedure>(
  name: N,
  filter: PagedFilter<N>,
  visible: { first: number; last: number },
): PagedList<PagedRow<N>> {
  // Page 0 is always asked for: it brings the total, which sizes the scroll area.
  const pages = [...new Set([0, ...pagesForRows(visible.first, visible.last)])];
  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * listPageSize, limit: listPageSize } as ProcedureInput<N>;
      return {
        queryKey: coreQueryKey(name, input),
        queryFn: () => call(name, input) as Promise<{ rows: PagedRow<N>[]; total: number }>,
        // Keeps the old total while a new filter loads, so the list does not collapse and jump.
        placeholderData: page === 0 ? keepPreviousData : undefined,
      };
    }),
  });

  const loaded = new Map<number, PagedRow<N>[]>();
  let total: number | undefined;
  results.forEach((result, i) => {
    const page = pages[i]!;
    if (!result.data) return;
    if (!result.isPlaceholderData) loaded.set(page, result.data.rows);
    total ??= result.data.total;
  });
  const failed = results.find((result) => result.error);

  return {
    total,
    rowAt: (index) => rowAt(loaded, index),
    error: failed?.error ?? null,
    refetch: () => results.forEach((result) => void result.refetch()),
  };
}
