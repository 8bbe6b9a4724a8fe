import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import yazl from 'yazl';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, databaseFileName } from '../../../src/core';
import { migrations } from '../../../src/core/db/migrations';
import { runningMarkerName } from '../../../src/core/backups/integrity';
import { transferChunkBytes, startupRecoveryKey, type StartupRecovery } from '../../../src/shared/backups';
import { makeTempDir, openTempCore, type TempCore } from './temp-core';

const dirs: string[] = [];
const cores: TempCore[] = [];
async function tempDir() {
  const dir = await makeTempDir('ck-backups-');
  dirs.push(dir);
  return dir;
}
async function tempCore(dir?: string) {
  const t = await openTempCore(dir ?? (await tempDir()));
  cores.push(t);
  return t;
}
afterEach(async () => {
  await Promise.all(cores.splice(0).map((t) => t.dispose().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function addPartner(t: TempCore, name: string) {
  return t.ok('partners.create', { partner: { name, type: 'dealer', country: 'MY' } });
}
async function partnerNames(t: TempCore) {
  return (await t.ok('partners.list', {})).rows.map((row) => row.name).sort();
}

async function upload(t: TempCore, bytes: Buffer, fileName: string) {
  const transfer = await t.ok('transfers.beginUpload', { fileName, sizeBytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += transferChunkBytes) {
    await t.ok('transfers.writeChunk', {
      transferId: transfer.transferId,
      offset,
      contentBase64: bytes.subarray(offset, offset + transferChunkBytes).toString('base64'),
    });
  }
  return transfer.transferId;
}

async function download(t: TempCore, transferId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await t.ok('transfers.readChunk', { transferId, offset });
    const bytes = Buffer.from(chunk.contentBase64, 'base64');
    parts.push(bytes);
    offset += bytes.length;
    if (chunk.done) return Buffer.concat(parts);
  }
}

function queryFile<R>(file: string, statement: string): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all(statement, (error: Error | null, rows: R[]) => {
        db.close();
        if (error) reject(error);
        else resolve(rows);
      });
    });
  });
}

/** Runs one write statement on a closed database file (a file an older app version left). */
function writeToFile(file: string, statement: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      db.run(statement, (error: Error | null) => {
        db.close();
        if (error) reject(error);
        else resolve();
      });
    });
  });
}

/**
 * A partner written by an older app: today's procedures write today's columns (external_id since
 * migration 9), so it goes in as plain SQL with the columns every schema version has.
 */
function writeOlderPartner(dataDir: string, id: string, name: string): Promise<void> {
  return writeToFile(
    path.join(dataDir, databaseFileName),
    `insert into partners (id, name, type, status, country, created_at, updated_at)
     values ('${id}', '${name}', 'wholesaler', 'active', 'NL', '2025-11-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z')`,
  );
}

