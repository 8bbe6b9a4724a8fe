// The integrity check after an unclean shutdown. A marker file sits in the data folder while the
// app runs and is removed on a clean close; finding it at start means the app or the computer
// stopped mid-way, so the file is checked before anything else touches it.
//
// `integrity_check` also proves every index matches its table, which costs O(N log N) and about
// 10 s per GB here; `quick_check` checks the pages, records and b-trees in O(N) and catches what
// a crash or a bad disk leaves (torn or garbage pages, broken links). Files up to 256 MB get the
// full check, larger ones the quick one, so a 1 GB file starts in a couple of seconds.
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type sqlite3 from 'sqlite3';
import { all } from './online-backup';

export const runningMarkerName = 'channelkeeper.running';
export const fullCheckLimitBytes = 256 * 1024 * 1024;

export type IntegrityPragma = 'integrity_check' | 'quick_check';

export function integrityPragma(sizeBytes: number): IntegrityPragma {
  return sizeBytes <= fullCheckLimitBytes ? 'integrity_check' : 'quick_check';
}

export function runningMarker(dataFile: string): string {
  return path.join(path.dirname(dataFile), runningMarkerName);
}

export function wasShutDownUncleanly(dataFile: string): boolean {
  return existsSync(runningMarker(dataFile)) && existsSync(dataFile);
}

export async function markRunning(dataFile: string): Promise<void> {
  await writeFile(runningMarker(dataFile), `${process.pid} ${new Date().toISOString()}\n`);
}

export async function markClosedCleanly(dataFile: string): Promise<void> {
  await rm(runningMarker(dataFile), { force: true });
}

/** The problems the check reports (at most 20), or none. */
export async function readIntegrity(db: sqlite3.Database, pragma: IntegrityPragma): Promise<string[]> {
  const rows = await all<Record<string, string>>(db, `pragma ${pragma}(20)`);
  return problemsOf(rows);
}

/** The same check through Kysely, on the app's own connection. */
export async function checkOpenDatabase<T>(db: Kysely<T>, sizeBytes: number): Promise<string[]> {
  const { rows } = await sql
    .raw<Record<string, string>>(`pragma ${integrityPragma(sizeBytes)}(20)`)
    .execute(db);
  return problemsOf(rows);
}

function problemsOf(rows: Record<string, string>[]): string[] {
  const messages = rows.map((row) => Object.values(row)[0] ?? '');
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}
