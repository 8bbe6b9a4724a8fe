// A throwaway PostgreSQL for tests and benchmarks: a fresh cluster in a temp folder, listening on
// 127.0.0.1 only, started from Debian's packages (apt-get install postgresql) and removed on stop.
// PostgreSQL refuses to run as root, so under root the cluster runs as the `postgres` user.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface TestPostgres {
  /** postgres://… of the maintenance database; make one database per test with createDatabase. */
  url: string;
  stop(): Promise<void>;
}

/** The folder holding initdb and pg_ctl of the newest installed PostgreSQL. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'The sync tests need PostgreSQL. On Debian or Ubuntu: sudo apt-get install -y postgresql (.ci/run does this).',
    );
  }
  return path.join(root, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  const asRoot = userInfo().uid === 0;
  const folder = await mkdtemp(path.join(tmpdir(), 'ck-postgres-'));
  const dataDir = path.join(folder, 'data');
  const port = await freePort();
  const asUser = async (command: string, args: string[]) => {
    const file = path.join(bin, command);
    if (asRoot) await run('runuser', ['-u', 'postgres', '--', file, ...args]);
    else await run(file, args);
  };
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(folder, Number(stdout.trim()), Number(gid.trim()));
  }
  await chmod(folder, 0o700);
  await asUser('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'ck', '--no-sync', '-E', 'UTF8']);
  await asUser('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(folder, 'log'),
    '-w',
    '-o',
    // Tests need no durability: fsync off makes a cluster start and load in a fraction of the time.
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://ck@127.0.0.1:${port}/postgres`,
    async stop() {
      await asUser('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

let databaseCount = 0;

/** A new empty database in the cluster; `drop` removes it. */
export async function createDatabase(
  maintenanceUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ck_test_${process.pid}_${Date.now()}_${databaseCount++}`;
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = maintenanceUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const admin = new pg.Client({ connectionString: maintenanceUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
