// A partner moved into a regional manager's region reaches their computer whole at its next sync:
// the row, its contacts and its earlier history (from the log, or from the snapshot once the
// server has folded the history), though the manager's pull had passed all of it while it was
// another region's. A partner moved out of it leaves their computer with everything of its own,
// and the figures derived from the data end as on a computer that never had it. On SQLite and
// PostgreSQL servers on loopback.
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../src/core';
import { openDatabase } from '../../../src/core/db/open-database';
import { foldAllHistory, joinByInvite, partnerInput, serverPerTest, type Client } from './client-harness';

/**
 * What a computer derives from its rows (counts, report figures, tags, case links, search
 * documents), read from its closed data file. Report rows whose figures are all zero are left out:
 * a removal leaves them behind where a computer that never had the rows has none.
 */
async function derivedFigures(client: Client): Promise<Record<string, unknown[]>> {
  await client.close();
  const { db } = await openDatabase({ filePath: path.join(client.dataDir, databaseFileName) });
  try {
    const figures: Record<string, unknown[]> = {};
    for (const [name, query] of Object.entries({
      liveCounts: 'select tbl, n from live_counts order by tbl',
      salesMonthly: 'select * from sales_monthly order by 1, 2, 3, 4',
      surveyMonthly: 'select * from survey_monthly order by 1, 2, 3',
      engagementMonthly: 'select * from engagement_monthly order by 1, 2, 3, 4',
      partnerTags: 'select * from partner_tags order by 1, 2',
      disputePartners: 'select * from dispute_partners order by 1, 2',
      scoredPartners: 'select partner_id from partner_scores order by 1',
      searchDocuments: 'select count(*) as n from search_index',
      partnersSearch: "select count(*) as n from partners_fts where partners_fts match 'Selatan'",
    })) {
      const rows = (await sql.raw<Record<string, unknown>>(query).execute(db)).rows;
      figures[name] = rows.filter((row) =>
        Object.values(row).some((value) => typeof value !== 'number' || value !== 0),
      );
    }
    return figures;
  } finally {
    await db.destroy();
  }
}

