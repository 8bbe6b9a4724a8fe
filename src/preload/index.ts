// The only bridge between the page and the app: call a core procedure, and hear about changes.
// Runs sandboxed, so it is bundled as one CommonJS file and may only require 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ChangeEvent } from '../shared/events';
import { ipcChannels, type ChannelKeeperBridge } from '../shared/bridge';
import type { UpdateAnswer, UpdatesStatus } from '../shared/updates';

// No other channel is reachable from the page.
const CALL_CHANNEL = ipcChannels.call;
const CHANGE_CHANNEL = ipcChannels.change;
const NAVIGATE_CHANNEL = ipcChannels.navigate;
const UPDATES_CHANNEL = ipcChannels.updates;
const UPDATES_STATUS_CHANNEL = ipcChannels.updatesStatus;

const bridge: ChannelKeeperBridge = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input),
  onChange(callback) {
    // The page gets the event only, never Electron's IPC event object (it exposes the sender).
    const listener = (_event: IpcRendererEvent, change: ChangeEvent): void => callback(change);
    ipcRenderer.on(CHANGE_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(CHANGE_CHANNEL, listener);
    };
  },
  onNavigate(callback) {
    const listener = (_event: IpcRendererEvent, path: unknown): void => {
      if (typeof path === 'string') callback(path);
    };
    ipcRenderer.on(NAVIGATE_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(NAVIGATE_CHANNEL, listener);
    };
  },
  updates: {
    request: (request) => ipcRenderer.invoke(UPDATES_CHANNEL, request) as Promise<UpdateAnswer>,
    onStatus(callback) {
      const listener = (_event: IpcRendererEvent, status: UpdatesStatus): void => callback(status);
      ipcRenderer.on(UPDATES_STATUS_CHANNEL, listener);
      return () => {
        ipcRenderer.removeListener(UPDATES_STATUS_CHANNEL, listener);
      };
    },
  },
};

contextBridge.exposeInMainWorld('channelKeeper', bridge);
