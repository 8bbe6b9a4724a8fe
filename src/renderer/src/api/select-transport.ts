// Picks the transport once at start: IPC when the Electron preload bridge is present, HTTP
// (browser mode) otherwise.
import { findBridge } from './bridge-types';
import { takeBrowserToken } from './browser-token';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';

export function selectTransport(win: Window): Transport {
  const bridge = findBridge(win);
  if (bridge) return createIpcTransport(bridge);
  const token = takeBrowserToken({
    location: win.location,
    history: win.history,
    storage: win.sessionStorage,
  });
  return createHttpTransport({ origin: win.location.origin, token });
}
