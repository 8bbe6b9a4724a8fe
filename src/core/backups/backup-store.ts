// Making, listing and rotating the backup files of one database. Backups of one database are made
// one at a time (two online backups of the same file would only compete for the connection).
import type { Kysely } from 'kysely';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry, BackupKind } from '../../shared/backups';
import { backupFileName, parseBackupName } from './backup-names';
import { backupFolder, folderNotWritable, folderProblem } from './backup-folder';
import { copyLiveDatabase } from './online-backup';
import { backupsToDelete, defaultRotation } from './rotation';

export interface BackupSource<T = unknown> {
  db: Kysely<T>;
  dataFile: string;
}

const queues = new WeakMap<object, Promise<unknown>>();

/** Runs `work` after every earlier backup or restore of this database has finished. */
export function oneAtATime<R>(db: object, work: () => Promise<R>): Promise<R> {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(db, next);
  return next;
}

export interface MakeBackupOptions {
  note?: string;
  now?: Date;
  /** The field a VALIDATION error about the folder names. */
  field?: string;
}

/** Backs the live database up into the backup folder and rotates; answers the new file's path. */
export function makeBackup<T>(
  source: BackupSource<T>,
  kind: BackupKind,
  options: MakeBackupOptions = {},
): Promise<string> {
  return oneAtATime(source.db, () => makeBackupNow(source, kind, options));
}

/** The same without queueing, for callers already inside `oneAtATime` (restore). */
export async function makeBackupNow<T>(
  source: BackupSource<T>,
  kind: BackupKind,
  options: MakeBackupOptions = {},
): Promise<string> {
  const folder = await backupFolder(source.db, source.dataFile);
  if (await folderProblem(folder)) throw folderNotWritable(folder, options.field);
  const file = path.join(folder, backupFileName(kind, options.now ?? new Date(), options.note));
  await copyLiveDatabase(source.db, file);
  await rotateBackups(folder);
  return file;
}

/** The backups in `folder`, newest first; files of other names are not ours and are left out. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const entries: BackupEntry[] = [];
  for (const fileName of names) {
    const parsed = parseBackupName(fileName);
    if (!parsed) continue;
    const info = await stat(path.join(folder, fileName)).catch(() => null);
    if (!info?.isFile()) continue;
    entries.push({
      fileName,
      kind: parsed.kind,
      createdAt: parsed.createdAt.toISOString(),
      sizeBytes: info.size,
    });
  }
  return entries.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
  );
}

export async function rotateBackups(folder: string): Promise<string[]> {
  const backups = (await listBackups(folder)).map((entry) => ({
    ...entry,
    createdAt: new Date(entry.createdAt),
  }));
  const doomed = backupsToDelete(backups, defaultRotation);
  for (const backup of doomed) await rm(path.join(folder, backup.fileName), { force: true });
  return doomed.map((backup) => backup.fileName);
}

/** The local calendar day (`YYYY-MM-DD`, this computer's time zone) of a moment. */
export function localDay(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${month}-${day}`;
}
