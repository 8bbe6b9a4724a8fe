// The Electron bridge's contract: the shape of window.channelKeeper, which the preload builds and
// the renderer calls, and the IPC channel names main and the preload use. Nothing else of
// Electron is reachable from the page.
import type { RpcResult } from './errors';
import type { ChangeEvent } from './events';
import type { UpdateAnswer, UpdateRequest, UpdatesStatus } from './updates';

export const ipcChannels = {
  call: 'ck:call',
  change: 'ck:change',
  /** Main to page: open an app path (a reminder notification was clicked). */
  navigate: 'ck:navigate',
  /** Page to main: one app-update request (see shared/updates.ts). */
  updates: 'ck:updates',
  /** Main to page: the app-update status changed. */
  updatesStatus: 'ck:updates-status',
} as const;

/** The app's own updates; only the desktop app has them. */
export interface UpdatesBridge {
  request(request: UpdateRequest): Promise<UpdateAnswer>;
  /** Hears every change of the update status; returns the unsubscribe. */
  onStatus(listener: (status: UpdatesStatus) => void): () => void;
}

export interface ChannelKeeperBridge {
  /** Calls a core procedure by name; resolves to a value or a typed error. */
  call(name: string, input: unknown): Promise<RpcResult<unknown>>;
  /** Subscribes to the core's change events; returns the unsubscribe function. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** Hears the app path to open when a native reminder is clicked; returns the unsubscribe. */
  onNavigate?(listener: (path: string) => void): () => void;
  /** Checking for, downloading and installing new versions of the desktop app. */
  updates?: UpdatesBridge;
}
