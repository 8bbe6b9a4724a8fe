// TanStack Query bindings for core procedures: reads are queries keyed by [name, input], writes
// are mutations through the same client. Every change event refreshes every query.
import { refreshAfterWrite } from './refresh-after-write';
import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { CoreError } from '../../../shared/errors';
import { call, subscribeToChanges } from './client';
import { coreQueryKey, type CoreQueryKey } from './query-keys';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Change events keep data fresh; refetching on focus would only add load.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // A CoreError is the core's considered answer; only transport hiccups are worth a retry.
        retry: (failureCount, error) => !(error instanceof CoreError) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}

type CoreQueryOptions<N extends ProcedureName> = Omit<
  UseQueryOptions<ProcedureOutput<N>, Error, ProcedureOutput<N>, CoreQueryKey<N>>,
  'queryKey' | 'queryFn'
>;

export function useCoreQuery<N extends ProcedureName>(
  name: N,
  input: ProcedureInput<N>,
  options: CoreQueryOptions<N> = {},
) {
  return useQuery({
    ...options,
    queryKey: coreQueryKey(name, input),
    queryFn: () => call(name, input),
  });
}

export function useCoreMutation<N extends ProcedureName>(name: N) {
  const queryClient = useQueryClient();
  return useMutation<ProcedureOutput<N>, Error, ProcedureInput<N>>({
    mutationFn: (input) => call(name, input),
    // The change event does the same a moment later; refreshing now makes the UI feel immediate.
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

/** Refreshes all queries after any committed write, wherever it came from. */
export function useRefreshOnChanges(): void {
  const queryClient = useQueryClient();
  useEffect(() => subscribeToChanges(() => void refreshAfterWrite(queryClient)), [queryClient]);
}
