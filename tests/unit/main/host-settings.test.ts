// Small pure pieces of the Electron host: the CSP, the permission policy, argv parsing, file
// locations, the startup error text and the menu. (The update flow: update-flow.test.ts.)
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showErrorBox = vi.fn();
vi.mock('electron', () => ({
  dialog: { showErrorBox: (title: string, text: string) => showErrorBox(title, text) },
  Menu: {},
  shell: {},
}));

const { CONTENT_SECURITY_POLICY, contentSecurityPolicy } =
  await import('../../../src/main/content-security-policy');
const { isPermissionGranted } = await import('../../../src/main/permissions');
const { rendererLocation } = await import('../../../src/main/trusted-renderer');
const { appFiles, parseDataDirArg } = await import('../../../src/main/app-paths');
const { showStartupError, startupErrorText, STARTUP_ERROR_TITLE } =
  await import('../../../src/main/startup-dialog');
const { appMenuTemplate } = await import('../../../src/main/app-menu');

beforeEach(() => {
  showErrorBox.mockClear();
});

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );
}

describe('content security policy', () => {
  it('allows scripts from the app only and refuses everything not named', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // Mantine's runtime <style> tags are the one inline allowance, and only for styles.
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
  });

  it('adds the dev server and its hot-reload socket only in development', () => {
    expect(contentSecurityPolicy(null)).toBe(CONTENT_SECURITY_POLICY);
    const dev = directives(contentSecurityPolicy('http://localhost:5173/'));
    expect(dev.get('connect-src')).toBe("'self' http://localhost:5173 ws://localhost:5173 ck-attachment:");
    expect(dev.get('script-src')).toBe("'self'");
  });
});

describe('permissions', () => {
  const renderer = rendererLocation('/app/out/renderer/index.html', null);
  const ownPage = 'file:///app/out/renderer/index.html#/partners';

  it('grants notifications and clipboard writes to our page', () => {
    expect(isPermissionGranted('notifications', ownPage, renderer)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', ownPage, renderer)).toBe(true);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'usb', 'unknown'])(
    'refuses %s even to our page',
    (permission) => {
      expect(isPermissionGranted(permission, ownPage, renderer)).toBe(false);
    },
  );

  it('refuses everything to any other page, or when the page is unknown', () => {
    expect(isPermissionGranted('notifications', 'https://example.com/', renderer)).toBe(false);
    expect(isPermissionGranted('notifications', undefined, renderer)).toBe(false);
  });
});

describe('parseDataDirArg', () => {
  it('reads --data-dir DIR and --data-dir=DIR anywhere in argv, as an absolute path', () => {
    expect(parseDataDirArg(['electron', '.', '--data-dir', '/tmp/ck'])).toBe('/tmp/ck');
    expect(parseDataDirArg(['/opt/ck', '--no-sandbox', '--data-dir=rel/dir'])).toBe(resolve('rel/dir'));
  });

  it('is null when absent or empty', () => {
    expect(parseDataDirArg(['electron', '.'])).toBeNull();
    expect(parseDataDirArg(['--data-dir'])).toBeNull();
    expect(parseDataDirArg(['--data-dir', '--other'])).toBeNull();
    expect(parseDataDirArg(['--data-dir='])).toBeNull();
  });
});

describe('appFiles', () => {
  it('finds the build from out/main', () => {
    const main = join('/app', 'out', 'main');
    expect(appFiles(main)).toEqual({
      rendererHtml: join('/app', 'out', 'renderer', 'index.html'),
      preloadScript: join('/app', 'out', 'preload', 'index.cjs'),
      coreProcessScript: join('/app', 'out', 'main', 'core-process.js'),
      icon: join('/app', 'resources', 'icon.png'),
    });
  });
});

describe('startup error dialog', () => {
  it('shows the core message, which names the file', () => {
    showStartupError('The database file /d/channelkeeper.sqlite3 is in use.', '/d/channelkeeper.sqlite3');
    expect(showErrorBox).toHaveBeenCalledWith(
      STARTUP_ERROR_TITLE,
      'The database file /d/channelkeeper.sqlite3 is in use.',
    );
  });

  it('adds the file when the message does not name it', () => {
    expect(startupErrorText('It broke.', '/d/x.sqlite3')).toBe('It broke.\n\nDatabase file: /d/x.sqlite3');
    expect(startupErrorText('It broke.', null)).toBe('It broke.');
  });
});

describe('app menu', () => {
  function roles(items: MenuItemConstructorOptions[]): string[] {
    return items.flatMap((item) => [
      ...(item.role ? [item.role] : []),
      ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ]);
  }

  it('has Undo/Redo roles and Help > Open data folder', () => {
    const open = vi.fn();
    const template = appMenuTemplate({ dataDir: '/d', isMac: false, isPackaged: true }, open);
    expect(roles(template)).toEqual(expect.arrayContaining(['undo', 'redo']));
    const help = template.find((item) => item.role === 'help');
    const item = (help?.submenu as MenuItemConstructorOptions[])[0]!;
    expect(item.label).toBe('Open data folder');
    (item.click as () => void)();
    expect(open).toHaveBeenCalledOnce();
  });

  it('offers developer tools only in development, and the app menu only on macOS', () => {
    const packaged = roles(appMenuTemplate({ dataDir: '/d', isMac: false, isPackaged: true }, vi.fn()));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('appMenu');
    const dev = roles(appMenuTemplate({ dataDir: '/d', isMac: true, isPackaged: false }, vi.fn()));
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'appMenu']));
  });
});
