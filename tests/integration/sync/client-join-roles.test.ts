// Joining with data already on the computer (upload or download, backed up first either way),
// sign-in errors at the right field, row filtering by region with a refused push reported, and a
// revoked user: on SQLite and PostgreSQL servers on loopback.
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  joinByInvite,
  openClient,
  openLiveServer,
  partnerInput,
  type Client,
  type LiveServer,
} from './client-harness';

describe.each(['sqlite', 'postgres'] as const)('joining, roles and revocation (%s)', (kind) => {
  let server: LiveServer;
  let admin: Client;
  const others: Client[] = [];

  beforeEach(async () => {
    server = await openLiveServer(kind);
    admin = await openClient();
    await joinByInvite(admin, server, await server.invite());
  });
  afterEach(async () => {
    for (const client of others.splice(0)) await client.dispose();
    await admin.dispose();
    await server.close();
  });

  async function newClient(): Promise<Client> {
    const client = await openClient();
    others.push(client);
    return client;
  }

  it('asks what to do with local data, then uploads it or replaces it, after a backup', async () => {
    const { id: north } = await admin.ok('partners.create', partnerInput('Workspace North', 'North'));
    await admin.ok('sync.now', {});

    const uploader = await newClient();
    const { id: local } = await uploader.ok('partners.create', partnerInput('Local Upload Co', 'North'));
    const choosing = await joinByInvite(uploader, server, await server.invite());
    expect(choosing).toMatchObject({ state: 'choose', localData: { partners: 1 } });
    expect(choosing.localData!.batches).toBeGreaterThan(0);
    const uploaded = await uploader.ok('sync.join', { choice: 'upload' });
    expect(uploaded.backupFile).toMatch(/backups[/\\]before-joining-acme-channel-.*\.sqlite3$/);
    expect(existsSync(uploaded.backupFile)).toBe(true);
    expect(uploaded.status).toMatchObject({ state: 'synced', waiting: 0, localData: null });
    // Its data went up and the workspace's came down.
    expect((await uploader.ok('partners.get', { id: north })).name).toBe('Workspace North');
    await admin.ok('sync.now', {});
    expect((await admin.ok('partners.get', { id: local })).name).toBe('Local Upload Co');
    // Joining again is not a choice any more.
    expect((await uploader.fails('sync.join', { choice: 'download' })).code).toBe('CONFLICT');

    const downloader = await newClient();
    const { id: discarded } = await downloader.ok('partners.create', partnerInput('Scratch Co', 'South'));
    expect((await joinByInvite(downloader, server, await server.invite())).state).toBe('choose');
    const downloaded = await downloader.ok('sync.join', { choice: 'download' });
    expect(existsSync(downloaded.backupFile)).toBe(true);
    expect(downloaded.status).toMatchObject({ state: 'synced', waiting: 0 });
    expect((await downloader.fails('partners.get', { id: discarded })).code).toBe('NOT_FOUND');
    const names = (await downloader.ok('partners.list', {})).rows.map((row) => row.name).sort();
    expect(names).toEqual(['Local Upload Co', 'Workspace North']);
    // The discarded partner never reached the workspace.
    await admin.ok('sync.now', {});
    expect((await admin.fails('partners.get', { id: discarded })).code).toBe('NOT_FOUND');
  });

  it('puts sign-in problems at the field to fix', async () => {
    const client = await newClient();
    const wrongCode = await client.fails('sync.connect', {
      mode: 'invite',
      serverUrl: server.url,
      code: 'NOPE-NOPE-NOPE',
      name: 'Someone',
      email: 'someone@example.test',
      password: 'long enough password',
    });
    expect(wrongCode.code).toBe('VALIDATION');
    expect(Object.keys(wrongCode.fields ?? {})).toEqual(['code']);

    const wrongPassword = await client.fails('sync.connect', {
      mode: 'login',
      serverUrl: server.url,
      email: 'nobody@example.test',
      password: 'wrong password',
    });
    expect(wrongPassword.fields?.password?.message).toBe('The email or password is not right.');

    server.link.down();
    const unreachable = await client.fails('sync.connect', {
      mode: 'login',
      serverUrl: server.url + '/',
      email: 'nobody@example.test',
      password: 'wrong password',
    });
    expect(unreachable.fields?.serverUrl?.message).toBe(
      `Could not reach the server at ${server.url} (is the address right, and are you online?)`,
    );
    expect((await client.ok('sync.status', {})).state).toBe('off');
  });

  it('keeps other regions away from a regional manager, reports a refused push, and signs out a revoked user', async () => {
    const { id: north } = await admin.ok('partners.create', partnerInput('Utara Motor', 'North'));
    const { id: south } = await admin.ok('partners.create', partnerInput('Selatan Jaya', 'South'));
    await admin.ok('sync.now', {});

    const { id: rina } = await admin.ok('owners.create', { name: 'Rina' });
    await admin.ok('sync.now', {});
    const { code } = await admin.ok('team.invite', {
      role: 'regional_manager',
      regions: ['North'],
      ownerId: rina,
      note: '',
    });
    const manager = await newClient();
    const joined = await joinByInvite(manager, server, code);
    expect(joined).toMatchObject({ state: 'synced', user: { role: 'regional_manager', regions: ['North'] } });
    expect((await manager.ok('partners.list', {})).rows.map((row) => row.id)).toEqual([north]);
    expect((await manager.fails('partners.get', { id: south })).code).toBe('NOT_FOUND');
    // Not an admin: the team is not theirs to manage.
    expect(await manager.fails('team.list', {})).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only an admin can manage the team.',
    });

    // A partner outside their regions is refused; their edit of a North partner goes through.
    await manager.ok('partners.create', partnerInput('Outside Co', 'South'));
    const base = await manager.ok('partners.get', { id: north });
    await manager.ok('partners.update', {
      id: north,
      partner: {
        name: base.name,
        type: base.type,
        country: base.country,
        region: 'North',
        city: 'Alor Setar',
      },
    });
    const status = await manager.ok('sync.now', {});
    expect(status).toMatchObject({ state: 'synced', waiting: 0 });
    expect(status.refused).toEqual([
      expect.objectContaining({ label: expect.stringContaining('Outside Co'), reason: expect.any(String) }),
    ]);
    await admin.ok('sync.now', {});
    expect((await admin.ok('partners.get', { id: north })).city).toBe('Alor Setar');
    expect((await admin.ok('partners.list', {})).rows.map((row) => row.name)).not.toContain('Outside Co');

    // Later writes of the admin about the South partner never reach the manager.
    await admin.ok('partners.update', {
      id: south,
      partner: { name: 'Selatan Jaya Baru', type: 'dealer', country: 'MY', region: 'South' },
    });
    await admin.ok('sync.now', {});
    await manager.ok('sync.now', {});
    expect((await manager.ok('partners.list', {})).rows.map((row) => row.name)).not.toContain(
      'Selatan Jaya Baru',
    );

    // Revoked: the next sync signs out; local data stays readable and writable, changes wait.
    const team = await admin.ok('team.list', {});
    const managerUser = team.users.find((user) => user.ownerId === rina)!;
    expect(await admin.ok('team.updateUser', { userId: managerUser.id, revoked: true })).toMatchObject({
      revoked: true,
    });
    await manager.ok('partners.create', partnerInput('Written After Revocation', 'North'));
    const signedOut = await manager.ok('sync.now', {});
    expect(signedOut.state).toBe('signedOut');
    expect(signedOut.error).toBeTruthy();
    expect(signedOut.waiting).toBeGreaterThan(0);
    expect((await manager.ok('partners.get', { id: north })).city).toBe('Alor Setar');
    await manager.ok('partners.create', partnerInput('Still Writable', 'North'));
  });
});
