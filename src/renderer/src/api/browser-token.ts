// The browser-mode access token. The host prints a URL with ?token=…; we keep it for this tab
// (so a reload still works) and take it out of the address bar so it is not bookmarked or shared.
const storageKey = 'channelkeeper.token';

interface TokenEnvironment {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Returns the token from the URL (remembering it) or the one remembered earlier in this tab. */
export function takeBrowserToken(env: TokenEnvironment): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.storage.setItem(storageKey, fromUrl);
    url.searchParams.delete('token');
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return env.storage.getItem(storageKey);
}
