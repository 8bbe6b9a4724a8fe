// What every committed write does to the data on screen: all queries become stale and the shown
// ones fetch again. A query's first fetch already under way may have read the database before
// the write, and React Query cancels and restarts only fetches of queries that already have data;
// such a first fetch is followed by one more once it lands, so a stale first answer never stays.
import type { QueryClient } from '@tanstack/react-query';

export function refreshAfterWrite(queryClient: QueryClient): Promise<void> {
  const firstFetches = queryClient
    .getQueryCache()
    .findAll({ fetchStatus: 'fetching' })
    .filter((query) => query.state.data === undefined);
  for (const query of firstFetches) {
    void query.promise
      ?.catch(() => undefined)
      .then(() => queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true }));
  }
  return queryClient.invalidateQueries();
}
