import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDayStart } from '../../../src/core/disputes/case-periods';
import { hoursAgo, seedCases, type SeedCase } from './dispute-seed';
import { makeTempDir, openTempCore, type TempCore } from './temp-core';

/** A local day `days` before today, as the UI sends it. */
function localDay(daysBack: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysBack);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('case lists on a real database file', () => {
  let t: TempCore;
  let dataDir: string;
  let north: string;
  let south: string;
  let east: string;
  let aisyah: string;

  /** Closes the core, writes the cases into its file and opens it again. */
  async function withCases(cases: SeedCase[]): Promise<string[]> {
    await t.dispose();
    const ids = await seedCases(dataDir, cases);
    t = await openTempCore(dataDir);
    return ids;
  }

  beforeEach(async () => {
    dataDir = await makeTempDir();
    t = await openTempCore(dataDir);
    const partner = async (name: string, region: string) =>
      (await t.ok('partners.create', { partner: { name, type: 'dealer', country: 'MY', region } })).id;
    north = await partner('Maju Jaya Trading', 'Northern');
    south = await partner('Selatan Motor', 'Southern');
    east = await partner('Timur Elektrik', 'Eastern');
    aisyah = (await t.ok('owners.create', { name: 'Aisyah Rahman', email: 'aisyah@example.com' })).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('filters by status, kind, severity, root cause, owner and nobody, and counts the total', async () => {
    const [conflict, price, closed] = await withCases([
      {
        title: 'Territory overlap in Ipoh',
        kind: 'channel-conflict',
        partnerIds: [north, south],
        severity: 'high',
        ownerId: aisyah,
        rootCause: 'territory-overlap',
      },
      { title: 'Price undercut', kind: 'price', partnerIds: [east], severity: 'low' },
      {
        title: 'Late rebate',
        kind: 'rebate-payment',
        partnerIds: [south],
        status: 'closed',
        resolvedAt: hoursAgo(20),
        closedAt: hoursAgo(10),
        ownerId: aisyah,
      },
    ]);
    const ids = async (input: Parameters<TempCore['ok']>[1]) =>
      (await t.ok('disputes.list', input as never)).rows.map((r) => r.id);

    const open = await t.ok('disputes.list', {
      statuses: ['open', 'investigating', 'resolution-proposed', 'escalated'],
    });
    expect(open.total).toBe(2);
    expect(open.rows.map((r) => r.id).sort()).toEqual([conflict, price].sort());
    expect(await ids({ statuses: ['closed'] })).toEqual([closed]);
    expect(await ids({ kinds: ['channel-conflict'] })).toEqual([conflict]);
    expect(await ids({ severities: ['low'] })).toEqual([price]);
    expect(await ids({ rootCauses: ['territory-overlap'] })).toEqual([conflict]);
    expect((await ids({ ownerId: aisyah })).sort()).toEqual([conflict, closed].sort());
    expect(await ids({ unowned: true })).toEqual([price]);

    const row = open.rows.find((r) => r.id === conflict);
    expect(row).toMatchObject({
      ownerName: 'Aisyah Rahman',
      region: 'Northern',
      partners: [
        { id: north, name: 'Maju Jaya Trading' },
        { id: south, name: 'Selatan Motor' },
      ],
    });

    const paged = await t.ok('disputes.list', { limit: 2, offset: 0 });
    expect(paged.rows).toHaveLength(2);
    expect(paged.total).toBe(3);
    const rest = await t.ok('disputes.list', { limit: 2, offset: 2 });
    expect(rest.rows).toHaveLength(1);
    expect(rest.total).toBe(3);
  });

  it("finds a partner's cases, and a region's by the lead partner only", async () => {
    const [ledByNorth, ledBySouth] = await withCases([
      { title: 'Ipoh overlap', kind: 'channel-conflict', partnerIds: [north, south] },
      { title: 'Johor overlap', kind: 'channel-conflict', partnerIds: [south, north] },
      { title: 'Damaged stock', kind: 'delivery-quality', partnerIds: [east], deletedAt: hoursAgo(1) },
    ]);
    const list = async (input: object) => (await t.ok('disputes.list', input)).rows.map((r) => r.id).sort();
    expect(await list({ partnerId: north })).toEqual([ledByNorth, ledBySouth].sort());
    expect(await list({ partnerId: east })).toEqual([]);
    expect(await list({ region: 'Northern' })).toEqual([ledByNorth]);
    expect(await list({ region: 'Southern' })).toEqual([ledBySouth]);

    // The lead partner moves region: its cases move with it; once deleted it counts for none.
    const moved = await t.ok('partners.get', { id: north });
    await t.ok('partners.update', {
      id: north,
      partner: { name: moved.name, type: moved.type, country: moved.country, region: 'Central' },
    });
    expect(await list({ region: 'Northern' })).toEqual([]);
    expect(await list({ region: 'Central' })).toEqual([ledByNorth]);
    await t.ok('partners.delete', { id: north });
    expect(await list({ region: 'Central' })).toEqual([]);
    await t.ok('history.undo', {});
    expect(await list({ region: 'Central' })).toEqual([ledByNorth]);
  });

  it('finds breached cases: open past due, or resolved after the due time', async () => {
    const [overdue, resolvedLate] = await withCases([
      { title: 'Overdue', partnerIds: [north], dueAt: hoursAgo(5) },
      {
        title: 'Resolved late',
        partnerIds: [north],
        status: 'resolved',
        dueAt: hoursAgo(50),
        resolvedAt: hoursAgo(40),
      },
      {
        title: 'Resolved in time',
        partnerIds: [north],
        status: 'resolved',
        dueAt: hoursAgo(30),
        resolvedAt: hoursAgo(40),
      },
      { title: 'Due tomorrow', partnerIds: [north], dueAt: hoursAgo(-20) },
    ]);
    const breached = await t.ok('disputes.list', { breached: true });
    expect(breached.rows.map((r) => r.id).sort()).toEqual([overdue, resolvedLate].sort());
    const overdueRow = breached.rows.find((r) => r.id === overdue);
    expect(overdueRow?.sla.breached).toBe(true);
    expect(overdueRow?.sla.msLeft).toBeLessThan(-4 * 3_600_000);
  });

  it('puts open cases in age buckets by whole days since opening', async () => {
    const day = 24;
    const [fresh, sixDays, week, month, quarter, old] = await withCases([
      { title: 'Today', partnerIds: [north], openedAt: hoursAgo(1) },
      { title: 'Six days', partnerIds: [north], openedAt: hoursAgo(6 * day + 23) },
      { title: 'A week', partnerIds: [north], openedAt: hoursAgo(7 * day + 1) },
      { title: 'A month', partnerIds: [north], openedAt: hoursAgo(30 * day + 23) },
      { title: 'A quarter', partnerIds: [north], openedAt: hoursAgo(90 * day + 2) },
      { title: 'Old', partnerIds: [north], openedAt: hoursAgo(91 * day + 1) },
      { title: 'Old but closed', partnerIds: [north], openedAt: hoursAgo(200 * day), status: 'closed' },
    ]);
    const bucket = async (ageBucket: string) =>
      (await t.ok('disputes.list', { ageBucket } as never)).rows.map((r) => r.id).sort();
    expect(await bucket('under-7')).toEqual([fresh, sixDays].sort());
    expect(await bucket('7-30')).toEqual([week, month].sort());
    expect(await bucket('31-90')).toEqual([quarter]);
    expect(await bucket('over-90')).toEqual([old]);
  });

  it('filters by opening and resolution days as whole local days', async () => {
    const startOfYesterday = localDayStart(localDay(1));
    const [lateYesterday, earlyToday] = await withCases([
      { title: 'First minute of yesterday', partnerIds: [north], openedAt: startOfYesterday },
      {
        title: 'Resolved at the first minute of today',
        partnerIds: [north],
        openedAt: hoursAgo(24 * 40),
        status: 'resolved',
        resolvedAt: localDayStart(localDay(0)),
      },
      {
        title: 'Last millisecond before yesterday',
        partnerIds: [north],
        openedAt: new Date(Date.parse(startOfYesterday) - 1).toISOString(),
      },
    ]);
    const list = async (input: object) => (await t.ok('disputes.list', input)).rows.map((r) => r.id);
    expect(await list({ openedFrom: localDay(1), openedTo: localDay(1) })).toEqual([lateYesterday]);
    expect(await list({ resolvedFrom: localDay(0), resolvedTo: localDay(0) })).toEqual([earlyToday]);
    expect(await list({ resolvedFrom: localDay(30), resolvedTo: localDay(1) })).toEqual([]);
  });

  it('searches the words of title, description, resolution and lessons, as prefixes, safely', async () => {
    const [warehouse, rebate] = await withCases([
      {
        title: 'Stock moved across borders',
        partnerIds: [north],
        description: 'Grey imports into the warehouse of Selatan',
      },
      {
        title: 'Rebate dispute',
        partnerIds: [south],
        resolution: 'Paid the quarterly rebate in two instalments',
      },
    ]);
    const search = async (text: string) => (await t.ok('disputes.list', { text })).rows.map((r) => r.id);
    expect(await search('wareh')).toEqual([warehouse]);
    expect(await search('instal')).toEqual([rebate]);
    // FTS syntax is read as plain words: every word must match, nothing is an operator.
    expect(await search('rebate*) ( "instal')).toEqual([rebate]);
    expect(await search('"rebate" OR title:')).toEqual([]);
    expect(await search('   ')).toHaveLength(2);
  });

  it('sorts by due (open first, most urgent on top), opening, severity and resolution', async () => {
    const [dueLater, dueSoon, settled, critical] = await withCases([
      { title: 'Due later', partnerIds: [north], dueAt: hoursAgo(-48), openedAt: hoursAgo(3) },
      { title: 'Due soon', partnerIds: [north], dueAt: hoursAgo(-2), openedAt: hoursAgo(30) },
      {
        title: 'Settled',
        partnerIds: [north],
        status: 'resolved',
        dueAt: hoursAgo(100),
        openedAt: hoursAgo(1),
        resolvedAt: hoursAgo(0.5),
      },
      {
        title: 'Critical',
        partnerIds: [north],
        severity: 'critical',
        dueAt: hoursAgo(-10),
        openedAt: hoursAgo(20),
      },
    ]);
    const sorted = async (sort: string) =>
      (await t.ok('disputes.list', { sort } as never)).rows.map((r) => r.id);
    expect(await sorted('due')).toEqual([dueSoon, critical, dueLater, settled]);
    expect(await sorted('opened')).toEqual([settled, dueLater, critical, dueSoon]);
    expect((await sorted('severity'))[0]).toBe(critical);
    expect((await sorted('resolved'))[0]).toBe(settled);
  });
});
