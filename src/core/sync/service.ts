// The sync procedures: connect this computer to a team server, choose what happens to local data,
// sync now, disconnect, and the status the indicator shows.
import { CoreError } from '../../shared/errors';
import type { SyncConnectInput, SyncStatus } from '../../shared/sync';
import type { CoreContext } from '../context';

const notBuilt = () => new CoreError({ code: 'INTERNAL', message: 'Team sync is not built yet.' });

export function syncStatus(ctx: CoreContext): Promise<SyncStatus> {
  void ctx;
  return Promise.resolve({
    state: 'off',
    serverUrl: null,
    workspace: null,
    user: null,
    lastSyncAt: null,
    waiting: 0,
    error: null,
    refused: [],
    localData: null,
  });
}

export function connectToServer(ctx: CoreContext, input: SyncConnectInput): Promise<SyncStatus> {
  void ctx;
  void input;
  return Promise.reject(notBuilt());
}

export function joinWorkspace(
  ctx: CoreContext,
  choice: 'upload' | 'download',
): Promise<{ status: SyncStatus; backupFile: string }> {
  void ctx;
  void choice;
  return Promise.reject(notBuilt());
}

export function syncNow(ctx: CoreContext): Promise<SyncStatus> {
  return syncStatus(ctx);
}

export function disconnectFromServer(ctx: CoreContext): Promise<SyncStatus> {
  return syncStatus(ctx);
}
