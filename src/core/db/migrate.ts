// Runs pending migrations, each in its own transaction, after backing the file up. The schema
// version is SQLite's user_version, so it is written in the same transaction as the schema.
import { sql, type Kysely } from 'kysely';
import { makeBackupNow } from '../backups/backup-store';
import { CoreStartupError } from '../startup-error';
import type { Migration } from './migrations';

export interface MigrationOutcome {
  from: number;
  to: number;
  backupPath: string | null;
}

export async function readSchemaVersion(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<Record<string, number>>`pragma user_version`.execute(db);
  // The column is user_version, or userVersion when a CamelCasePlugin is installed.
  const row = rows[0] ?? {};
  return row.user_version ?? row.userVersion ?? 0;
}

export async function migrateToLatest(
  db: Kysely<unknown>,
  filePath: string,
  migrations: readonly Migration[],
  now: Date = new Date(),
  /** False when the caller already holds a copy of the file as it was (a restore). */
  backUp = true,
): Promise<MigrationOutcome> {
  const from = await readSchemaVersion(db);
  const latest = migrations.length;
  if (from > latest) {
    throw new CoreStartupError('NEWER_VERSION', filePath, `schema version ${from}, this app knows ${latest}`);
  }
  if (from === latest) return { from, to: from, backupPath: null };

  // A brand-new file has nothing to lose; an existing one is copied before its schema changes.
  const backupPath = from > 0 && backUp ? await backUpBeforeMigration(db, filePath, from, now) : null;
  for (let version = from + 1; version <= latest; version++) {
    const migration = migrations[version - 1]!;
    try {
      await db.transaction().execute(async (trx) => {
        await migration.up(trx);
        await sql.raw(`pragma user_version = ${version}`).execute(trx);
      });
    } catch (error) {
      throw new CoreStartupError(
        'MIGRATION_FAILED',
        filePath,
        `migration ${migration.name} failed: ${(error as Error).message}`,
        backupPath,
      );
    }
  }
  return { from, to: latest, backupPath };
}

/**
 * Copies the live database into the backup folder (SQLite's online backup) as
 * `before-migration-v<version>-<time>.sqlite3`.
 */
export async function backUpBeforeMigration(
  db: Kysely<unknown>,
  filePath: string,
  version: number,
  now: Date,
): Promise<string> {
  return makeBackupNow({ db, dataFile: filePath }, 'before-migration', { note: `v${version}`, now });
}
