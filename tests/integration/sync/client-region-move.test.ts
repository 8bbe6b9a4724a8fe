// A partner moved into a regional manager's region reaches their computer whole at its next sync:
// the row, its contacts and its earlier history (from the log, or from the snapshot once the
// server has folded the history), though the manager's pull had passed all of it while it was
// another region's. On SQLite and PostgreSQL servers on loopback.
import { describe, expect, it } from 'vitest';
import { foldAllHistory, joinByInvite, partnerInput, serverPerTest, type Client } from './client-harness';

describe.each(['sqlite', 'postgres'] as const)('a partner moved into a region (%s)', (kind) => {
  const live = serverPerTest(kind);

  /** An admin's computer and a South regional manager's, both synced. */
  async function adminAndSouthManager(): Promise<{ admin: Client; manager: Client }> {
    const { server } = live;
    const admin = await live.client();
    await joinByInvite(admin, server, await server.invite());
    const { id: rina } = await admin.ok('owners.create', { name: 'Rina' });
    await admin.ok('sync.now', {});
    const { code } = await admin.ok('team.invite', {
      role: 'regional_manager',
      regions: ['South'],
      ownerId: rina,
      note: '',
    });
    const manager = await live.client();
    expect((await joinByInvite(manager, server, code)).state).toBe('synced');
    return { admin, manager };
  }

  async function moveToSouth(admin: Client, id: string): Promise<void> {
    const partner = await admin.ok('partners.get', { id });
    await admin.ok('partners.update', { id, partner: { ...partner, region: 'South' }, allowDuplicate: true });
    await admin.ok('sync.now', {});
  }

  it('brings the partner, its contacts and its earlier changes from the log', async () => {
    const { admin, manager } = await adminAndSouthManager();
    const { id } = await admin.ok('partners.create', partnerInput('Utara Motor', 'North'));
    await admin.ok('contacts.create', { partnerId: id, name: 'Pak Hasan' });
    const created = await admin.ok('partners.get', { id });
    await admin.ok('partners.update', {
      id,
      partner: { ...created, city: 'Alor Setar' },
      allowDuplicate: true,
    });
    await admin.ok('sync.now', {});
    // The manager's pull passes all of it while the partner is North's.
    await manager.ok('sync.now', {});
    expect((await manager.fails('partners.get', { id })).code).toBe('NOT_FOUND');

    await moveToSouth(admin, id);
    expect(await manager.ok('sync.now', {})).toMatchObject({ state: 'synced', error: null });

    expect(await manager.ok('partners.get', { id })).toMatchObject({
      name: 'Utara Motor',
      region: 'South',
      city: 'Alor Setar',
    });
    const contacts = await manager.ok('contacts.list', { partnerId: id });
    expect(contacts.rows.map((row) => row.name)).toEqual(['Pak Hasan']);
    // Its history came with it: the creation, the contact, the city and the move, in order.
    const timeline = await manager.ok('partners.timeline', { partnerId: id });
    const cityChange = timeline.find((entry) => entry.changes.some((change) => change.field === 'city'));
    expect(cityChange).toBeDefined();
    expect(timeline.some((entry) => entry.kind === 'created' && entry.entity === 'partner')).toBe(true);
    expect(timeline.some((entry) => entry.changes.some((change) => change.field === 'region'))).toBe(true);
    // Found by search too, and nothing doubled by a second sync.
    const found = await manager.ok('search.quick', { query: 'Utara' });
    expect(JSON.stringify(found)).toContain(id);
    const entries = timeline.length;
    await manager.ok('sync.now', {});
    expect((await manager.ok('partners.timeline', { partnerId: id })).length).toBe(entries);

    // The manager can now work on it, and the edit reaches the admin.
    const arrived = await manager.ok('partners.get', { id });
    await manager.ok('partners.update', {
      id,
      partner: { ...arrived, city: 'Johor Bahru' },
      allowDuplicate: true,
    });
    expect(await manager.ok('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0, refused: [] });
    await admin.ok('sync.now', {});
    expect((await admin.ok('partners.get', { id })).city).toBe('Johor Bahru');
  });

  it('brings it from the snapshot when the server has folded its history', async () => {
    const { admin, manager } = await adminAndSouthManager();
    const { id } = await admin.ok('partners.create', partnerInput('Kedah Niaga', 'North'));
    await admin.ok('contacts.create', { partnerId: id, name: 'Cik Aminah' });
    const { id: stays } = await admin.ok('partners.create', partnerInput('Perlis Jaya', 'North'));
    await admin.ok('sync.now', {});
    await manager.ok('sync.now', {});
    expect(await foldAllHistory(live.server)).toBeGreaterThan(0);

    await moveToSouth(admin, id);
    expect(await manager.ok('sync.now', {})).toMatchObject({ state: 'synced', error: null });
    expect(await manager.ok('partners.get', { id })).toMatchObject({ name: 'Kedah Niaga', region: 'South' });
    const contacts = await manager.ok('contacts.list', { partnerId: id });
    expect(contacts.rows.map((row) => row.name)).toEqual(['Cik Aminah']);
    // Only the partner that moved: the other North partner stays away.
    expect((await manager.fails('partners.get', { id: stays })).code).toBe('NOT_FOUND');
    expect((await manager.ok('partners.list', {})).rows.map((row) => row.id)).toEqual([id]);
  });
});
