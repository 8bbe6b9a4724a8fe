// Opens (or creates) the database file with the settings every part of the app relies on, and
// turns SQLite's failure codes into startup problems a person can act on.
import { CamelCasePlugin, Kysely, sql } from 'kysely';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { checkOpenDatabase } from '../backups/integrity';
import { rememberRawConnection } from '../backups/raw-connection';
import { CoreStartupError, type StartupProblem } from '../startup-error';
import type { Database } from './database';
import { migrateToLatest, type MigrationOutcome } from './migrate';
import { migrations as allMigrations, type Migration } from './migrations';
import { Sqlite3Dialect } from './sqlite3-dialect';

export interface OpenedDatabase {
  db: Kysely<Database>;
  migration: MigrationOutcome;
}

export interface OpenDatabaseOptions {
  filePath: string;
  /** Tests pass a list with a failing migration; the app always uses the full list. */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
  /** Check the file's integrity before migrating (after an unclean shutdown). */
  checkIntegrity?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const { filePath } = options;
  const raw = await openFile(filePath);
  const db = new Kysely<Database>({
    dialect: new Sqlite3Dialect(raw),
    plugins: [new CamelCasePlugin()],
  });
  // The online backup API lives on the raw connection (backups, restore).
  rememberRawConnection(db, raw);
  try {
    await configure(db, options.busyTimeoutMs ?? 3000);
    if (options.checkIntegrity) {
      const problems = await checkOpenDatabase(db, (await stat(filePath)).size);
      if (problems.length > 0)
        throw new CoreStartupError('DAMAGED', filePath, problems.slice(0, 3).join('; '));
    }
    const migration = await migrateToLatest(
      db as unknown as Kysely<unknown>,
      filePath,
      options.migrations ?? allMigrations,
    );
    await refreshQueryPlannerStatistics(db);
    return { db, migration };
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error instanceof CoreStartupError ? error : asStartupError(error, filePath);
  }
}

async function openFile(filePath: string): Promise<sqlite3.Database> {
  const folder = path.dirname(filePath);
  if (folder) {
    await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new CoreStartupError(
        error.code === 'EACCES' || error.code === 'EROFS' ? 'READ_ONLY' : 'CANNOT_OPEN',
        filePath,
        error.message,
      );
    });
  }
  return new Promise((resolve, reject) => {
    const raw: sqlite3.Database = new sqlite3.Database(
      filePath,
      sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE | sqlite3.OPEN_FULLMUTEX,
      (error) => (error ? reject(asStartupError(error, filePath)) : resolve(raw)),
    );
  });
}

async function configure(db: Kysely<Database>, busyTimeoutMs: number): Promise<void> {
  await sql.raw(`pragma busy_timeout = ${busyTimeoutMs}`).execute(db);
  // One process owns the file: a second ChannelKeeper on the same file is told it is in use
  // instead of both writing with separate clocks and undo stacks.
  await sql`pragma locking_mode = exclusive`.execute(db);
  // Result columns come back camelCased by the CamelCasePlugin.
  const { rows } = await sql<{ journalMode: string }>`pragma journal_mode = wal`.execute(db);
  if (rows[0]?.journalMode !== 'wal') {
    throw Object.assign(new Error(`journal mode is ${rows[0]?.journalMode ?? 'unknown'}`), {
      code: 'SQLITE_READONLY',
    });
  }
  // FULL: a committed user action survives a power cut.
  await sql`pragma synchronous = full`.execute(db);
  await sql`pragma foreign_keys = on`.execute(db);
  // A 64 MB page cache keeps big batches (imports, demo data) from spilling to disk mid-transaction.
  await sql`pragma cache_size = -65536`.execute(db);
  await sql`pragma temp_store = memory`.execute(db);
  // Reads through a memory map skip a system call and a copy per page, which counts when a query
  // visits thousands of scattered pages (an owner's partners across a large file).
  await sql`pragma mmap_size = 1073741824`.execute(db);
  // Take the write lock now, so locked and read-only files are reported at start, not at the
  // first save.
  await sql`begin immediate`.execute(db);
  await sql`commit`.execute(db);
}

/**
 * Lets SQLite's planner know the data's shape (which index narrows a filter most); without
 * statistics it can pick an index that reads every partner. `optimize` re-analyzes only tables
 * that changed a lot since their last analysis, so it is cheap on an unchanged file.
 */
export async function refreshQueryPlannerStatistics(db: Kysely<Database>): Promise<void> {
  await sql`pragma optimize = 0x10002`.execute(db);
}

/** A full analysis, for after a bulk load (about 1 s for 100,000 partners). */
export async function analyzeAfterBulkLoad(db: Kysely<Database>): Promise<void> {
  await sql`analyze`.execute(db);
}

const problemBySqliteCode: Record<string, StartupProblem> = {
  SQLITE_BUSY: 'LOCKED',
  SQLITE_LOCKED: 'LOCKED',
  SQLITE_READONLY: 'READ_ONLY',
  SQLITE_PERM: 'READ_ONLY',
  SQLITE_NOTADB: 'CORRUPT',
  SQLITE_CORRUPT: 'CORRUPT',
  SQLITE_CANTOPEN: 'CANNOT_OPEN',
};

export function asStartupError(error: unknown, filePath: string): CoreStartupError {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  let problem = problemBySqliteCode[code] ?? 'CANNOT_OPEN';
  // SQLite reports a file it may read but not write (or whose folder cannot hold the WAL file)
  // as "unable to open"; say what the user can fix.
  if (problem === 'CANNOT_OPEN' && !canWrite(filePath)) problem = 'READ_ONLY';
  return new CoreStartupError(problem, filePath, message);
}

function canWrite(filePath: string): boolean {
  try {
    if (existsSync(filePath)) accessSync(filePath, constants.W_OK);
    accessSync(path.dirname(filePath), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
