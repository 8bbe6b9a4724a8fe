// The partner list's loyalty filters, columns and sort on a real database file: tier and risk
// filters (combined with the others), score/tier/risk on each row, sorting by score with
// unscored partners last, and the status-change window the retention figure links with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDashboard } from './dashboard-seed';
import { openTempCore, type TempCore } from './temp-core';

describe('partner list loyalty filters on a real database file', () => {
  let t: TempCore;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTempCore();
    for (const [key, region, start] of [
      ['alpha', 'North', '2019-05-01'],
      ['bravo', 'North', '2019-05-01'],
      ['charlie', 'South', '2019-05-01'],
      ['delta', 'South', '2026-02-01'],
      ['echo', 'South', '2019-05-01'],
    ] as const) {
      ({ id: ids[key] } = await t.ok('partners.create', {
        partner: { name: `Partner ${key}`, type: 'retailer', country: 'ID', region, partnershipStart: start },
      }));
    }
    await t.core.close();
    const id = (key: string) => ids[key]!;
    await seedDashboard(t.dataDir, {
      scores: [
        { partnerId: id('alpha'), score: 91, tier: 'platinum', riskLevel: 'none' },
        { partnerId: id('bravo'), score: 48, tier: 'bronze', riskLevel: 'critical' },
        { partnerId: id('charlie'), score: 73, tier: 'gold', riskLevel: 'at-risk' },
        { partnerId: id('delta'), score: 12, tier: 'bronze', riskLevel: 'watch' },
      ],
      statuses: [
        { partnerId: id('delta'), status: 'churned', statusSince: '2026-04-01' },
        { partnerId: id('echo'), status: 'churned', statusSince: '2026-03-10' },
      ],
    });
    t = await openTempCore(t.dataDir);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const names = async (input: Parameters<TempCore['ok']>[1]) =>
    (await t.ok('partners.list', input as never)).rows.map((row) => row.name);

  it('filters by tier and by risk level, with the other filters, and counts the same', async () => {
    expect(await names({ tiers: ['bronze'] })).toEqual(['Partner bravo', 'Partner delta']);
    expect(await names({ tiers: ['bronze'], regions: ['North'] })).toEqual(['Partner bravo']);
    expect(await names({ riskLevels: ['at-risk', 'critical'] })).toEqual([
      'Partner bravo',
      'Partner charlie',
    ]);
    expect(await names({ riskLevels: ['watch'], statuses: ['active'] })).toEqual([]);
    const list = await t.ok('partners.list', { tiers: ['gold', 'platinum'] });
    expect(list.total).toBe(2);
  });

  it('puts score, tier and risk on each row (null until scored)', async () => {
    const { rows } = await t.ok('partners.list', {});
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('Partner charlie')).toMatchObject({ score: 73, tier: 'gold', riskLevel: 'at-risk' });
    expect(byName.get('Partner echo')).toMatchObject({ score: null, tier: null, riskLevel: null });
  });

  it('sorts by score both ways, unscored partners last when the best come first', async () => {
    expect(await names({ sort: 'score', direction: 'desc' })).toEqual([
      'Partner alpha',
      'Partner charlie',
      'Partner bravo',
      'Partner delta',
      'Partner echo',
    ]);
    expect((await names({ sort: 'score', direction: 'asc' }))[4]).toBe('Partner alpha');
    expect(await names({ sort: 'score', direction: 'desc', offset: 1, limit: 2 })).toEqual([
      'Partner charlie',
      'Partner bravo',
    ]);
  });

  it('selects partners whose status changed in a window and who had joined by a day', async () => {
    const churned = {
      statuses: ['churned' as const],
      statusSinceFrom: '2026-03-01',
      statusSinceTo: '2026-03-31',
    };
    expect(await names(churned)).toEqual(['Partner echo']);
    expect(await names({ ...churned, statusSinceTo: '2026-06-01' })).toEqual([
      'Partner delta',
      'Partner echo',
    ]);
    expect(await names({ ...churned, statusSinceTo: '2026-06-01', joinedBy: '2025-06-01' })).toEqual([
      'Partner echo',
    ]);
  });

  it('refuses an unknown risk level', async () => {
    const error = await t.fails('partners.list', { riskLevels: ['doomed'] });
    expect(error.code).toBe('VALIDATION');
  });
});
