// A sync server for tests, on SQLite (temp folder) or PostgreSQL (a fresh database in the test
// cluster), with workspaces and signed-in users made directly in its store (no invitation or
// password round trip). Requests go through `app.inject`; `asUser` adds the user's bearer token.
//
//   const server = await openSyncServer('postgres');
//   const ws = await server.addWorkspace('Acme');
//   const north = await server.addUser(ws, { role: 'regional_manager', regions: ['North'] });
//   await server.app.inject({ method: 'GET', url: '/v1/sync/pull', headers: north.headers });
//   await server.close();
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ulid } from 'ulid';
import { inject } from 'vitest';
import type { Role } from '../../src/shared/sync-protocol';
import { buildServer, type ServerOptions } from '../../src/server/app';
import { createSession } from '../../src/server/auth/sessions';
import { openServerStore, type ServerStore } from '../../src/server/db/connect';
import type { DatabaseKind } from '../../src/server/db/database';
import { createDatabase } from './postgres';

const testLifetimes = { accessMs: 10 * 365 * 86_400_000, refreshMs: 10 * 365 * 86_400_000 };

export interface FixtureWorkspace {
  /** The key inside the database. */
  id: number;
  /** The id clients send (`workspaceId` of a push). */
  publicId: string;
  name: string;
}

export interface FixtureUser {
  id: string;
  name: string;
  role: Role;
  regions: string[];
  ownerId: string;
  accessToken: string;
  /** `{ authorization: 'Bearer …' }` for app.inject. */
  headers: { authorization: string };
}

export interface SyncServerFixture {
  kind: DatabaseKind;
  store: ServerStore;
  app: FastifyInstance;
  /** For PostgreSQL, the database's URL (to open a second server instance on it); else null. */
  databaseUrl: string | null;
  /** Another app over the same store, e.g. a second server instance (closed with the fixture). */
  openApp(options?: Partial<ServerOptions>): Promise<FastifyInstance>;
  addWorkspace(name?: string): Promise<FixtureWorkspace>;
  addUser(
    workspace: FixtureWorkspace,
    user?: { name?: string; role?: Role; regions?: string[]; ownerId?: string },
  ): Promise<FixtureUser>;
  close(): Promise<void>;
}

export async function openSyncServer(
  kind: DatabaseKind,
  options: Partial<Omit<ServerOptions, 'store'>> = {},
): Promise<SyncServerFixture> {
  const cleanups: (() => Promise<void>)[] = [];
  let store: ServerStore;
  let databaseUrl: string | null = null;
  if (kind === 'postgres') {
    const database = await createDatabase(inject('postgresUrl'));
    cleanups.push(() => database.drop());
    databaseUrl = database.url;
    store = await openServerStore({ databaseUrl });
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'ck-sync-server-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    store = await openServerStore({ dataDir: dir });
  }
  cleanups.push(() => store.close());
  const now = options.now ?? (() => new Date());
  const openApp = async (extra: Partial<ServerOptions> = {}) => {
    const app = await buildServer({ version: 'test', ...options, ...extra, store: extra.store ?? store });
    cleanups.push(() => app.close());
    return app;
  };
  const app = await openApp();
  let users = 0;
  return {
    kind,
    store,
    app,
    databaseUrl,
    openApp,
    async addWorkspace(name = 'Test brand') {
      const publicId = ulid();
      const row = await store.db
        .insertInto('workspaces')
        .values({ publicId, name, createdAt: now().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: Number(row.id), publicId, name };
    },
    async addUser(workspace, user = {}) {
      const id = ulid();
      const index = ++users;
      const name = user.name ?? `User ${index}`;
      const role = user.role ?? 'admin';
      const regions = user.regions ?? [];
      const ownerId = user.ownerId ?? ulid();
      await store.db
        .insertInto('users')
        .values({
          id,
          workspaceId: workspace.id,
          email: `user${index}.${id.toLowerCase()}@example.test`,
          name,
          // Never signs in with a password: the session below is made directly.
          passwordHash: 'not-a-password',
          role,
          regions: JSON.stringify(regions),
          ownerId,
          createdAt: now().toISOString(),
          revokedAt: null,
        })
        .execute();
      // Sessions outlive any clock a test moves forward (compaction tests jump months).
      const session = await createSession(store.db, id, now(), testLifetimes);
      return {
        id,
        name,
        role,
        regions,
        ownerId,
        accessToken: session.accessToken,
        headers: { authorization: `Bearer ${session.accessToken}` },
      };
    },
    async close() {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    },
  };
}
