// Electron main process: one instance, one window, the core in a utility process, and a clean
// shutdown that lets the core close its database before the app exits.
import { join } from 'node:path';
import { app, BrowserWindow, net, protocol, safeStorage, session } from 'electron';
import { installAppMenu } from './app-menu';
import { appFiles, parseDataDirArg } from './app-paths';
import { ATTACHMENT_SCHEME_PRIVILEGES, handleAttachmentProtocol } from './attachment-protocol';
import { startUpdates, type AppUpdates } from './auto-update';
import { installContentSecurityPolicy } from './content-security-policy';
import { ipcChannels } from '../shared/bridge';
import { CHANGE_CHANNEL, startCoreBridge, type CoreBridge } from './core-bridge';
import { createMainWindow } from './main-window';
import { installPermissionHandlers } from './permissions';
import { startNativeReminders } from './reminders/native-reminders';
import { showStartupError } from './startup-dialog';
import { openSecretVault } from './secret-vault';
import { rendererLocation } from './trusted-renderer';

const APP_NAME = 'ChannelKeeper';

// Name and folders first: Electron derives userData and the single-instance lock from them. Set
// userData explicitly because in development the name would otherwise come from package.json.
app.setName(APP_NAME);
const dataDirArg = parseDataDirArg(process.argv);
// With --data-dir everything (database, window state, Chromium's profile and the instance lock)
// lives in that folder, so a test or a second data set runs beside the everyday app.
app.setPath('userData', dataDirArg ?? join(app.getPath('appData'), APP_NAME));
const dataDir = app.getPath('userData');
app.enableSandbox();
// Before ready, as Electron requires: lets the page fetch() stored attachments by their hash.
protocol.registerSchemesAsPrivileged([ATTACHMENT_SCHEME_PRIVILEGES]);

const files = appFiles(import.meta.dirname);
const devServerUrl = app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null);
const renderer = rendererLocation(files.rendererHtml, devServerUrl);

let mainWindow: BrowserWindow | null = null;
let bridge: CoreBridge | null = null;
let stopReminders: (() => void) | null = null;
let updates: AppUpdates | null = null;

function openWindow(): void {
  mainWindow = createMainWindow({
    preloadScript: files.preloadScript,
    rendererHtml: files.rendererHtml,
    renderer,
    windowStateFile: join(dataDir, 'window-state.json'),
    icon: files.icon,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  installContentSecurityPolicy(session.defaultSession, devServerUrl);
  installPermissionHandlers(session.defaultSession, renderer);
  handleAttachmentProtocol(session.defaultSession.protocol, join(dataDir, 'attachments'), (url) =>
    net.fetch(url),
  );
  installAppMenu({ dataDir, isMac: process.platform === 'darwin', isPackaged: app.isPackaged });

  bridge = startCoreBridge({
    coreProcessScript: files.coreProcessScript,
    dataDir,
    renderer,
    onStartupFailed: showStartupError,
    // After whenReady: on Linux safeStorage knows only then whether a keyring is there.
    secrets: openSecretVault({ file: join(dataDir, 'sync-secrets.json'), safeStorage }),
    onChange: (event) => {
      if (mainWindow && !mainWindow.webContents.isDestroyed()) {
        mainWindow.webContents.send(CHANGE_CHANNEL, event);
      }
    },
  });

  updates = startUpdates({
    isPackaged: app.isPackaged,
    currentVersion: app.getVersion(),
    dataDir,
    renderer,
    sendStatus: (status) => {
      if (mainWindow && !mainWindow.webContents.isDestroyed()) {
        mainWindow.webContents.send(ipcChannels.updatesStatus, status);
      }
    },
  });

  openWindow();
  const core = bridge;
  stopReminders = startNativeReminders({
    dataDir,
    call: (name, input) => core.call(name, input),
    open: openAt,
  });
}

/** A reminder was clicked: the window comes forward (or back) at the item. */
function openAt(path: string): void {
  if (!mainWindow) openWindow();
  focusWindow();
  const window = mainWindow;
  if (!window) return;
  const send = () => window.webContents.send(ipcChannels.navigate, path);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

if (!app.requestSingleInstanceLock()) {
  // Another ChannelKeeper already has this data folder open; it will come to the front.
  app.quit();
} else {
  app.on('second-instance', focusWindow);

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    stopReminders?.();
    stopReminders = null;
    updates?.stop();
    updates = null;
    const running = bridge;
    if (!running) return;
    // Hold the exit until the core has checkpointed and closed the database.
    event.preventDefault();
    bridge = null;
    void running.stop().finally(() => app.quit());
  });

  start().catch((error: unknown) => {
    console.error(error);
    showStartupError(
      `ChannelKeeper could not start: ${error instanceof Error ? error.message : String(error)}`,
      null,
    );
    app.exit(1);
  });
}
