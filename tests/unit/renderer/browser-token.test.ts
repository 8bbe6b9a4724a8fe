// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { takeBrowserToken } from '../../../src/renderer/src/api/browser-token';

describe('takeBrowserToken', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('reads the token from the URL, remembers it and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&keep=1#/partners?q=x');
    const token = takeBrowserToken({
      location: window.location,
      history: window.history,
      storage: window.sessionStorage,
    });
    expect(token).toBe('abc123');
    expect(window.sessionStorage.getItem('channelkeeper.token')).toBe('abc123');
    expect(window.location.search).toBe('?keep=1');
    expect(window.location.hash).toBe('#/partners?q=x');
  });

  it('falls back to the token remembered in this tab after a reload', () => {
    window.sessionStorage.setItem('channelkeeper.token', 'remembered');
    const token = takeBrowserToken({
      location: window.location,
      history: window.history,
      storage: window.sessionStorage,
    });
    expect(token).toBe('remembered');
  });

  it('prefers a new token in the URL over the remembered one (host restarted)', () => {
    window.sessionStorage.setItem('channelkeeper.token', 'old');
    window.history.replaceState(null, '', '/?token=new');
    expect(
      takeBrowserToken({
        location: window.location,
        history: window.history,
        storage: window.sessionStorage,
      }),
    ).toBe('new');
    expect(window.sessionStorage.getItem('channelkeeper.token')).toBe('new');
  });

  it('answers null when there is no token anywhere', () => {
    expect(
      takeBrowserToken({
        location: window.location,
        history: window.history,
        storage: window.sessionStorage,
      }),
    ).toBe(null);
  });
});
