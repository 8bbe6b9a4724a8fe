// The Electron side of updates: only our own page may ask anything of the update flow, a
// development build never loads electron-updater, and an installed build hands it to the flow
// with automatic download and install turned off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdateAnswer, UpdatesStatus } from '../../../src/shared/updates';

type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, request: unknown) => Promise<UpdateAnswer>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const fakeAutoUpdater = {
  autoDownload: true,
  autoInstallOnAppQuit: true,
  setFeedURL: vi.fn(),
  checkForUpdates: vi.fn(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED'))),
  downloadUpdate: vi.fn(() => Promise.resolve([])),
  quitAndInstall: vi.fn(),
  on: vi.fn(),
};
const electronUpdaterLoaded = vi.fn();
vi.mock('electron-updater', () => {
  electronUpdaterLoaded();
  return { default: { autoUpdater: fakeAutoUpdater } };
});

const { handleUpdateRequest, startUpdates } = await import('../../../src/main/auto-update');
const { rendererLocation } = await import('../../../src/main/trusted-renderer');
const { DEFAULT_UPDATE_FEED_URL } = await import('../../../src/main/updates/default-feed');
const { ipcChannels } = await import('../../../src/shared/bridge');

const html = '/app/out/renderer/index.html';
const renderer = rendererLocation(html, null);
function frameAt(url: string, parent: unknown = null): Pick<IpcMainInvokeEvent, 'senderFrame'> {
  return { senderFrame: { url, parent } } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>;
}
const ownFrame = frameAt(`${pathToFileURL(html).href}#/settings`);

let dataDir: string | null = null;
afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = null;
  handlers.clear();
});

describe('handleUpdateRequest (the IPC sender check)', () => {
  const flow = { handle: vi.fn((_request: unknown) => Promise.resolve({ ok: true } as UpdateAnswer)) };

  it('passes our own page through', async () => {
    await handleUpdateRequest(flow, renderer, ownFrame, { action: 'check' });
    expect(flow.handle).toHaveBeenCalledWith({ action: 'check' });
  });

  it.each([
    ['a web page', frameAt('https://evil.example/')],
    ['a sub-frame of our page', frameAt(pathToFileURL(html).href, { url: 'x' })],
    ['another local file', frameAt('file:///tmp/evil.html')],
    ['a frame that is gone', { senderFrame: null } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>],
  ])('refuses %s without touching the flow', async (_label, event) => {
    flow.handle.mockClear();
    await expect(handleUpdateRequest(flow, renderer, event, { action: 'install' })).resolves.toEqual({
      ok: false,
      problem: 'forbidden',
    });
    expect(flow.handle).not.toHaveBeenCalled();
  });
});

describe('startUpdates', () => {
  function start(isPackaged: boolean) {
    dataDir = mkdtempSync(join(tmpdir(), 'ck-auto-update-'));
    const statuses: UpdatesStatus[] = [];
    const updates = startUpdates({
      isPackaged,
      currentVersion: '0.1.0',
      dataDir,
      renderer,
      sendStatus: (status) => statuses.push(status),
    });
    const handler = handlers.get(ipcChannels.updates);
    if (!handler) throw new Error('no handler');
    return { updates, handler, statuses };
  }

  it('in development answers "not supported" and never loads electron-updater', async () => {
    electronUpdaterLoaded.mockClear();
    const { handler, updates } = start(false);
    const answer = await handler(ownFrame, { action: 'check' });
    expect(answer).toMatchObject({
      ok: true,
      status: { supported: false, currentVersion: '0.1.0', feedUrl: DEFAULT_UPDATE_FEED_URL },
    });
    expect(electronUpdaterLoaded).not.toHaveBeenCalled();
    updates.stop();
    expect(handlers.has(ipcChannels.updates)).toBe(false);
  });

  it('when installed, drives electron-updater with automatic download and install off', async () => {
    const { handler, updates, statuses } = start(true);
    const answer = await handler(ownFrame, { action: 'check' });
    expect(fakeAutoUpdater.autoDownload).toBe(false);
    expect(fakeAutoUpdater.autoInstallOnAppQuit).toBe(false);
    expect(fakeAutoUpdater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: DEFAULT_UPDATE_FEED_URL,
    });
    // Offline: the check is recorded, nothing is offered.
    expect(answer).toMatchObject({ ok: true, status: { supported: true, phase: { kind: 'idle' } } });
    expect(answer.ok && answer.status.lastCheck?.outcome).toBe('offline');
    expect(statuses.at(-1)?.lastCheck?.outcome).toBe('offline');
    expect(fakeAutoUpdater.downloadUpdate).not.toHaveBeenCalled();
    updates.stop();
  });
});
