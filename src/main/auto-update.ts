// Wires the update flow (updates/update-flow.ts) into Electron: electron-updater in an installed
// app, the page's requests over one IPC channel after the sender check, status pushed back to the
// window, and the quiet checks at start and daily. In development there is nothing to update: the
// page still gets a status (supported: false) and no feed is ever asked.
import { join } from 'node:path';
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../shared/bridge';
import type { UpdateAnswer, UpdatesStatus } from '../shared/updates';
import { isTrustedFrame, type RendererLocation } from './trusted-renderer';
import { DEFAULT_UPDATE_FEED_URL } from './updates/default-feed';
import { scheduleUpdateChecks, UpdateFlow, type UpdaterPort } from './updates/update-flow';
import { fileUpdateSettings } from './updates/update-settings';

export interface StartUpdatesOptions {
  isPackaged: boolean;
  currentVersion: string;
  dataDir: string;
  renderer: RendererLocation;
  /** Delivers a status change to the window (if one is open). */
  sendStatus: (status: UpdatesStatus) => void;
}

export interface AppUpdates {
  stop(): void;
}

/** Answers one `ck:updates` request; exported so the sender check is tested without a window. */
export async function handleUpdateRequest(
  flow: Pick<UpdateFlow, 'handle'>,
  renderer: RendererLocation,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  request: unknown,
): Promise<UpdateAnswer> {
  if (!isTrustedFrame(event.senderFrame, renderer)) return { ok: false, problem: 'forbidden' };
  return flow.handle(request);
}

async function loadUpdater(isPackaged: boolean): Promise<UpdaterPort | null> {
  if (!isPackaged) return null;
  try {
    // Loaded only when packaged; electron-updater is CommonJS, so its API sits on the default export.
    const { default: electronUpdater } = await import('electron-updater');
    return electronUpdater.autoUpdater;
  } catch (error) {
    console.warn(`Updates are off: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

export function startUpdates(options: StartUpdatesOptions): AppUpdates {
  let stopSchedule: (() => void) | null = null;
  let stopped = false;
  const flowReady = loadUpdater(options.isPackaged).then((updater) => {
    const flow = new UpdateFlow({
      updater,
      currentVersion: options.currentVersion,
      defaultFeedUrl: DEFAULT_UPDATE_FEED_URL,
      settings: fileUpdateSettings(join(options.dataDir, 'update-settings.json')),
      onStatus: options.sendStatus,
    });
    if (updater && !stopped) stopSchedule = scheduleUpdateChecks(flow);
    return flow;
  });

  ipcMain.handle(ipcChannels.updates, async (event, request: unknown) =>
    handleUpdateRequest(await flowReady, options.renderer, event, request),
  );

  return {
    stop() {
      stopped = true;
      stopSchedule?.();
      ipcMain.removeHandler(ipcChannels.updates);
    },
  };
}
