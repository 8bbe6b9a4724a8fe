// The one application window: locked-down web preferences, no navigation away from the app, no
// new windows, allow-listed links handed to the operating system, size and position remembered.
import { BrowserWindow, screen, type WebContents } from 'electron';
import { openExternalIfAllowed } from './external-links';
import { fitWindowState, loadWindowState, MIN_SIZE, trackWindowState } from './window-state';
import type { RendererLocation } from './trusted-renderer';

export interface MainWindowOptions {
  preloadScript: string;
  rendererHtml: string;
  renderer: RendererLocation;
  windowStateFile: string;
  /** Window icon for Linux; Windows and macOS take it from the packaged app. */
  icon?: string;
}

/** No navigation, no pop-ups, no <webview>: the app is one page and links leave through the OS. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalIfAllowed(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const fitted = fitWindowState(
    loadWindowState(options.windowStateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );

  const window = new BrowserWindow({
    ...fitted.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'ChannelKeeper',
    show: false,
    ...(process.platform === 'linux' && options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preloadScript,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });

  guardWebContents(window.webContents);
  trackWindowState(window, options.windowStateFile);

  window.once('ready-to-show', () => {
    if (fitted.isMaximized) window.maximize();
    window.show();
  });
  // A page that fails to load must still be seen (an empty hidden window looks like a hang).
  window.webContents.once('did-fail-load', (_event, code, description) => {
    console.error(`The window failed to load (${code}): ${description}`);
    if (!window.isVisible()) window.show();
  });

  const loading = options.renderer.devServerUrl
    ? window.loadURL(options.renderer.devServerUrl)
    : window.loadFile(options.rendererHtml);
  // did-fail-load above reports the failure; the rejection carries nothing more.
  loading.catch(() => undefined);
  return window;
}
