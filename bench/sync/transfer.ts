// Push then pull a client's whole history through the server: client A uploads its data into a
// new workspace, client B joins it from nothing. Messages per second each way include the
// client's own work (reading its outbox; applying what it pulls), the server's peak memory is
// sampled while B pulls, and the database's bytes per stored message are measured after it. Then
// the server folds the whole history into its snapshot (as it does with history older than the
// compaction age) and client C joins from that snapshot, as most new computers of a team do.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openCore, type Core } from '../../src/core';
import type { SyncStatus } from '../../src/shared/sync';
import { serverDatabaseFileName, openServerStore, type StoreLocation } from '../../src/server/db/connect';
import { compactWorkspace } from '../../src/server/sync/compaction';
import { createInvitation } from '../../src/server/workspaces/invitations';
import { createWorkspace } from '../../src/server/workspaces/workspaces';
import { call } from '../stats';
import type { ClientHistory } from './client-data';
import { startServerProcess } from './server-process';

export interface TransferOutcome {
  messages: number;
  pushSeconds: number;
  pullSeconds: number;
  /** Peak resident memory of a server started fresh, while client B pulls everything. */
  serverPeakBytes: number;
  /** That server's memory before B connects. */
  serverBaselineBytes: number;
  /** The memory the first server kept after taking A's upload (V8 keeps what the pushes grew). */
  afterUploadBytes: number;
  databaseBytes: number;
  partnersOnB: number;
  /** Folding the whole log into the snapshot (the server's compaction, run in this process). */
  compactSeconds: number;
  /** Client C joining from the snapshot: every row's state, then an empty log after it. */
  snapshotJoinSeconds: number;
  /** Peak resident memory of the server while C joins from the snapshot. */
  serverPeakJoinBytes: number;
  partnersOnC: number;
}

export async function benchTransfer(options: {
  location: StoreLocation;
  /** A client data folder already holding the history (copied per run by the caller). */
  clientA: string;
  history: ClientHistory;
}): Promise<TransferOutcome> {
  const store = await openServerStore(options.location);
  const before = await databaseBytes(store.kind, options.location, store);
  const now = new Date();
  const workspace = await createWorkspace(store.db, 'Bench brand', now);
  // Both join as admins bringing their own owner id, as a new workspace's first people do.
  const invitation = () =>
    createInvitation(
      store.db,
      { workspaceId: workspace.id, role: 'admin', regions: [], ownerId: '', createdBy: null },
      now,
    );
  const codeA = (await invitation()).code;
  const codeB = (await invitation()).code;
  const codeC = (await invitation()).code;
  await store.close();

  const startServer = () =>
    startServerProcess(
      'databaseUrl' in options.location ? options.location : { dataDir: options.location.dataDir },
    );
  let server = await startServer();
  const clientB = await mkdtemp(path.join(os.tmpdir(), 'ck-bench-sync-b-'));
  const clientC = await mkdtemp(path.join(os.tmpdir(), 'ck-bench-sync-c-'));
  let a: Core | undefined;
  let b: Core | undefined;
  let c: Core | undefined;
  try {
    a = await openCore({ dataDir: options.clientA });
    const connected = await call<SyncStatus>(a, 'sync.connect', {
      mode: 'invite',
      serverUrl: server.url,
      code: codeA,
      name: 'Client A',
      email: `a-${workspace.publicId.toLowerCase()}@example.com`,
      password: 'correct horse battery',
    });
    if (connected.state !== 'choose')
      throw new Error(`Client A should be asked what to do with its data: ${connected.state}`);
    const pushStarted = performance.now();
    await call(a, 'sync.join', { choice: 'upload' });
    const pushSeconds = (performance.now() - pushStarted) / 1000;
    // The core's own daily jobs (the loyalty recompute) may add a batch while the upload runs.
    let afterPush = await call<SyncStatus>(a, 'sync.status', {});
    for (let tries = 0; afterPush.waiting > 0 && tries < 3; tries++)
      afterPush = await call<SyncStatus>(a, 'sync.now', {});
    if (afterPush.waiting !== 0)
      throw new Error(
        `Client A still has ${afterPush.waiting} changes waiting (${afterPush.state}: ${afterPush.error ?? 'no error'})`,
      );

    // B's pull is measured on a server started afresh: what a pull costs, not what the upload left.
    const afterUploadBytes = server.sampleMemory()();
    await server.stop();
    server = await startServer();
    b = await openCore({ dataDir: clientB });
    const baseline = server.sampleMemory()();
    const stopSampling = server.sampleMemory();
    const pullSeconds = await joinAndSync(b, server.url, codeB, 'B', workspace.publicId);
    const serverPeakBytes = stopSampling();
    const partnersOnB = await call<{ total: number }>(b, 'partners.list', { limit: 1 });

    await server.stop();
    const reopened = await openServerStore(options.location);
    const after = await databaseBytes(reopened.kind, options.location, reopened);
    const compactStarted = performance.now();
    // Two days from now, all of it is older than a day: the whole log is folded.
    await compactWorkspace(reopened, workspace.id, {
      now: new Date(Date.now() + 2 * 86_400_000),
      olderThanDays: 1,
    });
    const compactSeconds = (performance.now() - compactStarted) / 1000;
    await reopened.close();
    server = await startServer();
    c = await openCore({ dataDir: clientC });
    const stopSamplingJoin = server.sampleMemory();
    const snapshotJoinSeconds = await joinAndSync(c, server.url, codeC, 'C', workspace.publicId);
    const serverPeakJoinBytes = stopSamplingJoin();
    const partnersOnC = await call<{ total: number }>(c, 'partners.list', { limit: 1 });
    return {
      messages: options.history.messages,
      pushSeconds,
      pullSeconds,
      serverPeakBytes,
      serverBaselineBytes: baseline,
      afterUploadBytes,
      databaseBytes: after - before,
      partnersOnB: partnersOnB.total,
      compactSeconds,
      snapshotJoinSeconds,
      serverPeakJoinBytes,
      partnersOnC: partnersOnC.total,
    };
  } finally {
    await a?.close();
    await b?.close();
    await c?.close();
    await server.stop();
    await rm(clientB, { recursive: true, force: true });
    await rm(clientC, { recursive: true, force: true });
  }
}

/** Connects a new computer by invitation and syncs until it is synced: seconds taken. */
async function joinAndSync(
  core: Core,
  serverUrl: string,
  code: string,
  name: string,
  workspacePublicId: string,
): Promise<number> {
  const started = performance.now();
  let status = await call<SyncStatus>(core, 'sync.connect', {
    mode: 'invite',
    serverUrl,
    code,
    name: `Client ${name}`,
    email: `${name.toLowerCase()}-${workspacePublicId.toLowerCase()}@example.com`,
    password: 'correct horse battery',
  });
  while (status.state !== 'synced') {
    if (status.state === 'error' || status.state === 'signedOut')
      throw new Error(`Client ${name}: ${status.error}`);
    status = await call<SyncStatus>(core, 'sync.now', {});
  }
  return (performance.now() - started) / 1000;
}

async function databaseBytes(
  kind: 'sqlite' | 'postgres',
  location: StoreLocation,
  store: Awaited<ReturnType<typeof openServerStore>>,
): Promise<number> {
  if (kind === 'postgres') {
    const result = await sql<{ bytes: number }>`select pg_database_size(current_database()) as bytes`.execute(
      store.db,
    );
    return Number(result.rows[0]!.bytes);
  }
  await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
  if (!('dataDir' in location)) return 0;
  const file = await stat(path.join(location.dataDir, serverDatabaseFileName));
  return file.size;
}
