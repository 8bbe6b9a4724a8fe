import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, CoreStartupError, databaseFileName } from '../../../src/core';
import { migrations } from '../../../src/core/db/migrations';
import { openDatabase } from '../../../src/core/db/open-database';
import { makeTempDir, openTempCore } from './temp-core';

const dirs: string[] = [];
async function tempDir() {
  const dir = await makeTempDir('ck-startup-');
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function startupError(promise: Promise<unknown>): Promise<CoreStartupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CoreStartupError);
  return error as CoreStartupError;
}

const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('opening the database at start', () => {
  it('creates a new database with WAL, foreign keys and the latest schema', async () => {
    const t = await openTempCore(await tempDir());
    expect(t.core.dataFile).toBe(path.join(t.dataDir, databaseFileName));
    expect((await t.ok('app.status', {})).schemaVersion).toBe(migrations.length);
    await t.dispose();
    // No backup for a brand-new file: there was nothing to lose.
    expect(await readdir(t.dataDir)).not.toContain('backups');
  });

  it('reports a file that is not a database as corrupt, naming the file', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, databaseFileName), 'this is not a database '.repeat(100));
    const error = await startupError(openCore({ dataDir: dir }));
    expect(error.problem).toBe('CORRUPT');
    expect(error.message).toContain(path.join(dir, databaseFileName));
  });

  it('reports a file in use by another ChannelKeeper as locked', async () => {
    const dir = await tempDir();
    const first = await openCore({ dataDir: dir });
    try {
      const error = await startupError(openCore({ dataDir: dir }));
      expect(error.problem).toBe('LOCKED');
      expect(error.message).toMatch(/in use/);
    } finally {
      await first.close();
    }
    await (await openCore({ dataDir: dir })).close();
  });

  it('reports a data folder that cannot be created', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'file'), 'x');
    const error = await startupError(openCore({ dataDir: path.join(dir, 'file', 'sub') }));
    expect(['CANNOT_OPEN', 'READ_ONLY']).toContain(error.problem);
  });

  it('refuses a database written by a newer version', async () => {
    const dir = await tempDir();
    const t = await openTempCore(dir);
    await t.dispose();
    const bumped = [...migrations, { name: '0002-future', up: async () => undefined }];
    await (await openCore({ dataDir: dir, migrations: bumped })).close();
    const error = await startupError(openCore({ dataDir: dir }));
    expect(error.problem).toBe('NEWER_VERSION');
  });

  it('upgrades a file of an older version, keeping its data and a backup of the old file', async () => {
    const dir = await tempDir();
    // A file as version 1 of the app left it (today's procedures would write newer columns).
    const old = await openDatabase({
      filePath: path.join(dir, databaseFileName),
      migrations: migrations.slice(0, 1),
    });
    await sql`insert into partners (id, name, type, status, country, created_at, updated_at)
      values ('01JAAAAAAAAAAAAAAAAAAAAAAA', 'Toko Sinar Jaya', 'retailer', 'active', 'ID', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`.execute(
      old.db,
    );
    await old.db.destroy();

    const t = await openTempCore(dir);
    expect((await t.ok('app.status', {})).schemaVersion).toBe(migrations.length);
    const [partner] = (await t.ok('partners.list', {})).rows;
    expect(partner?.name).toBe('Toko Sinar Jaya');
    await t.ok('careEvents.create', {
      partnerId: partner!.id,
      kind: 'visit',
      title: 'First visit',
      start: '2026-12-01',
    });
    await t.dispose();
    const backups = await readdir(path.join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^before-migration-v1-.*\.sqlite3$/)]);
  });

  it('backs the file up before migrating and leaves it untouched when a migration fails', async () => {
    const dir = await tempDir();
    const t = await openTempCore(dir);
    await t.ok('partners.create', {
      partner: { name: 'Van Dijk Groothandel', type: 'wholesaler', country: 'NL' },
    });
    await t.dispose();
    const file = path.join(dir, databaseFileName);
    const before = await sha(file);

    const failing = [
      ...migrations,
      {
        name: '0002-broken',
        up: async (db: Parameters<(typeof migrations)[number]['up']>[0]) => {
          await sql`create table half_done (id text)`.execute(db);
          await sql`insert into no_such_table values (1)`.execute(db);
        },
      },
    ];
    const error = await startupError(openCore({ dataDir: dir, migrations: failing }));
    expect(error.problem).toBe('MIGRATION_FAILED');
    expect(error.backupPath).toMatch(
      new RegExp(`backups[\\\\/]before-migration-v${migrations.length}-.*\\.sqlite3$`),
    );
    expect(error.message).toContain(error.backupPath!);
    expect(await sha(file)).toBe(before);

    // The old file still opens with the old app, data intact and without the half-done table.
    const reopened = await openTempCore(dir);
    expect((await reopened.ok('partners.list', {})).rows.map((r) => r.name)).toEqual([
      'Van Dijk Groothandel',
    ]);
    await reopened.dispose();

    // The backup is a complete database of its own.
    const restoreDir = await tempDir();
    await mkdir(restoreDir, { recursive: true });
    await writeFile(path.join(restoreDir, databaseFileName), await readFile(error.backupPath!));
    const restored = await openTempCore(restoreDir);
    expect((await restored.ok('app.status', {})).partnerCount).toBe(1);
    await restored.dispose();
  });
});
