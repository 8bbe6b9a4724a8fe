// SQLite's online backup API over the `sqlite3` package (its typings omit it). A copy is made in
// steps of a few megabytes; between steps the app's own queries run, so a 1 GB backup never
// freezes the app, and writes made meanwhile by this connection are carried into the copy by
// SQLite itself. The reverse direction copies a file into the live connection (restore), which
// keeps every holder of the connection valid.
import type { Kysely } from 'kysely';
import { rename, rm } from 'node:fs/promises';
import sqlite3 from 'sqlite3';
import { rawConnectionOf } from './raw-connection';

interface SqliteBackup {
  step(pages: number, callback: (error: Error | null, done?: boolean) => void): void;
  finish(callback?: (error: Error | null) => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
  readonly remaining: number;
  readonly pageCount: number;
}

interface BackupCapable {
  backup(
    filename: string,
    destName: string,
    sourceName: string,
    filenameIsDest: boolean,
    callback: (error: Error | null) => void,
  ): SqliteBackup;
}

/** 256 pages of 4 KB = 1 MB per step: a step takes a few milliseconds, so reads wait at most that. */
export const pagesPerStep = 256;

export interface CopyProgress {
  copiedPages: number;
  totalPages: number;
}

/**
 * Copies the live database into `targetPath` (written beside it as `.partial` and renamed at the
 * end, so a crash never leaves a half file under a backup's name). The copy is made a plain
 * single-file database (rollback journal), readable without the -wal file.
 */
export async function copyLiveDatabase<T>(
  db: Kysely<T>,
  targetPath: string,
  onProgress?: (progress: CopyProgress) => void,
): Promise<void> {
  const raw = rawConnectionOf(db);
  const partial = `${targetPath}.partial`;
  await rm(partial, { force: true });
  try {
    const backup = await startBackup(raw, partial, true);
    let done = false;
    while (!done) {
      // Each step holds Kysely's connection, so it never lands inside one of the app's
      // transactions; other queries queue behind one step at most.
      done = await db.connection().execute(() => stepBackup(backup, pagesPerStep));
      onProgress?.({ copiedPages: backup.pageCount - backup.remaining, totalPages: backup.pageCount });
      // Let waiting requests in before the next step.
      if (!done) await new Promise((resolve) => setImmediate(resolve));
    }
    await toSingleFile(partial);
    await rename(partial, targetPath);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces the content of the live database with the database in `sourcePath`, in one go while
 * holding the connection (nothing else may read a half-restored file).
 */
export async function restoreIntoLiveDatabase<T>(db: Kysely<T>, sourcePath: string): Promise<void> {
  const raw = rawConnectionOf(db);
  await db.connection().execute(async () => {
    const backup = await startBackup(raw, sourcePath, false);
    await stepBackup(backup, -1);
  });
}

function startBackup(raw: sqlite3.Database, file: string, fileIsTarget: boolean): Promise<SqliteBackup> {
  return new Promise((resolve, reject) => {
    const backup = (raw as unknown as BackupCapable).backup(file, 'main', 'main', fileIsTarget, (error) =>
      error ? reject(error) : resolve(backup),
    );
  });
}

function stepBackup(backup: SqliteBackup, pages: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    backup.step(pages, (error, done) => {
      if (error) {
        // BUSY/LOCKED are retried by the package; anything else has ended the backup.
        if (backup.failed) return reject(error);
        return resolve(false);
      }
      resolve(Boolean(done) || backup.completed);
    });
  });
}

/** The copy carries the live file's WAL flag; switch it to a rollback journal so it is one file. */
async function toSingleFile(file: string): Promise<void> {
  const copy = await openFile(file, sqlite3.OPEN_READWRITE);
  try {
    await run(copy, 'pragma journal_mode = delete');
  } finally {
    await closeFile(copy);
  }
}

export function openFile(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(file, mode, (error) =>
      error ? reject(error) : resolve(opened),
    );
  });
}

export function closeFile(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

export function run(db: sqlite3.Database, statement: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(statement, (error) => (error ? reject(error) : resolve())));
}

export function all<R>(db: sqlite3.Database, statement: string, params: unknown[] = []): Promise<R[]> {
  return new Promise((resolve, reject) =>
    db.all(statement, params, (error: Error | null, rows: R[]) => (error ? reject(error) : resolve(rows))),
  );
}
