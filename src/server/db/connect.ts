// Opens the server's database: SQLite in the data folder by default, PostgreSQL when a
// postgres:// URL is given (then the server keeps no state of its own and instances can be many).
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { Sqlite3Dialect } from '../../core/db/sqlite3-dialect';
import type { DatabaseKind, ServerDatabase } from './database';
import { migrateServerDatabase } from './migrations';

export interface ServerStore {
  db: Kysely<ServerDatabase>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export type StoreLocation = { databaseUrl: string } | { dataDir: string };

export const serverDatabaseFileName = 'channelkeeper-server.sqlite3';

// int8 (sequences, counts) as numbers: every value we store stays far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export async function openServerStore(location: StoreLocation): Promise<ServerStore> {
  const store =
    'databaseUrl' in location ? openPostgres(location.databaseUrl) : await openSqlite(location.dataDir);
  try {
    await migrateServerDatabase(store.db as unknown as Kysely<unknown>, store.kind);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openPostgres(databaseUrl: string): ServerStore {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // PostgreSQL may end idle connections (a restart, an administrator): without a listener the pool's
  // error would end the process. The pool opens a new connection at the next query.
  pool.on('error', (error) => {
    console.warn(`PostgreSQL closed an idle connection (${error.message}); a new one opens when needed.`);
  });
  const db = new Kysely<ServerDatabase>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openSqlite(dataDir: string): Promise<ServerStore> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, serverDatabaseFileName);
  const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(file, (error) =>
      error ? reject(error) : resolve(opened),
    );
  });
  const db = new Kysely<ServerDatabase>({
    dialect: new Sqlite3Dialect(raw),
    plugins: [new CamelCasePlugin()],
  });
  await sql`pragma journal_mode = wal`.execute(db);
  await sql`pragma synchronous = full`.execute(db);
  await sql`pragma foreign_keys = on`.execute(db);
  await sql`pragma busy_timeout = 5000`.execute(db);
  return { db, kind: 'sqlite', close: () => db.destroy() };
}
