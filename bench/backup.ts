// Benchmark section: backing up a 1 GB database. The data set is written straight into the tables
// in big transactions (the app's write path would take far longer): 100,000 partners, 24 months of
// sales each, and change-log rows (every write the app makes appends one) until the file reaches
// ~1 GB. Measured through the real procedures: `backups.backUpNow` (median of 3), and the latency
// of typical reads (the partners list's first page, app.status) while a backup runs against idle.
// Also the integrity check at start after a crash (integrity_check against quick_check), which
// decides the size limit for the full check. CK_BACKUP_BENCH_DIR=<folder> keeps and reuses the data.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { openCore, type Core } from '../src/core';
import { databaseFileName } from '../src/core/core';
import { call, formatMs, percentile, report } from './stats';

const targetBytes = 1024 ** 3;
const partnerCount = 100_000;
const months = 24;
const changeRowsPerTransaction = 250_000;
const backupRuns = 3;
const idleReads = 200;

export async function benchBackup(): Promise<void> {
  const kept = process.env.CK_BACKUP_BENCH_DIR;
  const dataDir = kept ? path.resolve(kept) : await mkdtemp(path.join(os.tmpdir(), 'ck-bench-backup-'));
  const dataFile = path.join(dataDir, databaseFileName);
  console.log(`\nbackup of a ~1 GB database (data in ${dataDir}):`);
  try {
    if (!existsSync(dataFile)) {
      await mkdir(dataDir, { recursive: true });
      // The schema, as the app makes it.
      await (await openCore({ dataDir, sync: { background: false } })).close();
      const started = performance.now();
      await fillDatabase(dataFile);
      console.log(`generate: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const size = (await stat(dataFile)).size;
    console.log(`database file: ${(size / 1024 ** 3).toFixed(2)} GB`);

    const core = await openCore({ dataDir, sync: { background: false } });
    try {
      // Today's loyalty recompute first, as the app does soon after start, so it does not land in
      // the middle of the measurements.
      await call(core, 'loyalty.recomputeAll', { today: new Date().toISOString().slice(0, 10) });
      await measureBackups(core, dataDir);
    } finally {
      await core.close();
    }
    await measureIntegrityChecks(dataFile);
  } finally {
    if (!kept) await rm(dataDir, { recursive: true, force: true });
    else await rm(path.join(dataDir, 'backups'), { recursive: true, force: true });
  }
}

async function measureBackups(core: Core, dataDir: string): Promise<void> {
  const reads: [string, () => Promise<unknown>][] = [
    ['partners list, first page', () => call(core, 'partners.list', {})],
    ['app.status', () => call(core, 'app.status', {})],
  ];
  // Warm the caches, so idle and during-backup compare like with like.
  for (const [, read] of reads) for (let i = 0; i < 20; i++) await read();
  const idle = new Map<string, number[]>();
  for (const [label, read] of reads) {
    const samples: number[] = [];
    for (let i = 0; i < idleReads; i++) samples.push(await timed(read));
    idle.set(label, samples);
  }

  const backupSeconds: number[] = [];
  const during = new Map<string, number[]>(reads.map(([label]) => [label, []]));
  for (let run = 0; run < backupRuns; run++) {
    const started = performance.now();
    let done = false;
    const backup = call(core, 'backups.backUpNow', {}).finally(() => (done = true));
    // A user clicking around meanwhile: one read after another, alternating, until the backup ends.
    let turn = 0;
    while (!done) {
      const [label, read] = reads[turn++ % reads.length]!;
      during.get(label)!.push(await timed(read));
    }
    await backup;
    backupSeconds.push((performance.now() - started) / 1000);
    // Three 1 GB copies are not needed to measure; keep the disk free.
    await rm(path.join(dataDir, 'backups'), { recursive: true, force: true });
  }
  const median = percentile(backupSeconds, 50);
  console.log(
    `backup (online backup API, 1 MB steps), median of ${backupRuns}: ${median.toFixed(1)} s  (runs: ${backupSeconds
      .map((s) => s.toFixed(1))
      .join(', ')} s)`,
  );
  for (const [label] of reads) {
    report(`${label}, idle`, idle.get(label)!);
    const samples = during.get(label)!;
    report(`${label}, during a backup (${samples.length} reads)`, samples);
  }
}

async function timed(read: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await read();
  return performance.now() - started;
}

async function measureIntegrityChecks(dataFile: string): Promise<void> {
  const db = await open(dataFile, sqlite3.OPEN_READONLY);
  try {
    for (const pragma of ['quick_check', 'integrity_check']) {
      const started = performance.now();
      const rows = await all<Record<string, string>>(db, `pragma ${pragma}`);
      const result = Object.values(rows[0] ?? {})[0];
      console.log(`${pragma} of the 1 GB file: ${formatMs(performance.now() - started)} (${result})`);
    }
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

async function fillDatabase(dataFile: string): Promise<void> {
  const db = await open(dataFile, sqlite3.OPEN_READWRITE);
  try {
    await exec(db, 'pragma journal_mode = off; pragma synchronous = off; pragma cache_size = -262144;');
    const now = '2026-01-15T08:00:00.000Z';
    await exec(
      db,
      `begin;
       insert into owners (id, name, email, region, created_at, updated_at)
         values ('OWNER0000000000000000000001', 'Bench Owner', '', 'Central', '${now}', '${now}')
         on conflict do nothing;
       with recursive n(i) as (select 1 union all select i + 1 from n where i < ${partnerCount})
       insert into partners (id, name, legal_name, type, status, region, country, city, address, phone, email,
                             owner_id, partnership_start, notes, created_at, updated_at)
       select printf('P%025d', i),
              printf('Maju Jaya Trading %d', i),
              printf('Maju Jaya %d Sdn Bhd', i),
              'dealer', 'active',
              printf('Region %d', i % 12), 'MY', printf('City %d', i % 300),
              printf('%d Jalan Perdana %d, Taman Sentosa', i % 200, i % 40),
              printf('+60 12-%07d', i), printf('buyer%d@example.my', i),
              'OWNER0000000000000000000001', '2019-03-01',
              printf('Key account since 2019; prefers visits on Tuesday mornings; ordered %d units last quarter.', i % 977),
              '${now}', '${now}'
       from n;
       commit;`,
    );
    const monthsList = Array.from({ length: months }, (_, k) => {
      const date = new Date(Date.UTC(2024, k, 1));
      return `'${date.toISOString().slice(0, 7)}'`;
    }).join(', ');
    await exec(
      db,
      `begin;
       with recursive n(i) as (select 1 union all select i + 1 from n where i < ${partnerCount}),
            m(period) as (select value from json_each('[${monthsList.replaceAll("'", '"')}]'))
       insert into sales_records (id, partner_id, period, revenue_minor, currency, units, orders, note,
                                  created_at, updated_at)
       select printf('S%09d%s', i, period), printf('P%025d', i), period, (i * 7919) % 5000000, 'MYR',
              (i * 31) % 900, (i * 13) % 40, '', '${now}', '${now}'
       from n, m;
       commit;`,
    );
    let seq = 0;
    while ((await stat(dataFile)).size < targetBytes) {
      await exec(
        db,
        `begin;
         with recursive n(i) as (select ${seq + 1} union all select i + 1 from n where i < ${seq + changeRowsPerTransaction})
         insert into change_log (hlc, batch_id, tbl, row_id, field, old_value, new_value)
         select printf('%015d-%06d-REPLICA00000000000000000001', 1700000000000 + i, i % 1000),
                printf('B%025d', i / 20), 'partners', printf('P%025d', i % ${partnerCount}), 'notes',
                json_quote(printf('Visited on %d: discussed the promotion for the festive season, stock of %d units.', i, i % 500)),
                json_quote(printf('Visited on %d: agreed on a display of %d units and a follow-up call next week.', i, i % 700))
         from n;
         commit;`,
      );
      seq += changeRowsPerTransaction;
    }
    await exec(db, 'analyze;');
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db: sqlite3.Database = new sqlite3.Database(file, mode, (error) =>
      error ? reject(error) : resolve(db),
    );
  });
}

function exec(db: sqlite3.Database, statements: string): Promise<void> {
  return new Promise((resolve, reject) =>
    db.exec(statements, (error) => (error ? reject(error) : resolve())),
  );
}

function all<R>(db: sqlite3.Database, statement: string): Promise<R[]> {
  return new Promise((resolve, reject) =>
    db.all(statement, (error: Error | null, rows: R[]) => (error ? reject(error) : resolve(rows))),
  );
}
