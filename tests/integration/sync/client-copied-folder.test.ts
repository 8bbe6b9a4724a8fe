// A data folder copied to a second computer becomes a replica of its own: the copy opens under a
// new replica id (the original keeps its id), so an edit made on the copy while offline, older
// than what the original pushed meanwhile, still reaches the server and the original. Under one
// shared id the server took that edit for a retry of something it already had, and dropped it.
// A folder moved (the original gone) still pushes the edits it had waiting under its old id.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../src/core';
import { openDatabase } from '../../../src/core/db/open-database';
import {
  joinByInvite,
  openClient,
  openLiveServer,
  partnerInput,
  type Client,
  type LiveServer,
} from './client-harness';

/** The replica id a closed data folder holds. */
async function replicaIdIn(dataDir: string): Promise<string | undefined> {
  const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
  try {
    const row = await db
      .selectFrom('localSettings')
      .select('value')
      .where('key', '=', 'replicaId')
      .executeTakeFirst();
    return row?.value;
  } finally {
    await db.destroy();
  }
}

/** Closes a client, reads its replica id, and opens it again. */
async function reopenedWithReplicaId(client: Client): Promise<[Client, string | undefined]> {
  await client.close();
  const replicaId = await replicaIdIn(client.dataDir);
  return [await openClient(undefined, client.dataDir), replicaId];
}

/** A copy of a closed client's data folder, in a new folder: its path. */
async function copyOf(dataDir: string): Promise<string> {
  const copyDir = await mkdtemp(path.join(tmpdir(), 'ck-sync-copy-'));
  await rm(copyDir, { recursive: true });
  await cp(dataDir, copyDir, { recursive: true });
  return copyDir;
}

/** Signs a computer in again as the user it joined as (browser mode forgets the session). */
function signIn(client: Client, server: LiveServer, email: string) {
  return client.ok('sync.connect', {
    mode: 'login',
    serverUrl: server.url,
    email,
    password: 'correct horse battery',
  });
}

describe.each(['sqlite', 'postgres'] as const)('a copied data folder (%s)', (kind) => {
  let server: LiveServer;
  let original: Client;
  let copy: Client | undefined;

  beforeEach(async () => {
    server = await openLiveServer(kind);
    original = await openClient();
  });
  afterEach(async () => {
    await original.dispose();
    await copy?.dispose();
    await server.close();
  });

  it('gets its own replica id, and its offline edit older than the original’s push is kept', async () => {
    const joined = await joinByInvite(original, server, await server.invite());
    const { id } = await original.ok('partners.create', partnerInput('Maju Jaya', 'North'));
    await original.ok('sync.now', {});

    // The folder is copied while the app is closed; then both computers open it.
    await original.close();
    const originalReplica = await replicaIdIn(original.dataDir);
    expect(originalReplica).toBeTruthy();
    const copyDir = await copyOf(original.dataDir);
    original = await openClient(undefined, original.dataDir);
    copy = await openClient(undefined, copyDir);
    let copyReplica: string | undefined;
    [copy, copyReplica] = await reopenedWithReplicaId(copy);
    expect(copyReplica).toBeTruthy();
    expect(copyReplica).not.toBe(originalReplica);
    let replicaNow: string | undefined;
    [original, replicaNow] = await reopenedWithReplicaId(original);
    expect(replicaNow).toBe(originalReplica);
    // Opened again, the copy keeps the id it made.
    [copy, replicaNow] = await reopenedWithReplicaId(copy);
    expect(replicaNow).toBe(copyReplica);

    // The copy edits first, offline; the original edits another field and pushes first.
    const onCopy = await copy.ok('partners.get', { id });
    await copy.ok('partners.update', { id, partner: { ...onCopy, city: 'Ipoh' }, allowDuplicate: true });
    const onOriginal = await original.ok('partners.get', { id });
    await original.ok('partners.update', {
      id,
      partner: { ...onOriginal, phone: '+60 12 345 6789' },
      allowDuplicate: true,
    });
    expect(await signIn(original, server, joined.user!.email)).toMatchObject({ state: 'synced', waiting: 0 });
    expect(await signIn(copy, server, joined.user!.email)).toMatchObject({ state: 'synced', waiting: 0 });
    await original.ok('sync.now', {});

    for (const client of [original, copy]) {
      expect(await client.ok('partners.get', { id })).toMatchObject({
        city: 'Ipoh',
        phone: '+60 12 345 6789',
      });
    }
  });

  /** The original joins, syncs a new partner, then edits its city without syncing: the edit waits. */
  async function partnerWithWaitingEdit(name: string, city: string) {
    const joined = await joinByInvite(original, server, await server.invite());
    const { id } = await original.ok('partners.create', partnerInput(name, 'South'));
    await original.ok('sync.now', {});
    const before = await original.ok('partners.get', { id });
    await original.ok('partners.update', { id, partner: { ...before, city }, allowDuplicate: true });
    expect((await original.ok('sync.status', {})).waiting).toBeGreaterThan(0);
    return { email: joined.user!.email, id };
  }

  it('pushes from a moved folder the edits that were waiting when it was moved', async () => {
    const { email, id } = await partnerWithWaitingEdit('Sinar Abadi', 'Johor Bahru');
    // The folder moves to another disk and the old one is gone.
    await original.close();
    const movedDir = await copyOf(original.dataDir);
    await rm(original.dataDir, { recursive: true, force: true });
    copy = await openClient(undefined, movedDir);
    original = await openClient();

    expect((await copy.ok('sync.status', {})).waiting).toBeGreaterThan(0);
    expect(await signIn(copy, server, email)).toMatchObject({ state: 'synced', waiting: 0 });
    // Another computer of the team gets the edit.
    await joinByInvite(original, server, await server.invite());
    expect(await original.ok('partners.get', { id })).toMatchObject({ city: 'Johor Bahru' });
    // What was done before the move can still be undone on the moved folder.
    expect(await copy.ok('history.status', {})).toMatchObject({
      canUndo: true,
      label: expect.stringContaining('Sinar Abadi'),
    });
  });

  it('an edit waiting in the folder when it was copied reaches the team once, pushed by both', async () => {
    const { email, id } = await partnerWithWaitingEdit('Cahaya Timur', 'Kuantan');
    await original.close();
    const copyDir = await copyOf(original.dataDir);
    original = await openClient(undefined, original.dataDir);
    copy = await openClient(undefined, copyDir);
    for (const client of [original, copy]) {
      expect((await client.ok('sync.status', {})).waiting).toBeGreaterThan(0);
      expect(await signIn(client, server, email)).toMatchObject({ state: 'synced', waiting: 0 });
    }
    const third = await openClient();
    try {
      await joinByInvite(third, server, await server.invite());
      expect(await third.ok('partners.get', { id })).toMatchObject({ city: 'Kuantan' });
      const timeline = await third.ok('partners.timeline', { partnerId: id });
      const cityChanges = timeline.filter((entry) => entry.changes.some((change) => change.field === 'city'));
      expect(cityChanges).toHaveLength(1);
    } finally {
      await third.dispose();
    }
  });
});
