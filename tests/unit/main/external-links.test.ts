import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn((_url: string) => Promise.resolve());
vi.mock('electron', () => ({
  shell: { openExternal: (url: string) => openExternal(url) },
  BrowserWindow: vi.fn(),
  screen: {},
}));

const { isAllowedExternalUrl, openExternalIfAllowed } = await import('../../../src/main/external-links');
const { guardWebContents } = await import('../../../src/main/main-window');

beforeEach(() => openExternal.mockClear());

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com/',
    'https://www.example.co.id/path?q=1#x',
    'https://wa.me/60123456789',
    'https://api.whatsapp.com/send?phone=31612345678',
    'whatsapp://send?phone=60123456789',
    'mailto:sales@example.nl',
    'mailto:someone@example.com?subject=Visit',
    'tel:+60123456789',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/file',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'https://user:pass@evil.example/',
    'https:',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('is not fooled by letter case in the scheme', () => {
    expect(isAllowedExternalUrl('HTTPS://EXAMPLE.COM/')).toBe(true);
    expect(isAllowedExternalUrl('FILE:///etc/passwd')).toBe(false);
  });
});

describe('openExternalIfAllowed', () => {
  it('hands allowed links to the operating system', () => {
    expect(openExternalIfAllowed('https://wa.me/60123456789')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://wa.me/60123456789');
  });

  it('never opens a refused link', () => {
    expect(openExternalIfAllowed('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });
});

/** Enough of WebContents for the guard: events plus the window-open handler. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

function navigationEvent(): { preventDefault: () => void; prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

describe('guardWebContents', () => {
  function guarded(): FakeContents {
    const contents = new FakeContents();
    guardWebContents(contents as unknown as WebContents);
    return contents;
  }

  it('denies every new window and opens only allowed links outside', () => {
    const contents = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('prevents every navigation away from the app', () => {
    const contents = guarded();
    const toWeb = navigationEvent();
    contents.emit('will-navigate', toWeb, 'https://example.com/');
    const toFile = navigationEvent();
    contents.emit('will-navigate', toFile, 'file:///etc/passwd');
    expect([toWeb.prevented, toFile.prevented]).toEqual([true, true]);
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('refuses to attach a <webview>', () => {
    const contents = guarded();
    const event = navigationEvent();
    contents.emit('will-attach-webview', event);
    expect(event.prevented).toBe(true);
  });
});
