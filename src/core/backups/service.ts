// The backup procedures: the overview Settings shows, the folder choice, back up now, restore from
// a listed backup or from a file the user picked (a backup or an archive), and the archive for
// moving to another computer. `backupBeforeImport` is called by the import's commit.
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BackupsOverview, RestoreOutput, TransferOutput } from '../../shared/backups';
import { CoreError } from '../../shared/errors';
import { attachmentsFolder } from '../attachments/store';
import type { CoreContext } from '../context';
import { adoptAttachments, isZipFile, unpackArchive, writeArchive } from './archive';
import { parseBackupName } from './backup-names';
import {
  backupFolder,
  defaultBackupFolder,
  folderNotWritable,
  folderProblem,
  saveBackupFolder,
} from './backup-folder';
import { listBackups, makeBackup, oneAtATime } from './backup-store';
import { refusal } from './candidate-file';
import { copyLiveDatabase } from './online-backup';
import { restoreDatabase } from './restore';
import { defaultRotation } from './rotation';
import { newTransferFile, offerDownload, takeUpload } from './transfers';

export async function backupsOverview(ctx: CoreContext): Promise<BackupsOverview> {
  const folder = await backupFolder(ctx.db, ctx.dataFile);
  return {
    folder,
    defaultFolder: defaultBackupFolder(ctx.dataFile),
    backups: await listBackups(folder),
    keep: { daily: defaultRotation.daily, weekly: defaultRotation.weekly },
  };
}

export async function setBackupFolder(ctx: CoreContext, folder: string | null): Promise<BackupsOverview> {
  if (folder !== null && folder !== '') {
    if (!path.isAbsolute(folder)) {
      throw new CoreError({
        code: 'VALIDATION',
        message: 'Enter the full path of a folder.',
        fields: {
          folder: {
            key: 'backups.errors.folderNotAbsolute',
            message: 'Enter the full path of a folder, e.g. /home/me/Backups or D:\\Backups.',
          },
        },
      });
    }
    const resolved = path.resolve(folder);
    if (await folderProblem(resolved)) throw folderNotWritable(resolved);
    await saveBackupFolder(ctx.db, resolved === defaultBackupFolder(ctx.dataFile) ? null : resolved);
  } else {
    await saveBackupFolder(ctx.db, null);
  }
  return backupsOverview(ctx);
}

export async function backUpNow(ctx: CoreContext): Promise<BackupsOverview> {
  await makeBackup(ctx, 'manual');
  return backupsOverview(ctx);
}

/** The copy made at the start of every import commit, so an import can always be taken back whole. */
export function backupBeforeImport(ctx: CoreContext): Promise<string> {
  return makeBackup(ctx, 'before-import', { field: 'file' });
}

export async function restoreListedBackup(ctx: CoreContext, fileName: string): Promise<RestoreOutput> {
  // Only a backup of this folder, by its plain name: never a path from the caller.
  if (!parseBackupName(fileName) || path.basename(fileName) !== fileName) {
    throw new CoreError({ code: 'NOT_FOUND', message: `There is no backup named ${fileName}.` });
  }
  const file = path.join(await backupFolder(ctx.db, ctx.dataFile), fileName);
  const exists = await open(file, 'r').then(
    async (handle) => (await handle.close(), true),
    () => false,
  );
  if (!exists)
    throw new CoreError({ code: 'NOT_FOUND', message: `The backup ${fileName} is no longer there.` });
  const outcome = await restoreDatabase(ctx, file, { field: 'fileName' });
  return { ...outcome, attachments: 0 };
}

/** Restores an uploaded file: a backup (.sqlite3) or an archive (.zip) from another computer. */
export async function restoreUploadedFile(ctx: CoreContext, transferId: string): Promise<RestoreOutput> {
  const upload = takeUpload(transferId);
  const work = `${upload.file}.work`;
  try {
    const header = Buffer.alloc(16);
    const handle = await open(upload.file, 'r');
    try {
      await handle.read(header, 0, 16, 0);
    } finally {
      await handle.close();
    }
    if (!isZipFile(header)) {
      const outcome = await restoreDatabase(ctx, upload.file, { field: 'file' });
      return { ...outcome, attachments: 0 };
    }
    const unpacked = await unpackArchive(upload.file, work, 'file').catch((error: unknown) => {
      throw error instanceof CoreError ? error : refusal('notSqlite', 'file');
    });
    const outcome = await restoreDatabase(ctx, unpacked.databaseFile, {
      field: 'file',
      afterRestore: () => adoptAttachments(unpacked.attachmentsStaging, attachmentsFolder(ctx)),
    });
    return { ...outcome, attachments: unpacked.attachments };
  } finally {
    await rm(upload.file, { force: true });
    await rm(work, { recursive: true, force: true });
  }
}

/** Builds the archive (database copy + attachments + manifest) and offers it for download. */
export async function exportArchive(ctx: CoreContext, now = new Date()): Promise<TransferOutput> {
  const databaseCopy = await newTransferFile(ctx.dataFile, '.sqlite3');
  const archive = await newTransferFile(ctx.dataFile, '.zip');
  try {
    await oneAtATime(ctx.db, () => copyLiveDatabase(ctx.db, databaseCopy));
    await writeArchive(
      {
        databaseFile: databaseCopy,
        attachmentsFolder: attachmentsFolder(ctx),
        schemaVersion: ctx.schemaVersion,
        now,
      },
      archive,
    );
  } catch (error) {
    await rm(archive, { force: true });
    throw error;
  } finally {
    await rm(databaseCopy, { force: true });
  }
  const day = now.toISOString().slice(0, 10);
  return offerDownload(archive, `channelkeeper-archive-${day}.zip`);
}
