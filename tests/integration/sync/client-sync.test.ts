// Two computers and a real sync server on loopback, on SQLite and on PostgreSQL: joining by
// invitation, offline edits on both, and convergence with the losing edit kept in history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  joinByInvite,
  openClient,
  openLiveServer,
  partnerInput,
  type Client,
  type LiveServer,
} from './client-harness';

describe.each(['sqlite', 'postgres'] as const)('team sync between two computers (%s)', (kind) => {
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

  it('joins by invitation, converges after offline edits on both, and keeps the loser in history', async () => {
    const aOwner = (await a.ok('app.status', {})).profile.id;
    // A fresh computer has nothing to upload: it joins at once.
    const joined = await joinByInvite(a, server, await server.invite());
    expect(joined).toMatchObject({ state: 'synced', workspace: { name: 'Acme Channel' }, waiting: 0 });
    expect(joined.user).toMatchObject({ role: 'admin' });
    // The first admin keeps the identity of its computer, now under the name they signed up with
    // (teammates never see their edits as the computer's user name or "Me").
    const profile = (await a.ok('app.status', {})).profile;
    expect(profile.id).toBe(aOwner);
    expect(profile.name).toBe(joined.user!.name);

    const { id: partnerId } = await a.ok('partners.create', partnerInput('Maju Jaya', 'North', aOwner));
    expect((await a.ok('sync.status', {})).waiting).toBeGreaterThan(0);
    expect(await a.ok('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0 });

    // The admin invites a teammate whose owner row already exists in the workspace's data.
    const { id: budi } = await a.ok('owners.create', { name: 'Budi Santoso' });
    await a.ok('sync.now', {});
    const invitation = await a.ok('team.invite', { role: 'admin', regions: [], ownerId: budi, note: 'Budi' });
    const bStatus = await joinByInvite(b, server, invitation.code);
    expect(bStatus.state).toBe('synced');
    expect((await b.ok('app.status', {})).profile).toMatchObject({ id: budi, name: 'Budi Santoso' });
    expect((await b.ok('partners.get', { id: partnerId })).name).toBe('Maju Jaya');

    // Both go offline and edit: the same field on both (B later), and one field each.
    server.link.down();
    const base = await a.ok('partners.get', { id: partnerId });
    const edit = (changes: object) => ({
      id: partnerId,
      partner: {
        name: base.name,
        type: base.type,
        country: base.country,
        region: base.region,
        ownerId: base.ownerId,
        ...changes,
      },
    });
    await a.ok('partners.update', edit({ phone: '+60 12-111 1111', city: 'Ipoh' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.ok('partners.update', edit({ phone: '+60 12-222 2222', notes: 'Prefers mornings' }));
    const offline = await a.ok('sync.now', {});
    expect(offline.state).toBe('offline');
    expect(offline.waiting).toBeGreaterThan(0);
    expect(offline.error).toContain('Could not reach the server');
    expect((await b.ok('partners.get', { id: partnerId })).city).toBe('');

    server.link.up();
    await a.ok('sync.now', {});
    await b.ok('sync.now', {});
    await a.ok('sync.now', {});
    // Each computer stamps its own bookkeeping times when a row arrives; the data is the same.
    const data = async (client: Client) => {
      const { createdAt, updatedAt, ...rest } = await client.ok('partners.get', { id: partnerId });
      void createdAt;
      void updatedAt;
      return rest;
    };
    const onA = await data(a);
    expect(onA).toEqual(await data(b));
    expect(onA).toMatchObject({ phone: '+60 12-222 2222', city: 'Ipoh', notes: 'Prefers mornings' });
    for (const client of [a, b]) {
      expect(await client.ok('sync.status', {})).toMatchObject({ state: 'synced', waiting: 0, refused: [] });
    }

    // A's phone lost to B's later one: B's timeline shows it, marked lost.
    const timeline = await b.ok('partners.timeline', { partnerId, limit: 200 });
    const lost = timeline.flatMap((entry) => entry.changes).filter((change) => change.lost);
    expect(lost).toEqual([expect.objectContaining({ field: 'phone', lost: true })]);
    expect(JSON.stringify(lost[0]!.newValue)).toContain('111');
  });
});
