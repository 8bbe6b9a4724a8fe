// The sync procedures: connect this computer to a team server, choose what happens to local data,
// sync now, disconnect, and the status the indicator shows. The work is done by the core's
// SyncClient (client/sync-client.ts); these are its doors.
import type { SyncConnectInput, SyncStatus } from '../../shared/sync';
import type { CoreContext } from '../context';
import { syncClientOf } from './client/sync-client';

export function syncStatus(ctx: CoreContext): Promise<SyncStatus> {
  return syncClientOf(ctx).status();
}

export function connectToServer(ctx: CoreContext, input: SyncConnectInput): Promise<SyncStatus> {
  return syncClientOf(ctx).connect(input);
}

export function joinWorkspace(
  ctx: CoreContext,
  choice: 'upload' | 'download',
): Promise<{ status: SyncStatus; backupFile: string }> {
  return syncClientOf(ctx).join(choice);
}

export function syncNow(ctx: CoreContext): Promise<SyncStatus> {
  return syncClientOf(ctx).syncNow();
}

export function disconnectFromServer(ctx: CoreContext): Promise<SyncStatus> {
  return syncClientOf(ctx).disconnect();
}
