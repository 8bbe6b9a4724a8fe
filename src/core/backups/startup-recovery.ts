// When the integrity check at start finds damage, the core opens in recovery: every procedure
// answers UNAVAILABLE with what happened and the newest good backup, except the one that restores
// it. Restoring moves the damaged file aside (never deletes it), copies the backup in, and opens
// the real core in place, so neither host has to restart anything.
import { copyFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import type { ProcedureName, ProcedureOutput } from '../../shared/contract';
import { startupRecoveryKey, type BackupEntry, type StartupRecovery } from '../../shared/backups';
import { CoreError, type CoreErrorData, type RpcResult } from '../../shared/errors';
import type { ChangeEvent } from '../../shared/events';
import type { Core } from '../core-api';
import { defaultBackupFolder } from './backup-folder';
import { fileStamp } from './backup-names';
import { listBackups } from './backup-store';
import { checkCandidate } from './candidate-file';
import { all, closeFile, openFile } from './online-backup';

export const recoverProcedure = 'backups.recoverAtStartup';

interface FoundBackup {
  entry: BackupEntry;
  file: string;
}

/** Backups in the chosen folder (read from the damaged file if it still can be) and the default one. */
async function candidateBackups(dataFile: string): Promise<FoundBackup[]> {
  const folders = new Set([defaultBackupFolder(dataFile)]);
  const chosen = await readChosenFolder(dataFile);
  if (chosen) folders.add(chosen);
  const found: FoundBackup[] = [];
  for (const folder of folders) {
    for (const entry of await listBackups(folder))
      found.push({ entry, file: path.join(folder, entry.fileName) });
  }
  return found.sort((a, b) => b.entry.createdAt.localeCompare(a.entry.createdAt));
}

async function readChosenFolder(dataFile: string): Promise<string | null> {
  try {
    const db = await openFile(dataFile, sqlite3.OPEN_READONLY);
    try {
      const rows = await all<{ value: string }>(
        db,
        `select value from local_settings where key = 'backupFolder'`,
      );
      const value = rows[0]?.value;
      return value && path.isAbsolute(value) ? value : null;
    } finally {
      await closeFile(db);
    }
  } catch {
    return null;
  }
}

/** The newest backup that passes the same checks as any restore. */
export async function newestGoodBackup(dataFile: string): Promise<FoundBackup | null> {
  for (const backup of await candidateBackups(dataFile)) {
    const good = await checkCandidate(backup.file, 'fileName').then(
      () => true,
      () => false,
    );
    if (good) return backup;
  }
  return null;
}

/** Puts the backup in place of the damaged file; the damaged one (and its WAL) stays beside it. */
export async function replaceDamagedFile(
  dataFile: string,
  backupFile: string,
  now = new Date(),
): Promise<string> {
  const aside = path.join(path.dirname(dataFile), `damaged-${fileStamp(now)}-${path.basename(dataFile)}`);
  await rename(dataFile, aside);
  for (const suffix of ['-wal', '-shm']) {
    await rename(`${dataFile}${suffix}`, `${aside}${suffix}`).catch(() => undefined);
  }
  const partial = `${dataFile}.partial`;
  await copyFile(backupFile, partial);
  await rename(partial, dataFile);
  await rm(`${dataFile}-journal`, { force: true });
  return aside;
}

export async function recoveryCore(
  dataFile: string,
  detail: string,
  reopen: () => Promise<Core>,
): Promise<Core> {
  let newest = await newestGoodBackup(dataFile);
  let opened: Core | null = null;
  const listeners = new Set<(event: ChangeEvent) => void>();

  const unavailable = (): RpcResult<never> => {
    const recovery: StartupRecovery = {
      problem: 'DAMAGED',
      dataFile,
      detail,
      newestBackup: newest?.entry ?? null,
    };
    const error: CoreErrorData = {
      code: 'UNAVAILABLE',
      message: newest
        ? `ChannelKeeper did not close properly last time, and the integrity check of ${dataFile} found damage. Restore the newest backup (${newest.entry.createdAt}) to go on; the damaged file is kept beside it.`
        : `ChannelKeeper did not close properly last time, and the integrity check of ${dataFile} found damage. No backup was found to restore: move the file away to start fresh, or restore a copy of it.`,
      details: { [startupRecoveryKey]: recovery },
    };
    return { ok: false, error };
  };

  async function recover(): Promise<RpcResult<unknown>> {
    if (opened) return { ok: true, value: { restored: null } };
    newest = await newestGoodBackup(dataFile);
    if (!newest) return unavailable();
    try {
      await replaceDamagedFile(dataFile, newest.file);
      opened = await reopen();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: new CoreError({ code: 'UNAVAILABLE', message }).toData() };
    }
    opened.onChange((event) => {
      for (const listener of listeners) listener(event);
    });
    return { ok: true, value: { restored: newest.entry } };
  }

  const callByName = (name: string, input: unknown): Promise<RpcResult<unknown>> => {
    if (opened) return opened.callByName(name, input);
    if (name === recoverProcedure) return recover();
    return Promise.resolve(unavailable());
  };

  return {
    dataFile,
    call: <N extends ProcedureName>(name: N, input: unknown) =>
      callByName(name, input) as Promise<RpcResult<ProcedureOutput<N>>>,
    callByName,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await opened?.close();
    },
  };
}
