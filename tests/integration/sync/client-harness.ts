// Real team servers on loopback for the client's integration tests: the sync server (SQLite in a
// temp folder or a fresh PostgreSQL database) listening on 127.0.0.1, reached by the clients
// through a TCP link the test can take down (offline) or cut after N bytes (a dropped connection),
// and ChannelKeeper cores on temp data folders with the background loop off, so each test decides
// when a sync runs.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, inject } from 'vitest';
import { openCore, type Core } from '../../../src/core';
import type { SyncTiming } from '../../../src/core/sync/client/sync-client';
import { buildServer } from '../../../src/server/app';
import { compactHistory } from '../../../src/server/sync/compaction';
import { openServerStore, type ServerStore } from '../../../src/server/db/connect';
import type { DatabaseKind } from '../../../src/server/db/database';
import { createInvitation } from '../../../src/server/workspaces/invitations';
import { createWorkspace, type Workspace } from '../../../src/server/workspaces/workspaces';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../src/shared/contract';
import type { CoreErrorData } from '../../../src/shared/errors';
import type { Role } from '../../../src/shared/sync-protocol';
import { createDatabase } from '../../support/postgres';

/** A TCP link in front of the server: up, down (connections refused and cut), or cut after N bytes. */
export interface FlakyLink {
  url: string;
  down(): void;
  up(): void;
  /** The next answers get this many bytes through in total, then the connection is cut once. */
  cutAfter(bytes: number): void;
  /** Connections cut by cutAfter so far. */
  readonly cuts: number;
  /** Calls `callback` once when a request whose bytes contain `text` goes through. */
  onceRequest(text: string, callback: () => void): void;
  /**
   * Holds back the `nth` request whose bytes contain `text` (and whatever follows it on its
   * connection) until `release`: the client waits for that answer as on a slow network.
   */
  holdRequest(text: string, nth: number): HeldRequest;
  close(): Promise<void>;
}

export interface HeldRequest {
  /** Resolves when the request has arrived and is being held. */
  caught: Promise<void>;
  release(): void;
}

