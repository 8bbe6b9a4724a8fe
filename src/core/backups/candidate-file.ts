// Checks that a file is a ChannelKeeper database this app can restore before anything is changed:
// an SQLite file, with the app's tables, a schema version this app knows, and intact pages.
import { open, stat } from 'node:fs/promises';
import sqlite3 from 'sqlite3';
import { CoreError } from '../../shared/errors';
import { migrations } from '../db/migrations';
import { integrityPragma, readIntegrity } from './integrity';
import { all, closeFile, openFile } from './online-backup';

export interface CheckedCandidate {
  schemaVersion: number;
  sizeBytes: number;
}

/** Tables every ChannelKeeper database has had since the first version. */
const expectedTables = ['partners', 'contacts', 'owners', 'batches', 'change_log', 'local_settings'];
const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

export type RefusalReason = 'notSqlite' | 'notChannelKeeper' | 'newerVersion' | 'damaged' | 'empty';

const englishRefusals: Record<RefusalReason, string> = {
  empty: 'This file is empty, so it is not a ChannelKeeper backup. Nothing was changed.',
  notSqlite: 'This file is not a ChannelKeeper backup (it is not a database file). Nothing was changed.',
  notChannelKeeper:
    'This database was not made by ChannelKeeper (it lacks the partners, contacts and history tables). Nothing was changed.',
  newerVersion:
    'This backup was made by a newer version of ChannelKeeper. Update the app, then restore it. Nothing was changed.',
  damaged:
    'This backup is damaged (its integrity check failed), so it cannot be restored. Nothing was changed.',
};

export function refusal(reason: RefusalReason, field: string): CoreError {
  return new CoreError({
    code: 'VALIDATION',
    message: englishRefusals[reason],
    fields: { [field]: { key: `backups.refusal.${reason}`, message: englishRefusals[reason] } },
    details: { refusal: reason },
  });
}

/** Throws a VALIDATION error at `field` saying why the file cannot be restored. */
export async function checkCandidate(file: string, field: string): Promise<CheckedCandidate> {
  const { size } = await stat(file);
  if (size === 0) throw refusal('empty', field);
  const header = Buffer.alloc(sqliteHeader.length);
  const handle = await open(file, 'r');
  try {
    await handle.read(header, 0, header.length, 0);
  } finally {
    await handle.close();
  }
  if (!header.equals(sqliteHeader)) throw refusal('notSqlite', field);

  let db: sqlite3.Database;
  try {
    db = await openFile(file, sqlite3.OPEN_READONLY);
  } catch {
    throw refusal('notSqlite', field);
  }
  try {
    let tables: string[];
    let schemaVersion: number;
    try {
      tables = (await all<{ name: string }>(db, `select name from sqlite_master where type = 'table'`)).map(
        (row) => row.name,
      );
      schemaVersion = (await all<{ user_version: number }>(db, 'pragma user_version'))[0]?.user_version ?? 0;
    } catch {
      throw refusal('damaged', field);
    }
    if (!expectedTables.every((table) => tables.includes(table)) || schemaVersion < 1) {
      throw refusal('notChannelKeeper', field);
    }
    if (schemaVersion > migrations.length) throw refusal('newerVersion', field);
    const problems = await readIntegrity(db, integrityPragma(size)).catch((error: Error) => [error.message]);
    if (problems.length > 0) throw refusal('damaged', field);
    return { schemaVersion, sizeBytes: size };
  } finally {
    await closeFile(db).catch(() => undefined);
  }
}
