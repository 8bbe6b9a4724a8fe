import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGamificationFixture, type GamificationFixture } from './gamification-fixture';

describe('program results and the dashboard incentive figure on a real database file', () => {
  let f: GamificationFixture;
  let north: string;
  let south: string;
  let outsider: string;
  // June has ended: the program's months so far are April to June.
  const today = '2026-07-01';
  beforeEach(async () => {
    f = await openGamificationFixture();
    north = await f.partner('Maju Jaya', { region: 'North' });
    south = await f.partner('Sinar Selatan', { region: 'South' });
    outsider = await f.partner('Kedai Luar', { region: 'North' });
  });
  afterEach(async () => {
    await f.close();
  });
  const dashboard = (regions: string[] = []) =>
    f.call('dashboard.get', { from: '2026-01', to: '2026-06', regions, ownerIds: [], today });

  it('counts participants, claims, awards and cost, and computes revenue uplift and ROI by hand', async () => {
    expect((await dashboard()).incentives).toBeNull();
    const programId = await f.program({
      kind: 'sales-incentive',
      startsOn: '2026-04-01',
      endsOn: '2026-09-30',
      budgetMinor: 500_000,
      pointValueMinor: 10,
    });
    await f.enroll(programId, [north, south]);
    await f.claim(programId, north, { invoiceDate: '2026-04-05' });
    await f.claim(programId, north, { invoiceDate: '2026-04-06', status: 'rejected' });
    await f.claim(programId, south, { invoiceDate: '2026-05-06', status: 'submitted' });
    await f.ledger(programId, [
      { partnerId: north, kind: 'earn', amount: 3000, postedOn: '2026-04-10' },
      { partnerId: north, kind: 'reverse', amount: -500, postedOn: '2026-05-02' },
      { partnerId: north, kind: 'redeem', amount: -1000, postedOn: '2026-05-03' },
      { partnerId: south, kind: 'earn', unit: 'money', amount: 20_000, postedOn: '2026-05-20' },
    ]);
    // Months so far: Apr–Jun (3); comparison: Jan–Mar. The outsider's sales never count.
    for (const [partner, period, revenue] of [
      [north, '2026-01', 100_000],
      [north, '2026-04', 200_000],
      [south, '2026-03', 50_000],
      [south, '2026-06', 150_000],
      [north, '2025-12', 777_777],
      [outsider, '2026-05', 999_999],
    ] as const) {
      await f.salesIn(partner, period, revenue);
    }
    const results = await f.call('programs.results', { programId, today });
    // Cost: money 20,000 + (3,000 − 500) points × 10 = 25,000 → 45,000 (MYR 450).
    // Revenue 350,000 vs 150,000: uplift 200,000; ROI (200,000 − 45,000) / 45,000 = 3.444…
    expect(results).toMatchObject({
      currency: 'MYR',
      participants: 2,
      claims: { submitted: 1, approved: 1, rejected: 1 },
      awardedPoints: 2500,
      awardedMinor: 20_000,
      redeemedPoints: 1000,
      costMinor: 45_000,
      budgetMinor: 500_000,
      burnPercent: 9,
      revenueMinor: 350_000,
      comparisonRevenueMinor: 150_000,
      period: { from: '2026-04', to: '2026-06' },
      comparison: { from: '2026-01', to: '2026-03' },
      burn: [
        { period: '2026-04', costMinor: 30_000 },
        { period: '2026-05', costMinor: 15_000 },
        { period: '2026-06', costMinor: 0 },
      ],
    });
    expect(results.roi).toBeCloseTo(155_000 / 45_000, 10);

    const incentives = (await dashboard()).incentives;
    expect(incentives).toEqual({ costMinor: 45_000, revenueMinor: 200_000, roi: 155_000 / 45_000 });
    // The South region: only Sinar's money award and its sales (150,000 vs 50,000).
    expect((await dashboard(['South'])).incentives).toEqual({
      costMinor: 20_000,
      revenueMinor: 100_000,
      roi: 80_000 / 20_000,
    });
  });

  it('has no ROI without cost or when the program pays in another currency; nothing before the start', async () => {
    const euro = await f.program({
      startsOn: '2026-04-01',
      endsOn: '2026-12-31',
      currency: 'EUR',
      budgetMinor: 0,
    });
    await f.enroll(euro, [north]);
    await f.ledger(euro, [
      { partnerId: north, kind: 'earn', unit: 'money', amount: 5000, postedOn: '2026-04-10' },
    ]);
    await f.salesIn(north, '2026-05', 100_000);
    const results = await f.call('programs.results', { programId: euro, today });
    expect(results).toMatchObject({
      currency: 'EUR',
      costMinor: 5000,
      burnPercent: null,
      roi: null,
      revenueMinor: 100_000,
    });
    // Its money cannot be added to the workspace's: the dashboard shows a program ran, no sums.
    expect((await dashboard()).incentives).toEqual({ costMinor: 0, revenueMinor: 0, roi: null });

    const later = await f.program({ startsOn: '2026-08-01', endsOn: '2026-12-31' });
    await f.enroll(later, [south]);
    const notYet = await f.call('programs.results', { programId: later, today });
    expect(notYet).toMatchObject({
      costMinor: 0,
      roi: null,
      revenueMinor: 0,
      comparisonRevenueMinor: 0,
      burn: [],
      period: { from: '2026-08', to: '2026-07' },
    });
  });
});
