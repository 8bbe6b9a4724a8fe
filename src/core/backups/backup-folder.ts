// Where backups go: `<data folder>/backups` unless the user chose another folder in Settings. The
// choice is this computer's (local_settings, never synced): another computer's path means nothing.
import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CoreError } from '../../shared/errors';

const folderKey = 'backupFolder';

export function defaultBackupFolder(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'backups');
}

/** The folder in effect. Works on any schema version (before local_settings existed: the default). */
export async function backupFolder<T>(db: Kysely<T>, dataFile: string): Promise<string> {
  try {
    const { rows } = await sql<{
      value: string;
    }>`select value from local_settings where key = ${folderKey}`.execute(db);
    const chosen = rows[0]?.value;
    return chosen && path.isAbsolute(chosen) ? chosen : defaultBackupFolder(dataFile);
  } catch {
    return defaultBackupFolder(dataFile);
  }
}

export async function saveBackupFolder<T>(db: Kysely<T>, folder: string | null): Promise<void> {
  if (folder === null) {
    await sql`delete from local_settings where key = ${folderKey}`.execute(db);
    return;
  }
  await sql`insert into local_settings (key, value) values (${folderKey}, ${folder})
    on conflict (key) do update set value = excluded.value`.execute(db);
}

/** Why `folder` cannot take backups, or null when it can (made if missing, a file written and removed). */
export async function folderProblem(folder: string): Promise<string | null> {
  try {
    await mkdir(folder, { recursive: true });
    const probe = path.join(folder, `.channelkeeper-write-test-${randomUUID()}`);
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

export function folderNotWritable(folder: string, field = 'folder'): CoreError {
  return new CoreError({
    code: 'VALIDATION',
    message: `Backups cannot be written to ${folder}.`,
    fields: {
      [field]: {
        key: 'backups.errors.folderNotWritable',
        params: { folder },
        message: `ChannelKeeper cannot write to ${folder}. Choose a folder you can write to (not read-only, not a file).`,
      },
    },
  });
}