describe('backups', () => {
  it('backs up now into <data folder>/backups, lists it, and the copy is a complete database of one file', async () => {
    const t = await tempCore();
    expect((await t.ok('backups.overview', {})).backups).toEqual([]);
    await addPartner(t, 'Maju Jaya Elektronik');
    const overview = await t.ok('backups.backUpNow', {});
    expect(overview.folder).toBe(path.join(t.dataDir, 'backups'));
    expect(overview.backups).toHaveLength(1);
    const [backup] = overview.backups;
    expect(backup!.kind).toBe('manual');
    expect(backup!.fileName).toMatch(/^manual-\d{4}-\d{2}-\d{2}T.*Z\.sqlite3$/);
    const file = path.join(overview.folder, backup!.fileName);
    expect(backup!.sizeBytes).toBe((await stat(file)).size);
    expect(await queryFile<{ name: string }>(file, 'select name from partners')).toEqual([
      { name: 'Maju Jaya Elektronik' },
    ]);
    expect(await queryFile(file, 'pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // No -wal file is needed to read it, and no half-written file is left behind.
    expect((await readdir(overview.folder)).sort()).toEqual([backup!.fileName]);
  });

  it('makes a consistent backup while the app keeps writing, and the writes do not wait for it', async () => {
    const t = await tempCore();
    await t.ok('demo.load', { partners: 200 });
    const writeTimes: number[] = [];
    const writes = (async () => {
      for (let i = 0; i < 20; i++) {
        await addPartner(t, `Concurrent ${i}`);
        writeTimes.push(performance.now());
      }
    })();
    const backup = t.ok('backups.backUpNow', {}).then((overview) => ({ overview, at: performance.now() }));
    const [{ overview, at: backupDone }] = await Promise.all([backup, writes]);
    // Writes went through between the backup's steps, not after it.
    expect(writeTimes.filter((time) => time < backupDone).length).toBeGreaterThan(0);
    const file = path.join(overview.folder, overview.backups[0]!.fileName);
    expect(await queryFile(file, 'pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const [copy] = await queryFile<{ n: number }>(file, 'select count(*) as n from partners');
    expect(copy!.n).toBeGreaterThanOrEqual(200);
    expect((await t.ok('app.status', {})).partnerCount).toBe(220);
  });

  it('backs up before a migration of an existing file, and not for a new one', async () => {
    const dir = await tempDir();
    const older = await openCore({ dataDir: dir, migrations: migrations.slice(0, -1) });
    await older.close();
    await writeOlderPartner(dir, '01JB0DPARTNER0000000000001', 'Van Dijk Groothandel');
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);

    const t = await tempCore(dir);
    const backups = (await t.ok('backups.overview', {})).backups;
    expect(backups.map((backup) => backup.kind)).toEqual(['before-migration']);
    expect(backups[0]!.fileName).toMatch(new RegExp(`^before-migration-v${migrations.length - 1}-`));
    const file = path.join(dir, 'backups', backups[0]!.fileName);
    expect(await queryFile(file, 'pragma user_version')).toEqual([{ user_version: migrations.length - 1 }]);
    expect(await queryFile(file, 'select name from partners')).toEqual([{ name: 'Van Dijk Groothandel' }]);
  });

  it('restores a backup after backing up the current data, and the app shows the restored data at once', async () => {
    const t = await tempCore();
    await addPartner(t, 'Kept Partner');
    const { backups } = await t.ok('backups.backUpNow', {});
    await addPartner(t, 'Added After Backup');
    let heardChange = false;
    t.core.onChange(() => (heardChange = true));

    const restored = await t.ok('backups.restore', { fileName: backups[0]!.fileName });
    expect(heardChange).toBe(true);
    expect(await partnerNames(t)).toEqual(['Kept Partner']);
    expect(restored.restoredSchemaVersion).toBe(migrations.length);
    // The data as it was just before is kept as a backup of its own.
    expect(path.basename(restored.safetyBackup)).toMatch(/^before-restore-/);
    expect(
      (
        await queryFile<{ name: string }>(restored.safetyBackup, 'select name from partners order by name')
      ).map((row) => row.name),
    ).toEqual(['Added After Backup', 'Kept Partner']);

    // The same connection keeps working: writes, undo, and a reopen see the restored data.
    await addPartner(t, 'Written After Restore');
    expect(await partnerNames(t)).toEqual(['Kept Partner', 'Written After Restore']);
    await t.core.close();
    const reopened = await openTempCore(t.dataDir);
    cores.push(reopened);
    expect(await partnerNames(reopened)).toEqual(['Kept Partner', 'Written After Restore']);
  });

  it('restores a backup of an older schema and brings it up to date', async () => {
    const oldDir = await tempDir();
    const older = await openCore({ dataDir: oldDir, migrations: migrations.slice(0, -1) });
    await older.close();
    await writeOlderPartner(oldDir, '01JB0DPARTNER0000000000000', 'From Last Year');
    const oldFile = await readFile(path.join(oldDir, databaseFileName));

    const t = await tempCore();
    await addPartner(t, 'Current Partner');
    const result = await t.ok('backups.restoreUpload', {
      transferId: await upload(t, oldFile, 'old.sqlite3'),
    });
    expect(result.restoredSchemaVersion).toBe(migrations.length - 1);
    expect(await partnerNames(t)).toEqual(['From Last Year']);
    expect((await t.ok('app.status', {})).schemaVersion).toBe(migrations.length);
    await addPartner(t, 'New Today');
    expect(await partnerNames(t)).toEqual(['From Last Year', 'New Today']);
  });

  it('refuses a file that is not a ChannelKeeper database and changes nothing', async () => {
    const t = await tempCore();
    await addPartner(t, 'Untouched');
    const before = await t.ok('backups.overview', {});

    const text = await t.fails('backups.restoreUpload', {
      transferId: await upload(t, Buffer.from('name,city\nMaju,Penang\n'), 'partners.csv'),
    });
    expect(text.code).toBe('VALIDATION');
    expect(text.fields?.file?.key).toBe('backups.refusal.notSqlite');

    const otherDir = await tempDir();
    const otherFile = path.join(otherDir, 'other.sqlite3');
    await new Promise<void>((resolve, reject) => {
      const db = new sqlite3.Database(otherFile, (error) => {
        if (error) return reject(error);
        db.exec(
          'create table invoices (id integer primary key, total real); insert into invoices values (1, 9.5);',
          (e) => db.close(() => (e ? reject(e) : resolve())),
        );
      });
    });
    const foreign = await t.fails('backups.restoreUpload', {
      transferId: await upload(t, await readFile(otherFile), 'other.sqlite3'),
    });
    expect(foreign.fields?.file?.key).toBe('backups.refusal.notChannelKeeper');

    const empty = await t.fails('backups.restoreUpload', {
      transferId: await upload(t, Buffer.alloc(0), 'empty.sqlite3'),
    });
    expect(empty.fields?.file?.key).toBe('backups.refusal.empty');

    expect(await partnerNames(t)).toEqual(['Untouched']);
    // Not even a safety backup was made: nothing was about to change.
    expect((await t.ok('backups.overview', {})).backups).toEqual(before.backups);
    expect(await readdir(path.join(t.dataDir, 'transfers'))).toEqual([]);
  });

  it('refuses a backup folder that cannot be written, at the field, and keeps the folder as it was', async () => {
    const t = await tempCore();
    const dir = await tempDir();
    const aFile = path.join(dir, 'not-a-folder.txt');
    await writeFile(aFile, 'x');
    const error = await t.fails('backups.setFolder', { folder: path.join(aFile, 'backups') });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.folder?.key).toBe('backups.errors.folderNotWritable');
    expect((await t.ok('backups.overview', {})).folder).toBe(path.join(t.dataDir, 'backups'));

    const relative = await t.fails('backups.setFolder', { folder: 'backups-here' });
    expect(relative.fields?.folder?.key).toBe('backups.errors.folderNotAbsolute');

    const chosen = path.join(dir, 'My Backups');
    expect((await t.ok('backups.setFolder', { folder: chosen })).folder).toBe(chosen);
    await addPartner(t, 'Somewhere Else');
    const overview = await t.ok('backups.backUpNow', {});
    expect(await readdir(chosen)).toEqual([overview.backups[0]!.fileName]);
    // Back to the default.
    expect((await t.ok('backups.setFolder', { folder: null })).folder).toBe(path.join(t.dataDir, 'backups'));
  });

  it('moves everything to another computer in one archive: database, attachments and a manifest', async () => {
    const source = await tempCore();
    await addPartner(source, 'Travelling Partner');
    const photo = Buffer.from('pretend jpeg bytes of a shop front');
    const ref = await source.ok('attachments.add', {
      fileName: 'shop.jpg',
      mediaType: 'image/jpeg',
      contentBase64: photo.toString('base64'),
    });
    const offered = await source.ok('backups.exportArchive', {});
    expect(offered.fileName).toMatch(/^channelkeeper-archive-\d{4}-\d{2}-\d{2}\.zip$/);
    const archive = await download(source, offered.transferId);
    expect(archive.length).toBe(offered.sizeBytes);
    expect(await readdir(path.join(source.dataDir, 'transfers'))).toEqual([]);

    const target = await tempCore();
    await addPartner(target, 'Fresh Install Sample');
    const result = await target.ok('backups.restoreUpload', {
      transferId: await upload(target, archive, offered.fileName),
    });
    expect(result.attachments).toBe(1);
    expect(await partnerNames(target)).toEqual(['Travelling Partner']);
    const read = await target.ok('attachments.read', { hash: ref.hash });
    expect(Buffer.from(read.contentBase64, 'base64')).toEqual(photo);
  });

  it('refuses an archive with an entry that climbs out of the folder, unpacking nothing', async () => {
    const t = await tempCore();
    await addPartner(t, 'Safe');
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('{}'), 'manifest.json');
    zip.addBuffer(Buffer.from('owned'), 'xx/escaped.txt');
    zip.end();
    const parts: Buffer[] = [];
    for await (const part of zip.outputStream) parts.push(part as Buffer);
    // yazl refuses to write '..', so the name is changed in the bytes (local header and directory).
    const bytes = Buffer.from(
      Buffer.concat(parts).toString('latin1').replaceAll('xx/escaped', '../escaped'),
      'latin1',
    );
    const error = await t.fails('backups.restoreUpload', { transferId: await upload(t, bytes, 'evil.zip') });
    expect(error.fields?.file?.key).toBe('backups.refusal.unsafeEntry');
    expect(existsSync(path.join(t.dataDir, 'escaped.txt'))).toBe(false);
    expect(existsSync(path.join(t.dataDir, 'transfers', 'escaped.txt'))).toBe(false);
    expect(await partnerNames(t)).toEqual(['Safe']);

    const notOurs = new yazl.ZipFile();
    notOurs.addBuffer(Buffer.from('hello'), 'readme.txt');
    notOurs.end();
    const plain: Buffer[] = [];
    for await (const part of notOurs.outputStream) plain.push(part as Buffer);
    const refused = await t.fails('backups.restoreUpload', {
      transferId: await upload(t, Buffer.concat(plain), 'photos.zip'),
    });
    expect(refused.fields?.file?.key).toBe('backups.refusal.noManifest');
  });
});

describe('integrity check after an unclean shutdown', () => {
  it('marks the data folder while the app runs and clears the mark on a clean close', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir });
    expect(existsSync(path.join(dir, runningMarkerName))).toBe(true);
    await core.close();
    expect(existsSync(path.join(dir, runningMarkerName))).toBe(false);
  });

  it('opens normally when the check after a crash finds the file intact', async () => {
    const dir = await tempDir();
    const t = await tempCore(dir);
    await addPartner(t, 'Survivor');
    await t.core.close();
    await writeFile(path.join(dir, runningMarkerName), 'left by a crash');
    const reopened = await tempCore(dir);
    expect(await partnerNames(reopened)).toEqual(['Survivor']);
  });

  it('says what happened when the file is damaged and restores the newest good backup on request', async () => {
    const dir = await tempDir();
    const t = await tempCore(dir);
    await t.ok('demo.load', { partners: 120 });
    await t.ok('backups.backUpNow', {});
    await t.core.close();

    // Damage pages in the middle of the file, as a failing disk would, and leave the crash marker.
    const file = path.join(dir, databaseFileName);
    const bytes = await readFile(file);
    const pageSize = 4096;
    const pages = bytes.length / pageSize;
    for (let page = Math.floor(pages / 3); page < Math.floor(pages / 3) + 8; page++) {
      bytes.fill(0xa5, page * pageSize + 100, (page + 1) * pageSize);
    }
    await writeFile(file, bytes);
    const damagedHash = createHash('sha256').update(bytes).digest('hex');
    await writeFile(path.join(dir, runningMarkerName), 'left by a crash');

    const core = await openCore({ dataDir: dir });
    try {
      const status = await core.call('app.status', {});
      expect(status.ok).toBe(false);
      if (status.ok) return;
      expect(status.error.code).toBe('UNAVAILABLE');
      expect(status.error.message).toMatch(/integrity check/);
      const recovery = status.error.details?.[startupRecoveryKey] as StartupRecovery;
      expect(recovery.problem).toBe('DAMAGED');
      expect(recovery.newestBackup?.kind).toBe('manual');

      const recovered = await core.call('backups.recoverAtStartup', {});
      expect(recovered.ok).toBe(true);
      const after = await core.call('app.status', {});
      expect(after.ok && after.value.partnerCount).toBe(120);
      // The damaged file is kept beside the data, never deleted.
      const aside = (await readdir(dir)).find((name) => name.startsWith('damaged-'));
      expect(aside).toBeDefined();
      expect(
        createHash('sha256')
          .update(await readFile(path.join(dir, aside!)))
          .digest('hex'),
      ).toBe(damagedHash);
    } finally {
      await core.close();
    }
  });
});