export async function openFlakyLink(upstreamPort: () => number): Promise<FlakyLink> {
  let isDown = false;
  let budget: number | null = null;
  let cuts = 0;
  let watch: { text: string; callback: () => void } | null = null;
  let hold: { text: string; left: number; caught: () => void } | null = null;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (isDown) {
      client.destroy();
      return;
    }
    const upstream = net.connect(upstreamPort(), '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    let held: Buffer[] | null = null;
    client.on('data', (chunk: Buffer) => {
      if (watch && chunk.includes(watch.text)) {
        const { callback } = watch;
        watch = null;
        callback();
      }
      if (!held && hold && hold.left > 0 && chunk.includes(hold.text) && --hold.left === 0) {
        held = [];
        hold.caught();
      }
      if (held) held.push(chunk);
      else upstream.write(chunk);
    });
    const releaseHeld = () => {
      const queue = held;
      held = null;
      for (const chunk of queue ?? []) upstream.write(chunk);
    };
    releasers.add(releaseHeld);
    client.on('close', () => releasers.delete(releaseHeld));
    upstream.on('data', (chunk: Buffer) => {
      if (budget !== null) {
        if (chunk.length >= budget) {
          client.write(chunk.subarray(0, budget));
          budget = null;
          cuts++;
          client.destroy();
          upstream.destroy();
          return;
        }
        budget -= chunk.length;
      }
      client.write(chunk);
    });
  });
  const releasers = new Set<() => void>();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    down() {
      isDown = true;
      cutAll();
    },
    up() {
      isDown = false;
    },
    cutAfter(bytes) {
      budget = bytes;
    },
    get cuts() {
      return cuts;
    },
    onceRequest(text, callback) {
      watch = { text, callback };
    },
    holdRequest(text, nth) {
      const arrived = new Promise<void>((resolve) => {
        hold = { text, left: nth, caught: resolve };
      });
      return {
        caught: arrived,
        release() {
          hold = null;
          for (const release of releasers) release();
        },
      };
    },
    async close() {
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface LiveServer {
  kind: DatabaseKind;
  store: ServerStore;
  app: FastifyInstance;
  workspace: Workspace;
  /** The address clients use (through the flaky link). */
  url: string;
  link: FlakyLink;
  /** A one-time code for the workspace (ownerId '' lets the joining computer bring its own). */
  invite(role?: Role, regions?: string[], ownerId?: string): Promise<string>;
  close(): Promise<void>;
}

export async function openLiveServer(
  kind: DatabaseKind,
  /** The server's clock (a test of a computer whose clock runs ahead sets it behind). */
  now?: () => Date,
): Promise<LiveServer> {
  const cleanups: (() => Promise<unknown>)[] = [];
  let store: ServerStore;
  if (kind === 'postgres') {
    const database = await createDatabase(inject('postgresUrl'));
    cleanups.push(() => database.drop());
    store = await openServerStore({ databaseUrl: database.url });
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'ck-live-server-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    store = await openServerStore({ dataDir: dir });
  }
  cleanups.push(() => store.close());
  const app = await buildServer({ store, version: 'test', ...(now ? { now } : {}) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => app.close());
  const port = (app.server.address() as net.AddressInfo).port;
  const link = await openFlakyLink(() => port);
  cleanups.push(() => link.close());
  const workspace = await createWorkspace(store.db, 'Acme Channel', new Date());
  return {
    kind,
    store,
    app,
    workspace,
    url: link.url,
    link,
    async invite(role = 'admin', regions = [], ownerId = '') {
      const invitation = await createInvitation(
        store.db,
        { workspaceId: workspace.id, role, regions, ownerId, createdBy: null },
        new Date(),
      );
      return invitation.code;
    },
    async close() {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    },
  };
}

export interface Client {
  core: Core;
  dataDir: string;
  ok<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  fails(name: ProcedureName, input: unknown): Promise<CoreErrorData>;
  close(): Promise<void>;
  dispose(): Promise<void>;
}

export const manualTiming: Partial<SyncTiming> = {
  background: false,
  requestTimeoutMs: 5_000,
  pullPageSize: 50,
  snapshotPageSize: 50,
};

export async function openClient(
  timing: Partial<SyncTiming> = manualTiming,
  dataDir?: string,
): Promise<Client> {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'ck-sync-client-')));
  const core = await openCore({ dataDir: dir, sync: timing });
  return {
    core,
    dataDir: dir,
    async ok(name, input) {
      const result = await core.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async fails(name, input) {
      const result = await core.callByName(name, input);
      if (result.ok) throw new Error(`${name} succeeded but was expected to fail`);
      return result.error;
    },
    close: () => core.close(),
    async dispose() {
      await core.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let people = 0;

/** Connects a client with a fresh invitation code and returns its status. */
export async function joinByInvite(client: Client, server: LiveServer, code: string) {
  const n = ++people;
  return client.ok('sync.connect', {
    mode: 'invite',
    serverUrl: server.url,
    code,
    name: `Person ${n}`,
    email: `person${n}.${Date.now()}@example.test`,
    password: 'correct horse battery',
  });
}

export function partnerInput(name: string, region: string, ownerId: string | null = null) {
  return { partner: { name, type: 'dealer' as const, country: 'MY', region, ownerId } };
}

/** A fresh server for every test of the suite, and the clients a test opens, closed after it. */
export interface ServerPerTest {
  /** This test's server. */
  readonly server: LiveServer;
  /** Closes this test's server and opens another whose clock is `now`. */
  replaceServer(now: () => Date): Promise<LiveServer>;
  /** A client (closed and deleted after the test). */
  client(): Promise<Client>;
}

export function serverPerTest(kind: DatabaseKind): ServerPerTest {
  let server: LiveServer | undefined;
  const clients: Client[] = [];
  beforeEach(async () => {
    server = await openLiveServer(kind);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.dispose();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The server opens before each test.');
      return server;
    },
    async replaceServer(now) {
      await server?.close();
      server = await openLiveServer(kind, now);
      return server;
    },
    async client() {
      const opened = await openClient();
      clients.push(opened);
      return opened;
    },
  };
}

/** Folds the server's whole history into its snapshot, as if every computer had been away past the age. */
export async function foldAllHistory(server: LiveServer): Promise<number> {
  return compactHistory(server.store, {
    now: new Date(Date.now() + 2 * 24 * 60 * 60 * 1000),
    olderThanDays: 1,
  });
}
