// Faults between a computer and the server: the server killed with SIGKILL in the middle of a push
// (a separate process, restarted on the same data), and the connection cut in the middle of a pull.
// Afterwards every change is on the server once and on the other computer once, and both match.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openServerStore, type ServerStore } from '../../../src/server/db/connect';
import type { DatabaseKind } from '../../../src/server/db/database';
import { decodeBatches } from '../../../src/server/sync/batch-codec';
import { createInvitation } from '../../../src/server/workspaces/invitations';
import { createWorkspace } from '../../../src/server/workspaces/workspaces';
import { createDatabase } from '../../support/postgres';
import {
  joinByInvite,
  openClient,
  openFlakyLink,
  openLiveServer,
  partnerInput,
  type Client,
  type FlakyLink,
  type LiveServer,
} from './client-harness';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function createPartners(client: Client, count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    await client.ok('partners.create', partnerInput(`${prefix} ${String(i).padStart(4, '0')}`, 'North'));
  }
}

async function partnerNames(client: Client): Promise<string[]> {
  const names: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const result = await client.ok('partners.list', { offset, limit: 500 });
    names.push(...result.rows.map((row) => row.name));
    if (result.rows.length < 500) return names.sort();
  }
}

/** The sync server as its own process (the real CLI), so it can be killed with SIGKILL. */
function startServerProcess(options: {
  dataDir: string;
  databaseUrl: string | null;
}): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/cli.ts', '--data-dir', options.dataDir, '--port', '0'],
    {
      cwd: projectRoot,
      env: { ...process.env, ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /sync server on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`The server exited (${code}) before listening:\n${output}`)),
    );
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe.each(['sqlite', 'postgres'] as const)('sync faults (%s)', (kind: DatabaseKind) => {
  it('loses and doubles nothing when the server is killed in the middle of a push', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ck-killed-server-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let databaseUrl: string | null = null;
    if (kind === 'postgres') {
      const database = await createDatabase(inject('postgresUrl'));
      cleanups.push(() => database.drop());
      databaseUrl = database.url;
    }
    const openStore = () => openServerStore(databaseUrl ? { databaseUrl } : { dataDir });
    // The workspace and two one-time codes are made before the server process starts.
    let store: ServerStore = await openStore();
    const workspace = await createWorkspace(store.db, 'Killed Brand', new Date());
    const codes: string[] = [];
    for (let i = 0; i < 2; i++) {
      const invitation = await createInvitation(
        store.db,
        { workspaceId: workspace.id, role: 'admin', regions: [], ownerId: '', createdBy: null },
        new Date(),
      );
      codes.push(invitation.code);
    }
    await store.close();

    let server = await startServerProcess({ dataDir, databaseUrl });
    cleanups.push(() => Promise.resolve(server.child.kill('SIGKILL')));
    const link: FlakyLink = await openFlakyLink(() => server.port);
    cleanups.push(() => link.close());
    const live = { url: link.url } as LiveServer;
    const a = await openClient();
    const b = await openClient();
    cleanups.push(
      () => a.dispose(),
      () => b.dispose(),
    );
    await joinByInvite(a, live, codes[0]!);
    await joinByInvite(b, live, codes[1]!);

    const count = 600;
    await createPartners(a, count, 'Pushed');
    const waiting = (await a.ok('sync.status', {})).waiting;
    expect(waiting).toBeGreaterThanOrEqual(count);
    link.onceRequest('POST /v1/sync/push', () => {
      setTimeout(() => server.child.kill('SIGKILL'), 15);
    });
    const during = await a.ok('sync.now', {});
    await killed(server.child);
    expect(['offline', 'error']).toContain(during.state);
    expect(during.waiting).toBeGreaterThan(0);

    // Restarted on the same data; the client retries: what the dead server stored counts as
    // duplicates, the rest is stored now.
    server = await startServerProcess({ dataDir, databaseUrl });
    expect(await a.ok('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0 });
    expect(await b.ok('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0 });
    const expected = Array.from({ length: count }, (_, i) => `Pushed ${String(i).padStart(4, '0')}`);
    expect(await partnerNames(b)).toEqual(expected);
    expect(await partnerNames(a)).toEqual(expected);

    store = await openStore();
    cleanups.push(() => store.close());
    // Every stored message once: the log holds each push's batches per partner, deflated.
    const stored = (await store.db.selectFrom('syncLog').select('body').execute()).flatMap((row) =>
      decodeBatches(row.body),
    );
    const messages = stored.flatMap((b) => b.changes.map((c) => `${b.id} ${c.table} ${c.rowId} ${c.field}`));
    expect(new Set(messages).size).toBe(messages.length);
    const partnerBatches = new Set(
      stored.filter((b) => b.label.startsWith('Create partner')).map((b) => b.id),
    );
    expect(partnerBatches.size).toBe(count);
  }, 120_000);

  it('resumes a pull cut in the middle from the saved cursor and ends identical', async () => {
    const server = await openLiveServer(kind);
    cleanups.push(() => server.close());
    const a = await openClient();
    const b = await openClient();
    cleanups.push(
      () => a.dispose(),
      () => b.dispose(),
    );
    await joinByInvite(a, server, await server.invite());
    await joinByInvite(b, server, await server.invite());
    const count = 300;
    await createPartners(a, count, 'Pulled');
    expect(await a.ok('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0 });

    // Pages of 50 batches: the connection drops in the middle of a later page.
    server.link.cutAfter(60_000);
    const cut = await b.ok('sync.now', {});
    expect(server.link.cuts).toBe(1);
    expect(cut.state).toBe('offline');
    const partial = await partnerNames(b);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(count);

    expect(await b.ok('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0 });
    expect(await partnerNames(b)).toEqual(await partnerNames(a));
    expect(await partnerNames(b)).toHaveLength(count);
  }, 120_000);
});
