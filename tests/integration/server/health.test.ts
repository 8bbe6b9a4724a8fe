// The server answers health and version on both databases, and its migrations run once even when
// two instances start against one PostgreSQL at the same moment.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildServer } from '../../../src/server/app';
import { openServerStore, type ServerStore } from '../../../src/server/db/connect';
import { serverMigrations } from '../../../src/server/db/migrations';
import { createDatabase } from '../../support/postgres';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function sqliteStore(): Promise<ServerStore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ck-server-'));
  const store = await openServerStore({ dataDir: dir });
  cleanups.push(
    () => rm(dir, { recursive: true, force: true }),
    () => store.close(),
  );
  return store;
}

describe('sync server health', () => {
  it('answers health and version on SQLite', async () => {
    const app = await buildServer({ store: await sqliteStore(), version: '1.2.3' });
    cleanups.push(() => app.close());
    const health = await app.inject({ method: 'GET', url: '/v1/health' });
    expect(health.json()).toEqual({ ok: true, database: 'sqlite' });
    const version = await app.inject({ method: 'GET', url: '/v1/version' });
    expect(version.json()).toEqual({ server: '1.2.3', protocol: 1 });
  });

  it('migrates one PostgreSQL database once when two instances start together', async () => {
    const database = await createDatabase(inject('postgresUrl'));
    cleanups.push(() => database.drop());
    const [a, b] = await Promise.all([
      openServerStore({ databaseUrl: database.url }),
      openServerStore({ databaseUrl: database.url }),
    ]);
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    const app = await buildServer({ store: a, version: '1.2.3' });
    cleanups.push(() => app.close());
    expect((await app.inject({ method: 'GET', url: '/v1/health' })).json()).toEqual({
      ok: true,
      database: 'postgres',
    });
    const migrations = await sql<{ name: string }>`select name from server_migrations`.execute(b.db);
    // Each step once, though both instances ran the list.
    expect(migrations.rows.map((row) => row.name).sort()).toEqual(
      serverMigrations.map((migration) => migration.name).sort(),
    );
  });

  it('keeps answering when PostgreSQL ends its idle connections (a restart, an administrator)', async () => {
    const database = await createDatabase(inject('postgresUrl'));
    cleanups.push(() => database.drop());
    const store = await openServerStore({ databaseUrl: database.url });
    cleanups.push(() => store.close());
    const app = await buildServer({ store, version: '1.2.3' });
    cleanups.push(() => app.close());
    expect((await app.inject({ method: 'GET', url: '/v1/health' })).statusCode).toBe(200);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await app.inject({ method: 'GET', url: '/v1/health' })).json()).toEqual({
      ok: true,
      database: 'postgres',
    });
  });
});
