// The sync status as every sync screen reads it. The core sends no event when the state changes
// (a pull in the background, the network going away), so the status is polled.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SyncStatus } from '../../../../shared/sync';
import { useCoreQuery } from '../../api/core-queries';
import { coreQueryKey } from '../../api/query-keys';

export const syncStatusPollMs = 3000;
/** While a sync runs, so a long download's progress moves along. */
export const syncingPollMs = 1000;

export function useSyncStatus() {
  return useCoreQuery(
    'sync.status',
    {},
    {
      refetchInterval: (query) => (query.state.data?.state === 'syncing' ? syncingPollMs : syncStatusPollMs),
      // A status a few seconds old is the point of polling: never serve an older one.
      staleTime: 0,
    },
  );
}

/** Puts a status a procedure answered (connect, join, sync now...) on screen at once. */
export function useShowSyncStatus(): (status: SyncStatus) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (status: SyncStatus) => queryClient.setQueryData(coreQueryKey('sync.status', {}), status),
    [queryClient],
  );
}

/** True when this computer is connected and its user is the workspace's administrator. */
export function isTeamAdmin(status: SyncStatus | undefined): boolean {
  return !!status && status.state !== 'off' && status.user?.role === 'admin';
}
