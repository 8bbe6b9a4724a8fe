// dashboard.get and dashboard.exportCsv on a real database file: every figure equals the list it
// links to with the same filters, the retention rate's arithmetic on constructed partners, and the
// region and owner filters on every figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardInput } from '../../../src/shared/dashboard';
import type { PartnerListInput } from '../../../src/shared/partners';
import { seedCases, hoursAgo } from './dispute-seed';
import { seedDashboard } from './dashboard-seed';
import { openTempCore, type TempCore } from './temp-core';

const today = '2026-06-15';
const windowStart = '2025-06-15';
const period = { from: '2026-01', to: '2026-06', today };

describe('dashboard on a real database file', () => {
  let t: TempCore;
  const ids: Record<string, string> = {};
  let ownerA = '';
  let ownerB = '';

  beforeAll(async () => {
    t = await openTempCore();
    ({ id: ownerA } = await t.ok('owners.create', { name: 'Aisyah', email: '', region: 'North' }));
    ({ id: ownerB } = await t.ok('owners.create', { name: 'Budi', email: '', region: 'South' }));
    const partner = async (key: string, region: string, ownerId: string | null, start: string) => {
      ({ id: ids[key] } = await t.ok('partners.create', {
        partner: {
          name: `Partner ${key}`,
          type: 'dealer',
          country: 'MY',
          region,
          ownerId,
          partnershipStart: start,
        },
      }));
    };
    await partner('p1', 'North', ownerA, '2020-01-01');
    await partner('p2', 'North', ownerB, '2020-01-01');
    await partner('p3', 'South', ownerA, '2020-01-01');
    await partner('p4', 'South', null, '2020-01-01');
    await partner('p5', 'North', ownerA, '2020-01-01'); // churned inside the window: counts
    await partner('p6', 'South', ownerB, '2019-01-01'); // churned before the window: not active at start
    await partner('p7', 'North', null, '2026-03-01'); // joined inside the window, churned: not counted
    const id = (key: string) => ids[key]!;
    await t.ok('careEvents.create', {
      partnerId: id('p1'),
      kind: 'visit',
      title: 'Visit',
      start: '2026-03-04',
      status: 'done',
    });
    await t.ok('careEvents.create', {
      partnerId: id('p3'),
      kind: 'training',
      title: 'Product training',
      start: '2026-04-10',
      status: 'done',
    });
    await t.ok('careEvents.create', {
      partnerId: id('p2'),
      kind: 'visit',
      title: 'Planned visit',
      start: '2026-05-04',
    });
    await t.ok('commitments.create', {
      partnerId: id('p1'),
      description: 'Send the price list',
      madeBy: 'us',
      dueDate: '2026-06-17',
    });
    await t.ok('commitments.create', {
      partnerId: id('p3'),
      description: 'Confirm the display budget',
      madeBy: 'us',
      dueDate: '2026-06-01',
    });
    await t.core.close();
    await seedDashboard(t.dataDir, {
      statuses: [
        { partnerId: id('p5'), status: 'churned', statusSince: '2026-02-01' },
        { partnerId: id('p6'), status: 'churned', statusSince: '2025-01-01' },
        { partnerId: id('p7'), status: 'churned', statusSince: '2026-05-01' },
      ],
      scores: [
        { partnerId: id('p1'), score: 75, tier: 'gold', riskLevel: 'at-risk' },
        { partnerId: id('p2'), score: 55, tier: 'silver', riskLevel: 'none' },
        { partnerId: id('p3'), score: 72, tier: 'gold', riskLevel: 'critical' },
        { partnerId: id('p4'), score: 20, tier: 'bronze', riskLevel: 'watch' },
        { partnerId: id('p5'), score: 10, tier: 'bronze', riskLevel: 'critical' },
      ],
      sales: [
        { partnerId: id('p1'), period: '2026-01', revenueMinor: 10_000, orders: 2 },
        { partnerId: id('p1'), period: '2026-03', revenueMinor: 5_000, orders: 1 },
        { partnerId: id('p3'), period: '2026-02', revenueMinor: 20_000, orders: 4 },
        { partnerId: id('p2'), period: '2025-02', revenueMinor: 7_000, orders: 1 },
        { partnerId: id('p4'), period: '2026-07', revenueMinor: 99_000, orders: 9 },
      ],
      answers: [
        { partnerId: id('p1'), answeredOn: '2026-01-10', nps: 10, satisfaction: 5 },
        { partnerId: id('p2'), answeredOn: '2026-02-01', nps: 3, satisfaction: 2 },
        { partnerId: id('p3'), answeredOn: '2026-02-15', nps: 8 },
        { partnerId: id('p4'), answeredOn: '2025-12-31', nps: 10 },
      ],
      snapshots: [
        { day: '2026-01-15', region: 'North', tier: 'gold', riskLevel: 'at-risk', partners: 9 },
        { day: '2026-01-31', region: 'North', tier: 'gold', riskLevel: 'at-risk', partners: 2 },
        { day: '2026-03-31', region: 'South', tier: 'gold', riskLevel: 'critical', partners: 1 },
        { day: '2026-03-31', region: 'North', tier: 'silver', riskLevel: 'none', partners: 5 },
      ],
    });
    await seedCases(t.dataDir, [
      { title: 'Late rebate', partnerIds: [id('p1')], ownerId: ownerA, dueAt: hoursAgo(5) },
      {
        title: 'Territory overlap',
        partnerIds: [id('p3')],
        ownerId: ownerA,
        openedAt: '2026-02-01T03:00:00.000Z',
      },
    ]);
    t = await openTempCore(t.dataDir);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const get = (input: Partial<DashboardInput> = {}): Promise<Dashboard> =>
    t.ok('dashboard.get', { ...period, ...input });
  const listTotal = async (input: PartnerListInput) => (await t.ok('partners.list', input)).total;

  it('counts active partners, tiers and risk as the partner list does with the same filters', async () => {
    for (const scope of [
      {},
      { regions: ['North'] },
      { ownerIds: [ownerA] },
      { ownerIds: ['none'] },
      { regions: ['South'], ownerIds: [ownerA, 'none'] },
    ]) {
      const data = await get(scope);
      const base = { ...scope, statuses: ['active' as const] };
      expect(data.activePartners).toBe(await listTotal(base));
      for (const tier of data.tiers) {
        expect(tier.partners, `${tier.key} in ${JSON.stringify(scope)}`).toBe(
          await listTotal({ ...base, tiers: [tier.key] }),
        );
      }
      for (const level of data.risk.byLevel) {
        expect(level.partners).toBe(await listTotal({ ...base, riskLevels: [level.level] }));
      }
      expect(data.risk.atRisk).toBe(await listTotal({ ...base, riskLevels: ['at-risk', 'critical'] }));
    }
    const all = await get();
    expect(all.activePartners).toBe(4);
    expect(all.tiers).toEqual([
      { key: 'platinum', name: 'Platinum', partners: 0 },
      { key: 'gold', name: 'Gold', partners: 2 },
      { key: 'silver', name: 'Silver', partners: 1 },
      { key: 'bronze', name: 'Bronze', partners: 1 },
    ]);
    expect(all.risk.atRisk).toBe(2);
    expect((await get({ regions: ['North'] })).risk.atRisk).toBe(1);
    expect((await get({ ownerIds: ['none'] })).activePartners).toBe(1);
  });

  it('computes the retention rate over the trailing 12 months and links to the churned partners', async () => {
    const { retention } = await get();
    // p1–p4 and p5 were active at the window start; p6 had churned before it; p7 joined inside it.
    expect(retention).toEqual({ rate: 0.8, windowStart, activeAtStart: 5, churnedSince: 1 });
    const churned = await t.ok('partners.list', {
      statuses: ['churned'],
      statusSinceFrom: windowStart,
      statusSinceTo: today,
      joinedBy: windowStart,
    });
    expect(churned.rows.map((row) => row.name)).toEqual(['Partner p5']);
    expect((await get({ regions: ['South'] })).retention).toMatchObject({
      activeAtStart: 2,
      churnedSince: 0,
      rate: 1,
    });
    expect((await get({ regions: ['Nowhere'] })).retention.rate).toBeNull();
  });

  it('adds sales from the monthly aggregates, against the same months a year earlier', async () => {
    const { sales, currency } = await get();
    expect(currency).toBe('MYR');
    expect(sales.revenueMinor).toBe(35_000);
    expect(sales.previousRevenueMinor).toBe(7_000);
    expect(sales.byRegion).toEqual([
      { region: 'South', revenueMinor: 20_000, partners: 2 },
      { region: 'North', revenueMinor: 15_000, partners: 2 },
    ]);
    expect(sales.trend.map((p) => [p.period, p.revenueMinor, p.orders])).toEqual([
      ['2026-01', 10_000, 2],
      ['2026-02', 20_000, 4],
      ['2026-03', 5_000, 1],
      ['2026-04', 0, 0],
      ['2026-05', 0, 0],
      ['2026-06', 0, 0],
    ]);
    expect((await get({ ownerIds: [ownerB] })).sales.revenueMinor).toBe(0);
    expect((await get({ ownerIds: [ownerB], from: '2025-01', to: '2025-03' })).sales.revenueMinor).toBe(
      7_000,
    );
    // The sales list the figures open totals the same records.
    for (const regions of [[], ['North'], ['South']]) {
      const list = await t.ok('sales.list', { from: '2026-01', to: '2026-06', regions });
      expect(list.revenueMinor).toBe((await get({ regions })).sales.revenueMinor);
    }
    const owned = await t.ok('sales.list', { from: '2026-01', to: '2026-06', ownerIds: [ownerA] });
    expect(owned.revenueMinor).toBe((await get({ ownerIds: [ownerA] })).sales.revenueMinor);
  });

  it('tallies NPS and satisfaction with a monthly trend', async () => {
    const { nps } = await get();
    expect(nps).toMatchObject({
      score: 0,
      promoters: 1,
      passives: 1,
      detractors: 1,
      satisfactionAverage: 3.5,
    });
    expect(nps.trend.slice(0, 3)).toEqual([
      { period: '2026-01', nps: 100, answers: 1 },
      { period: '2026-02', nps: -50, answers: 2 },
      { period: '2026-03', nps: null, answers: 0 },
    ]);
    expect((await get({ regions: ['South'] })).nps).toMatchObject({
      promoters: 0,
      passives: 1,
      detractors: 0,
    });
    const list = await t.core.call('surveys.list', {
      from: '2026-01',
      to: '2026-06',
      categories: ['detractor'],
    });
    if (list.ok) expect(list.value.total).toBe(1);
  });

  it('draws the at-risk trend from the last snapshot of each month, leaving months without one empty', async () => {
    const { risk } = await get();
    expect(risk.trend).toEqual([
      { period: '2026-01', atRisk: 2 },
      { period: '2026-02', atRisk: null },
      { period: '2026-03', atRisk: 1 },
      { period: '2026-04', atRisk: null },
      { period: '2026-05', atRisk: null },
      { period: '2026-06', atRisk: null },
    ]);
    expect((await get({ regions: ['North'] })).risk.trend[2]).toEqual({ period: '2026-03', atRisk: 0 });
  });

  it('counts engagement, care this week and disputes with the lists’ own filters', async () => {
    const data = await get();
    expect(data.engagement).toMatchObject({ visits: 1, meetings: 0, trainings: 1, greetings: 0 });
    expect(data.engagement.trend[2]).toEqual({ period: '2026-03', visits: 1, meetings: 0, trainings: 0 });
    expect((await get({ regions: ['North'] })).engagement.trainings).toBe(0);
    expect(data.careThisWeek).toMatchObject({ commitmentsDue: 1, overdueCommitments: 1 });
    // Visits due this week count what the visit planner lists for the same days and region.
    for (const regions of [[], ['North'], ['South']]) {
      const planner = await t.ok('visits.due', { today, horizonDays: 6, regions });
      expect((await get({ regions })).careThisWeek.visitsDue).toBe(planner.length);
    }
    expect(data.careThisWeek.visitsDue).toBe(4);
    expect((await get({ regions: ['North'] })).careThisWeek).toMatchObject({
      commitmentsDue: 1,
      overdueCommitments: 0,
    });
    expect(data.disputes).toEqual({ open: 2, slaBreached: 1, openedInPeriod: 1 });
    const disputes = async (region: string | null) =>
      (
        await t.ok('disputes.list', {
          statuses: ['open', 'investigating', 'resolution-proposed', 'escalated'],
          region,
        })
      ).total;
    expect((await get({ regions: ['North'] })).disputes.open).toBe(await disputes('North'));
    expect((await get({ regions: ['North', 'South'] })).disputes.open).toBe(await disputes(null));
    expect((await get({ ownerIds: [ownerB] })).disputes.open).toBe(0);
    expect(data.incentives).toBeNull();
  });

  it('refuses a period that ends before it starts', async () => {
    const error = await t.fails('dashboard.get', { from: '2026-06', to: '2026-01', today });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.to).toBeDefined();
  });

  it('exports each table as CSV', async () => {
    const tiers = await t.ok('dashboard.exportCsv', { ...period, table: 'tiers' });
    expect(tiers.fileName).toBe('dashboard-tiers-2026-01-to-2026-06.csv');
    expect(tiers.csv.split('\r\n')).toEqual([
      'Tier,Active partners',
      'Platinum,0',
      'Gold,2',
      'Silver,1',
      'Bronze,1',
    ]);
    const sales = await t.ok('dashboard.exportCsv', {
      ...period,
      regions: ['North'],
      table: 'sales-by-region',
    });
    expect(sales.csv.split('\r\n')).toEqual([
      'Region,Revenue,Currency,Active partners',
      'North,150.00,MYR,2',
    ]);
    const trend = await t.ok('dashboard.exportCsv', { ...period, table: 'nps-trend' });
    expect(trend.rows).toBe(6);
    expect(trend.csv.split('\r\n')[2]).toBe('2026-02,-50,2');
  });
});
