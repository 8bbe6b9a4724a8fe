// Browser mode keeps the session in memory only: after a restart the computer is signed out (and
// says why), keeps working locally, and signing in again resumes syncing without asking again
// what to do with its data. Disconnecting forgets the server; local data stays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  joinByInvite,
  openClient,
  openLiveServer,
  partnerInput,
  type Client,
  type LiveServer,
} from './client-harness';

describe.each(['sqlite', 'postgres'] as const)('restart, sign in again, disconnect (%s)', (kind) => {
  let server: LiveServer;
  let a: Client;
  let b: Client;

  beforeEach(async () => {
    server = await openLiveServer(kind);
    a = await openClient();
    b = await openClient();
  });
  afterEach(async () => {
    await a.dispose();
    await b.dispose();
    await server.close();
  });

  it('is signed out after a restart of browser mode, and resumes after signing in', async () => {
    const joined = await joinByInvite(a, server, await server.invite());
    await joinByInvite(b, server, await server.invite());
    const owner = (await a.ok('app.status', {})).profile.id;
    await a.ok('partners.create', partnerInput('Before Restart', 'North'));
    await a.ok('sync.now', {});

    await a.close();
    a = await openClient(undefined, a.dataDir);
    const restarted = await a.ok('sync.status', {});
    expect(restarted).toMatchObject({
      state: 'signedOut',
      serverUrl: server.url,
      workspace: joined.workspace,
    });
    expect(restarted.error).toContain('browser mode');
    // Still the same person, still writable; the change waits.
    expect((await a.ok('app.status', {})).profile.id).toBe(owner);
    await a.ok('partners.create', partnerInput('While Signed Out', 'North'));
    expect((await a.ok('sync.now', {})).state).toBe('signedOut');

    const again = await a.ok('sync.connect', {
      mode: 'login',
      serverUrl: server.url,
      email: joined.user!.email,
      password: 'correct horse battery',
    });
    expect(again).toMatchObject({ state: 'synced', waiting: 0, localData: null });
    await b.ok('sync.now', {});
    expect((await b.ok('partners.list', {})).rows.map((row) => row.name).sort()).toEqual([
      'Before Restart',
      'While Signed Out',
    ]);

    const off = await a.ok('sync.disconnect', {});
    expect(off).toMatchObject({ state: 'off', serverUrl: null, workspace: null, user: null });
    expect((await a.ok('partners.list', {})).rows).toHaveLength(2);
    expect(await a.fails('team.list', {})).toMatchObject({ code: 'CONFLICT' });
  });
});