describe.each(['sqlite', 'postgres'] as const)('a partner moved into a region (%s)', (kind) => {
  const live = serverPerTest(kind);

  /** A new computer of a South regional manager the admin invites (as owner `name`), synced. */
  async function joinSouthManager(admin: Client, name: string): Promise<Client> {
    const { id: ownerId } = await admin.ok('owners.create', { name });
    await admin.ok('sync.now', {});
    const { code } = await admin.ok('team.invite', {
      role: 'regional_manager',
      regions: ['South'],
      ownerId,
      note: '',
    });
    const manager = await live.client();
    expect((await joinByInvite(manager, live.server, code)).state).toBe('synced');
    return manager;
  }

  /** An admin's computer and a South regional manager's, both synced. */
  async function adminAndSouthManager(): Promise<{ admin: Client; manager: Client }> {
    const admin = await live.client();
    await joinByInvite(admin, live.server, await live.server.invite());
    return { admin, manager: await joinSouthManager(admin, 'Rina') };
  }

  async function moveTo(admin: Client, id: string, region: string): Promise<void> {
    const partner = await admin.ok('partners.get', { id });
    await admin.ok('partners.update', { id, partner: { ...partner, region }, allowDuplicate: true });
    await admin.ok('sync.now', {});
  }
  const moveToSouth = (admin: Client, id: string) => moveTo(admin, id, 'South');

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

  it('removes a partner moved out of the region with all of its own, as if it had never been there', async () => {
    const { admin, manager } = await adminAndSouthManager();
    const { id: leaving } = await admin.ok('partners.create', {
      partner: { ...partnerInput('Selatan Jaya', 'South').partner, tags: ['gold', 'east-coast'] },
    });
    const { id: staying } = await admin.ok('partners.create', partnerInput('Selatan Maju', 'South'));
    for (const id of [leaving, staying]) {
      await admin.ok('contacts.create', { partnerId: id, name: `Contact of ${id}` });
      await admin.ok('sales.save', {
        partnerId: id,
        period: '2026-01',
        revenueMinor: 150_000,
        units: 3,
        orders: 2,
      });
      await admin.ok('careEvents.create', {
        partnerId: id,
        kind: 'visit',
        title: 'Quarterly visit',
        start: '2026-10-01',
        status: 'done',
      });
    }
    const { id: caseId } = await admin.ok('disputes.create', {
      dispute: {
        kind: 'channel-conflict',
        title: 'Overlap in Johor',
        partnerIds: [leaving, staying],
        severity: 'high',
      },
    });
    await admin.ok('sync.now', {});
    await manager.ok('sync.now', {});
    expect((await manager.ok('partners.list', {})).total).toBe(2);
    expect((await manager.ok('disputes.get', { id: caseId })).title).toBe('Overlap in Johor');

    await moveTo(admin, leaving, 'North');
    expect(await manager.ok('sync.now', {})).toMatchObject({ state: 'synced', error: null });
    expect((await manager.fails('partners.get', { id: leaving })).code).toBe('NOT_FOUND');
    expect((await manager.ok('contacts.list', { partnerId: leaving })).total).toBe(0);
    // The case it leads is scoped to it, so it goes too; the partner that stays keeps its rows.
    expect((await manager.fails('disputes.get', { id: caseId })).code).toBe('NOT_FOUND');
    expect((await manager.ok('partners.list', {})).rows.map((row) => row.id)).toEqual([staying]);
    expect((await manager.ok('contacts.list', { partnerId: staying })).total).toBe(1);
    expect(JSON.stringify(await manager.ok('search.quick', { query: 'Selatan Jaya' }))).not.toContain(
      leaving,
    );

    // Everything derived matches a South computer that joins now and never had the partner.
    const fresh = await joinSouthManager(admin, 'Dewi');
    expect((await fresh.ok('partners.list', {})).rows.map((row) => row.id)).toEqual([staying]);
    expect(await derivedFigures(manager)).toEqual(await derivedFigures(fresh));
  });

  it('removes a partner that left while the history was folded away, after the resync', async () => {
    const { admin, manager } = await adminAndSouthManager();
    const { id: leaving } = await admin.ok('partners.create', partnerInput('Selatan Jaya', 'South'));
    const { id: staying } = await admin.ok('partners.create', partnerInput('Selatan Maju', 'South'));
    await admin.ok('contacts.create', { partnerId: leaving, name: 'Encik Rahim' });
    await admin.ok('sync.now', {});
    await manager.ok('sync.now', {});
    await moveTo(admin, leaving, 'North');
    // The manager was away past the compaction age: their pull is answered with a resync.
    expect(await foldAllHistory(live.server)).toBeGreaterThan(0);
    expect(await manager.ok('sync.now', {})).toMatchObject({ state: 'synced', error: null });
    expect((await manager.ok('partners.list', {})).rows.map((row) => row.id)).toEqual([staying]);
    expect((await manager.ok('contacts.list', { partnerId: leaving })).total).toBe(0);
  });

  it('brings a partner back whole after it left and returned', async () => {
    const { admin, manager } = await adminAndSouthManager();
    const { id } = await admin.ok('partners.create', partnerInput('Pulang Balik', 'South'));
    await admin.ok('contacts.create', { partnerId: id, name: 'Encik Rahim' });
    await admin.ok('sync.now', {});
    await manager.ok('sync.now', {});
    await moveTo(admin, id, 'North');
    await manager.ok('sync.now', {});
    expect((await manager.fails('partners.get', { id })).code).toBe('NOT_FOUND');

    await moveTo(admin, id, 'South');
    await manager.ok('sync.now', {});
    expect(await manager.ok('partners.get', { id })).toMatchObject({ name: 'Pulang Balik', region: 'South' });
    expect((await manager.ok('contacts.list', { partnerId: id })).rows.map((row) => row.name)).toEqual([
      'Encik Rahim',
    ]);
  });

  it("follows a change of the user's own regions and role: what is no longer theirs goes, what now is comes whole", async () => {
    const { admin, manager } = await adminAndSouthManager();
    const { id: south } = await admin.ok('partners.create', partnerInput('Selatan Jaya', 'South'));
    const { id: east } = await admin.ok('partners.create', partnerInput('Timur Motor', 'East'));
    const { id: north } = await admin.ok('partners.create', partnerInput('Utara Niaga', 'North'));
    await admin.ok('contacts.create', { partnerId: east, name: 'Puan Zainab' });
    const created = await admin.ok('partners.get', { id: east });
    await admin.ok('partners.update', {
      id: east,
      partner: { ...created, city: 'Kuantan' },
      allowDuplicate: true,
    });
    await admin.ok('sync.now', {});
    await manager.ok('sync.now', {});
    expect((await manager.ok('partners.list', {})).rows.map((row) => row.id)).toEqual([south]);

    // The admin gives the manager East instead of South.
    const { users } = await admin.ok('team.list', {});
    const managerUser = users.find((user) => user.role === 'regional_manager')!;
    await admin.ok('team.updateUser', { userId: managerUser.id, regions: ['East'] });
    expect(await manager.ok('sync.now', {})).toMatchObject({
      state: 'synced',
      error: null,
      user: { role: 'regional_manager', regions: ['East'] },
    });
    expect((await manager.ok('partners.list', {})).rows.map((row) => row.id)).toEqual([east]);
    expect(await manager.ok('partners.get', { id: east })).toMatchObject({ city: 'Kuantan' });
    expect((await manager.ok('contacts.list', { partnerId: east })).rows.map((row) => row.name)).toEqual([
      'Puan Zainab',
    ]);
    const timeline = await manager.ok('partners.timeline', { partnerId: east });
    expect(timeline.some((entry) => entry.changes.some((change) => change.field === 'city'))).toBe(true);

    // Made an admin, the computer gets every partner; nothing doubled on the way.
    await admin.ok('team.updateUser', { userId: managerUser.id, role: 'admin' });
    expect(await manager.ok('sync.now', {})).toMatchObject({ state: 'synced', user: { role: 'admin' } });
    expect((await manager.ok('partners.list', {})).rows.map((row) => row.id).sort()).toEqual(
      [south, east, north].sort(),
    );
    expect((await manager.ok('partners.timeline', { partnerId: east })).length).toBe(timeline.length);
  });
});
