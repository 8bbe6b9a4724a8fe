// Shared by the auth and team tests: a server store on SQLite (temp folder) or on a fresh
// PostgreSQL database, a workspace with its first-admin invitation, and sign-up through the API.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { SyncSession } from '../../../src/shared/sync-protocol';
import { buildServer, type ServerOptions } from '../../../src/server/app';
import { openServerStore, type ServerStore } from '../../../src/server/db/connect';
import { createInvitation, type NewInvitation } from '../../../src/server/workspaces/invitations';
import { createWorkspace, type Workspace } from '../../../src/server/workspaces/workspaces';
import { createDatabase } from '../../support/postgres';

export type Backend = 'SQLite' | 'PostgreSQL';
export const backends: Backend[] = ['SQLite', 'PostgreSQL'];

export interface Opened {
  store: ServerStore;
  /** postgres:// of the database, to open a second store on it (PostgreSQL only). */
  databaseUrl: string | null;
  close(): Promise<void>;
}

export async function openStore(backend: Backend): Promise<Opened> {
  if (backend === 'SQLite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'ck-server-auth-'));
    const store = await openServerStore({ dataDir: dir });
    return {
      store,
      databaseUrl: null,
      async close() {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await createDatabase(inject('postgresUrl'));
  const store = await openServerStore({ databaseUrl: database.url });
  return {
    store,
    databaseUrl: database.url,
    async close() {
      await store.close();
      await backendsGone(database.url);
      await database.drop();
    },
  };
}

/**
 * Waits until the server's connections have really left the database: a pool's end() resolves
 * while backends are still exiting, and dropping the database "with (force)" then sends those
 * half-closed clients a FATAL error that surfaces as an uncaught exception.
 */
async function backendsGone(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    for (let tries = 0; tries < 100; tries++) {
      const { rows } = await client.query<{ count: string }>(
        'select count(*) as count from pg_stat_activity where datname = $1',
        [name],
      );
      if (Number(rows[0]?.count ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}

/** A clock the test moves by hand. */
export function manualClock(start = '2025-03-03T09:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

export function server(
  store: ServerStore,
  options: Partial<Omit<ServerOptions, 'store'>> = {},
): Promise<FastifyInstance> {
  return buildServer({ store, version: 'test', ...options });
}

export async function workspaceWithInvite(
  store: ServerStore,
  now: Date,
  name = 'Acme Paints',
): Promise<{ workspace: Workspace; adminCode: string }> {
  const workspace = await createWorkspace(store.db, name, now);
  const { code } = await createInvitation(
    store.db,
    { workspaceId: workspace.id, role: 'admin', regions: [], ownerId: '', createdBy: null },
    now,
  );
  return { workspace, adminCode: code };
}

export function invite(
  store: ServerStore,
  invitation: NewInvitation,
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  return createInvitation(store.db, invitation, now);
}

export const password = 'correct horse battery';

export function acceptInvite(
  app: FastifyInstance,
  body: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/v1/auth/accept-invite', payload: body });
}

/** Accepts the code as `email` and answers the session (fails the test on any other answer). */
export async function signUp(
  app: FastifyInstance,
  code: string,
  email: string,
  extra: Record<string, unknown> = {},
): Promise<SyncSession> {
  const response = await acceptInvite(app, {
    code,
    name: email.split('@')[0],
    email,
    password,
    ownerId: `owner-${email.split('@')[0]}`,
    ...extra,
  });
  if (response.statusCode !== 200) {
    throw new Error(`accept-invite answered ${response.statusCode}: ${response.body}`);
  }
  return response.json<SyncSession>();
}

export function login(
  app: FastifyInstance,
  email: string,
  pass = password,
  ip = '10.0.0.1',
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    payload: { email, password: pass },
    headers: { 'x-forwarded-for': ip },
  });
}

export function withToken(
  app: FastifyInstance,
  token: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

export function errorOf(response: LightMyRequestResponse): { code: string; message: string } {
  return response.json<{ error: { code: string; message: string } }>().error;
}
