// The sync session's tokens in the host's SecretStore, and the one way to make an authenticated
// request: with the access token, refreshed once (tokens rotated) when the server says it expired.
// When refreshing fails too, the session is over: tokens are forgotten and SignedOutError tells the
// engine to show "signed out" while local data stays readable and writable.
import { z } from 'zod';
import { sessionSchema, type SyncSession } from '../../../shared/sync-protocol';
import type { SecretStore } from '../secret-store';
import { SyncServerError, type SyncHttp } from './sync-http';

const secretKey = 'sync.session';

const tokensSchema = z.object({
  accessToken: z.string(),
  accessExpiresAt: z.string(),
  refreshToken: z.string(),
  refreshExpiresAt: z.string(),
});
export type SessionTokens = z.infer<typeof tokensSchema>;

/** The session ended (revoked, logged out elsewhere, or tokens not kept across a restart). */
export class SignedOutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignedOutError';
  }
}

export interface SessionStore {
  load(): Promise<SessionTokens | null>;
  save(session: SyncSession): Promise<void>;
  clear(): Promise<void>;
  /**
   * Runs `request` with the access token; on 401 refreshes once and runs it again. `onRefreshed`
   * hears the new session (the user's role or regions may have changed).
   */
  authorized<T>(http: SyncHttp, request: (token: string) => Promise<T>): Promise<T>;
}

export function sessionStore(
  secrets: SecretStore,
  onRefreshed: (session: SyncSession) => Promise<void>,
  signedOutMessage: () => string,
): SessionStore {
  // One refresh at a time: two requests that both got a 401 must not rotate the tokens twice (the
  // second refresh would present a token the first one already replaced).
  let refreshing: Promise<SessionTokens> | null = null;

  async function load(): Promise<SessionTokens | null> {
    const text = await secrets.get(secretKey);
    if (!text) return null;
    try {
      const parsed = tokensSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async function save(session: SyncSession): Promise<void> {
    const tokens: SessionTokens = {
      accessToken: session.accessToken,
      accessExpiresAt: session.accessExpiresAt,
      refreshToken: session.refreshToken,
      refreshExpiresAt: session.refreshExpiresAt,
    };
    await secrets.set(secretKey, JSON.stringify(tokens));
  }

  async function refresh(http: SyncHttp, tokens: SessionTokens): Promise<SessionTokens> {
    try {
      const session = await http.json(
        { method: 'POST', path: '/v1/auth/refresh', json: { refreshToken: tokens.refreshToken } },
        sessionSchema,
      );
      await save(session);
      await onRefreshed(session);
      return (await load()) ?? tokens;
    } catch (error) {
      if (error instanceof SyncServerError && (error.status === 401 || error.status === 403)) {
        await secrets.delete(secretKey);
        throw new SignedOutError(error.message);
      }
      throw error;
    }
  }

  return {
    load,
    save,
    clear: () => secrets.delete(secretKey),
    async authorized(http, request) {
      const tokens = await load();
      if (!tokens) throw new SignedOutError(signedOutMessage());
      try {
        return await request(tokens.accessToken);
      } catch (error) {
        if (!(error instanceof SyncServerError) || error.status !== 401) throw error;
      }
      const current = await load();
      if (!current) throw new SignedOutError(signedOutMessage());
      let fresh: SessionTokens;
      if (current.accessToken !== tokens.accessToken) {
        fresh = current; // another request refreshed meanwhile
      } else {
        refreshing ??= refresh(http, current).finally(() => {
          refreshing = null;
        });
        fresh = await refreshing;
      }
      try {
        return await request(fresh.accessToken);
      } catch (error) {
        if (error instanceof SyncServerError && error.status === 401) {
          await secrets.delete(secretKey);
          throw new SignedOutError(error.message);
        }
        throw error;
      }
    },
  };
}
