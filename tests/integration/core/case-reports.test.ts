import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hoursAgo, seedCases, type SeedCase } from './dispute-seed';
import { makeTempDir, openTempCore, type TempCore } from './temp-core';

function localDay(daysBack: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysBack);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const day = 24;

describe('case reports, library and alerts on a real database file', () => {
  let t: TempCore;
  let dataDir: string;
  let north: string;
  let south: string;
  let aisyah: string;
  let budi: string;

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
    aisyah = (await t.ok('owners.create', { name: 'Aisyah Rahman', email: 'aisyah@example.com' })).id;
    budi = (await t.ok('owners.create', { name: 'Budi Santoso', email: 'budi@example.com' })).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('counts open cases by kind, age and owner; each figure matches the list it links to', async () => {
    await withCases([
      {
        title: 'A',
        kind: 'channel-conflict',
        partnerIds: [north, south],
        ownerId: aisyah,
        openedAt: hoursAgo(2),
      },
      { title: 'B', kind: 'price', partnerIds: [north], ownerId: aisyah, openedAt: hoursAgo(10 * day) },
      { title: 'C', kind: 'price', partnerIds: [south], ownerId: budi, openedAt: hoursAgo(40 * day) },
      {
        title: 'D',
        kind: 'service',
        partnerIds: [south],
        openedAt: hoursAgo(100 * day),
        status: 'escalated',
      },
      { title: 'Settled', kind: 'price', partnerIds: [north], status: 'closed', resolvedAt: hoursAgo(1) },
    ]);
    const report = await t.ok('disputes.report', { from: localDay(90), to: localDay(0) });
    expect(report.openTotal).toBe(4);
    expect(report.openByKind.find((row) => row.key === 'price')?.count).toBe(2);
    expect(report.openByKind.find((row) => row.key === 'rebate-payment')?.count).toBe(0);
    expect(report.openByAge.map((row) => [row.key, row.count])).toEqual([
      ['under-7', 1],
      ['7-30', 1],
      ['31-90', 1],
      ['over-90', 1],
    ]);
    expect(report.openByOwner).toEqual([
      { key: aisyah, label: 'Aisyah Rahman', count: 2 },
      { key: budi, label: 'Budi Santoso', count: 1 },
      { key: '', label: '', count: 1 },
    ]);

    const open = ['open', 'investigating', 'resolution-proposed', 'escalated'] as const;
    const listed = async (input: object) =>
      (await t.ok('disputes.list', { statuses: [...open], ...input })).total;
    expect(await listed({ kinds: ['price'] })).toBe(2);
    expect(await listed({ ageBucket: '31-90' })).toBe(1);
    expect(await listed({ ownerId: aisyah })).toBe(2);
    expect(await listed({ unowned: true })).toBe(1);

    const southOnly = await t.ok('disputes.report', {
      from: localDay(90),
      to: localDay(0),
      region: 'Southern',
    });
    expect(southOnly.openTotal).toBe(2);
    const budiOnly = await t.ok('disputes.report', { from: localDay(90), to: localDay(0), ownerId: budi });
    expect(budiOnly.openByOwner).toEqual([{ key: budi, label: 'Budi Santoso', count: 1 }]);
  });

  it('gives mean and median days to resolve for cases resolved in the period', async () => {
    await withCases([
      {
        title: '1 day',
        partnerIds: [north],
        status: 'resolved',
        openedAt: hoursAgo(5 * day),
        resolvedAt: hoursAgo(4 * day),
      },
      {
        title: '2 days',
        partnerIds: [north],
        status: 'closed',
        openedAt: hoursAgo(12 * day),
        resolvedAt: hoursAgo(10 * day),
      },
      {
        title: '9 days',
        partnerIds: [south],
        status: 'closed',
        openedAt: hoursAgo(30 * day),
        resolvedAt: hoursAgo(21 * day),
      },
      {
        title: 'Long ago',
        partnerIds: [south],
        status: 'closed',
        openedAt: hoursAgo(400 * day),
        resolvedAt: hoursAgo(300 * day),
      },
    ]);
    const { resolution } = await t.ok('disputes.report', { from: localDay(60), to: localDay(0) });
    expect(resolution).toEqual({ count: 3, meanDays: 4, medianDays: 2 });
    const list = await t.ok('disputes.list', { resolvedFrom: localDay(60), resolvedTo: localDay(0) });
    expect(list.total).toBe(3);
    const none = await t.ok('disputes.report', { from: localDay(3), to: localDay(0) });
    expect(none.resolution).toEqual({ count: 0, meanDays: null, medianDays: null });
  });

  it('gives the SLA breach rate of cases opened in the period by the lead partner region', async () => {
    await withCases([
      {
        title: 'N overdue',
        partnerIds: [north, south],
        kind: 'channel-conflict',
        openedAt: hoursAgo(5 * day),
        dueAt: hoursAgo(2 * day),
      },
      { title: 'N in time', partnerIds: [north], openedAt: hoursAgo(3 * day), dueAt: hoursAgo(-2 * day) },
      {
        title: 'N resolved late',
        partnerIds: [north],
        status: 'resolved',
        openedAt: hoursAgo(20 * day),
        dueAt: hoursAgo(18 * day),
        resolvedAt: hoursAgo(15 * day),
      },
      {
        title: 'N resolved in time',
        partnerIds: [north],
        status: 'closed',
        openedAt: hoursAgo(20 * day),
        dueAt: hoursAgo(15 * day),
        resolvedAt: hoursAgo(18 * day),
      },
      { title: 'S in time', partnerIds: [south], openedAt: hoursAgo(1 * day), dueAt: hoursAgo(-1 * day) },
      {
        title: 'S before the period',
        partnerIds: [south],
        openedAt: hoursAgo(200 * day),
        dueAt: hoursAgo(190 * day),
      },
    ]);
    const { slaByRegion } = await t.ok('disputes.report', { from: localDay(30), to: localDay(0) });
    expect(slaByRegion).toEqual([
      { region: 'Northern', total: 4, breached: 2, rate: 0.5 },
      { region: 'Southern', total: 1, breached: 0, rate: 0 },
    ]);
    const listed = await t.ok('disputes.list', {
      region: 'Northern',
      breached: true,
      openedFrom: localDay(30),
      openedTo: localDay(0),
    });
    expect(listed.rows.map((r) => r.title).sort()).toEqual(['N overdue', 'N resolved late']);
  });

  it('refuses a period that ends before it starts', async () => {
    const error = await t.fails('disputes.report', { from: localDay(0), to: localDay(10) });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.to?.key).toBe('validation.endBeforeStart');
  });

  it('alerts on breached cases and cases due within a day, for the owners asked about', async () => {
    await withCases([
      { title: 'Mine overdue', partnerIds: [north], ownerId: aisyah, dueAt: hoursAgo(30) },
      { title: 'Mine due tonight', partnerIds: [north], ownerId: aisyah, dueAt: hoursAgo(-5) },
      { title: 'Mine due next week', partnerIds: [north], ownerId: aisyah, dueAt: hoursAgo(-24 * 7) },
      {
        title: 'Mine settled late',
        partnerIds: [north],
        ownerId: aisyah,
        status: 'resolved',
        dueAt: hoursAgo(30),
        resolvedAt: hoursAgo(2),
      },
      { title: 'Budi overdue', partnerIds: [south], ownerId: budi, dueAt: hoursAgo(1) },
    ]);
    const mine = await t.ok('disputes.alerts', { ownerIds: [aisyah] });
    expect(mine.breached.map((c) => c.title)).toEqual(['Mine overdue']);
    expect(mine.breachedTotal).toBe(1);
    expect(mine.dueSoon.map((c) => c.title)).toEqual(['Mine due tonight']);
    const everyone = await t.ok('disputes.alerts', { ownerIds: [], limit: 1 });
    expect(everyone.breached.map((c) => c.title)).toEqual(['Mine overdue']);
    expect(everyone.breachedTotal).toBe(2);
    expect((await t.ok('disputes.alerts', { ownerIds: [budi] })).dueSoonTotal).toBe(0);
  });

  it('finds settled cases in the library by words, best match first, with the matches marked', async () => {
    const [split, refund] = await withCases([
      {
        title: 'Territory overlap in Ipoh',
        kind: 'channel-conflict',
        partnerIds: [north, south],
        status: 'closed',
        rootCause: 'territory-overlap',
        openedAt: hoursAgo(10 * day),
        resolvedAt: hoursAgo(7 * day),
        resolution: 'Split the Ipoh accounts by street; Maju Jaya keeps the wholesale market.',
        lessonsLearned: 'Draw territory lines on the map at signing.',
        compensationMinor: 150000,
        compensationCurrency: 'MYR',
      },
      {
        title: 'Price undercut in Johor',
        kind: 'price',
        partnerIds: [south],
        status: 'resolved',
        openedAt: hoursAgo(4 * day),
        resolvedAt: hoursAgo(1 * day),
        resolution: 'Refund of the price difference and a reminder of the territory price list.',
      },
      { title: 'Territory dispute still open', kind: 'channel-conflict', partnerIds: [north, south] },
    ]);
    const found = await t.ok('disputes.library', { text: 'territ' });
    expect(found.rows.map((r) => r.id)).toEqual([split, refund]);
    expect(found.total).toBe(2);
    expect(found.rows[0]).toMatchObject({
      daysToResolve: 3,
      compensation: { amountMinor: 150000, currency: 'MYR' },
      lessonsLearned: 'Draw territory lines on the map at signing.',
    });
    expect(found.rows[0]?.snippet).toContain('«Territory»');

    const byStreet = await t.ok('disputes.library', { text: 'street' });
    expect(byStreet.rows.map((r) => r.id)).toEqual([split]);
    expect(byStreet.rows[0]?.snippet).toMatch(/«street»/);

    const recent = await t.ok('disputes.library', {});
    expect(recent.rows.map((r) => r.id)).toEqual([refund, split]);
    expect(recent.rows[0]?.snippet).toBe('');
    expect((await t.ok('disputes.library', { kinds: ['price'] })).rows.map((r) => r.id)).toEqual([refund]);
    expect((await t.ok('disputes.library', { rootCauses: ['territory-overlap'] })).total).toBe(1);
    expect((await t.ok('disputes.library', { region: 'Southern' })).rows.map((r) => r.id)).toEqual([refund]);
    expect((await t.ok('disputes.library', { partnerId: north })).rows.map((r) => r.id)).toEqual([split]);
    expect((await t.ok('disputes.library', { text: 'territory', limit: 1 })).total).toBe(2);
    expect((await t.ok('disputes.library', { text: 'nothing-like-this' })).total).toBe(0);
  });

  it('gives the retention success rate by playbook and region, matching the retention list', async () => {
    const falling = '0000000000000000000000PB01';
    const today = localDay(0);
    const decide = async (
      partnerId: string,
      outcome: 'retained' | 'churned',
      playbook: boolean,
      on = today,
    ) => {
      const { id } = await t.ok('retentionCases.open', {
        partnerId,
        situation: 'falling-orders',
        reason: 'Orders fell by half',
        today: on,
      });
      if (playbook) await t.ok('playbooks.run', { playbookId: falling, partnerId, caseId: id, today: on });
      const { revision } = await t.ok('retentionCases.get', { id, today });
      await t.ok('retentionCases.setOutcome', { id, revision, outcome, on });
      return id;
    };
    const partner = async (name: string, region: string) =>
      (await t.ok('partners.create', { partner: { name, type: 'dealer', country: 'MY', region } })).id;
    await decide(north, 'retained', true);
    await decide(await partner('Utara Jaya', 'Northern'), 'churned', true);
    await decide(await partner('Utara Motor', 'Northern'), 'retained', true);
    await decide(south, 'churned', false);
    await decide(await partner('Selatan Baru', 'Southern'), 'retained', true, localDay(200));
    await t.ok('retentionCases.open', {
      partnerId: await partner('Selatan Lama', 'Southern'),
      situation: 'tier-drop',
      reason: 'Dropped to silver',
      today,
    });

    const period = { from: localDay(30), to: today };
    const report = await t.ok('retention.report', period);
    expect(report.openCases).toBe(1);
    expect(report.closed).toEqual({ retained: 2, churned: 2, rate: 0.5 });
    expect(report.byPlaybook).toEqual([
      { key: falling, label: 'At risk: falling orders', retained: 2, churned: 1, rate: 2 / 3 },
      { key: '', label: '', retained: 0, churned: 1, rate: 0 },
    ]);
    expect(report.byRegion).toEqual([
      { key: 'Northern', label: 'Northern', retained: 2, churned: 1, rate: 2 / 3 },
      { key: 'Southern', label: 'Southern', retained: 0, churned: 1, rate: 0 },
    ]);
    const listed = await t.ok('retentionCases.list', {
      playbookId: falling,
      outcomes: ['retained'],
      outcomeFrom: period.from,
      outcomeTo: period.to,
    });
    expect(listed.total).toBe(2);
    const southern = await t.ok('retention.report', { ...period, region: 'Southern' });
    expect(southern).toMatchObject({ openCases: 1, closed: { retained: 0, churned: 1, rate: 0 } });
    expect((await t.fails('retention.report', { from: today, to: localDay(1) })).fields?.to?.key).toBe(
      'validation.endBeforeStart',
    );
  });

  it('exports every case matching the list filters to CSV, in chunks, with human headers', async () => {
    const many = Array.from({ length: 620 }, (_, i) => ({
      title: `Late delivery ${i}`,
      kind: 'delivery-quality' as const,
      partnerIds: [south],
      openedAt: hoursAgo(i / 10),
    }));
    await withCases([
      {
        title: '=HYPERLINK("x") overlap',
        kind: 'channel-conflict',
        partnerIds: [north, south],
        ownerId: aisyah,
        severity: 'critical',
        dueAt: hoursAgo(3),
        rootCause: 'territory-overlap',
        compensationMinor: 150050,
        compensationCurrency: 'MYR',
      },
      ...many,
    ]);
    const conflicts = await t.ok('disputes.exportCsv', { kinds: ['channel-conflict'] });
    expect(conflicts.fileName).toMatch(/^disputes-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(conflicts.rows).toBe(1);
    const [header, line] = conflicts.csv.split('\r\n');
    expect(header).toBe(
      'Case ID,Title,Kind,Severity,Status,Partners,Region,Owner,Opened at,Due at,SLA breached,Resolved at,Closed at,Root cause,Compensation,Currency',
    );
    expect(line).toContain(
      `"'=HYPERLINK(""x"") overlap",Channel conflict,Critical,Open,Maju Jaya Trading; Selatan Motor,Northern,Aisyah Rahman,`,
    );
    expect(line).toMatch(/,yes,,,Territory overlap,1500\.50,MYR$/);

    const all = await t.ok('disputes.exportCsv', { kinds: ['delivery-quality'], sort: 'opened' });
    expect(all.rows).toBe(620);
    const lines = all.csv.split('\r\n');
    expect(lines).toHaveLength(621);
    expect(lines[1]).toContain('Late delivery 0,');
    expect(lines[620]).toContain('Late delivery 619,');
  });

  it('exports retention cases with the retention list filters', async () => {
    const today = localDay(0);
    const { id } = await t.ok('retentionCases.open', {
      partnerId: north,
      situation: 'tier-drop',
      reason: 'Dropped, to silver',
      today,
    });
    await t.ok('retentionCases.open', { partnerId: south, situation: 'hardship', reason: 'Flood', today });
    const { revision } = await t.ok('retentionCases.get', { id, today });
    await t.ok('retentionCases.setOutcome', { id, revision, outcome: 'retained', on: today });
    const retained = await t.ok('retentionCases.exportCsv', { outcomes: ['retained'] });
    expect(retained.fileName).toMatch(/^retention-cases-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(retained.rows).toBe(1);
    const [header, line] = retained.csv.split('\r\n');
    expect(header).toBe(
      'Case ID,Partner,Region,Situation,Reason,Raised by,Owner,Opened on,Outcome,Outcome on,Playbook,Open actions,Done actions',
    );
    expect(line).toContain(
      `${id},Maju Jaya Trading,Northern,Tier drop,"Dropped, to silver",Flagged by a person,`,
    );
    expect(line).toContain(`,Retained,${today},`);
    expect((await t.ok('retentionCases.exportCsv', {})).rows).toBe(2);
  });
});
