import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { derivedId, newId } from '../../../src/core/db/ids';
import { leaderboardRank } from '../../../src/core/gamification/leaderboard';
import { bulkPartnerRow } from './bulk-partner-row';
import { openGamificationFixture, type GamificationFixture } from './gamification-fixture';

describe('program leaderboards and badges on a real database file', () => {
  let f: GamificationFixture;
  let programId: string;
  const today = '2026-06-15';
  const names = ['Citra Niaga', 'Bintang Timur', 'Anugerah Jaya', 'Delta Sejahtera'];
  let ids: Record<string, string>;
  beforeEach(async () => {
    f = await openGamificationFixture();
    ids = {};
    for (const name of names)
      ids[name] = await f.partner(name, { region: name === 'Delta Sejahtera' ? 'South' : 'North' });
    programId = await f.program({ startsOn: '2026-04-01', endsOn: '2026-09-30' });
    await f.enroll(programId, Object.values(ids));
  });
  afterEach(async () => {
    await f.close();
  });
  const board = (metric: 'points' | 'growth' | 'target') =>
    f.call('programs.leaderboard', { programId, metric, today });

  it('ranks by points earned net of reversals, ties share a place in name order, non-participants excluded', async () => {
    const outsider = await f.partner('Kedai Luar');
    await f.ledger(programId, [
      { partnerId: ids['Citra Niaga']!, kind: 'earn', amount: 500, postedOn: '2026-04-10' },
      { partnerId: ids['Bintang Timur']!, kind: 'earn', amount: 700, postedOn: '2026-04-11' },
      { partnerId: ids['Bintang Timur']!, kind: 'reverse', amount: -200, postedOn: '2026-04-20' },
      // Redeeming spends points but does not lower what was earned.
      { partnerId: ids['Citra Niaga']!, kind: 'redeem', amount: -400, postedOn: '2026-05-01' },
      { partnerId: ids['Anugerah Jaya']!, kind: 'earn', amount: 900, postedOn: '2026-04-12' },
      {
        partnerId: ids['Anugerah Jaya']!,
        kind: 'earn',
        unit: 'money',
        amount: 99_999,
        postedOn: '2026-04-12',
      },
      { partnerId: outsider, kind: 'earn', amount: 5000, postedOn: '2026-04-12' },
    ]);
    const points = await board('points');
    expect(points.participants).toBe(4);
    expect(points.rows.map((r) => [r.rank, r.partnerName, r.value])).toEqual([
      [1, 'Anugerah Jaya', 900],
      [2, 'Bintang Timur', 500],
      [2, 'Citra Niaga', 500],
      [4, 'Delta Sejahtera', 0],
    ]);
    expect(points.target).toBeNull();
    expect(await leaderboardRank(f.ctx.db, programId, ids['Citra Niaga']!, today)).toEqual({
      position: 2,
      of: 4,
    });
    expect(await leaderboardRank(f.ctx.db, programId, outsider, today)).toBeNull();
    expect(
      (await f.call('programs.leaderboard', { programId, metric: 'points', today, limit: 2 })).rows,
    ).toHaveLength(2);
  });

  it('ranks by sales growth against as many months before the start; no prior sales last', async () => {
    // The program's months so far: Apr–Jun 2026 (3), compared with Jan–Mar 2026.
    const sales: [string, string, number][] = [
      ['Citra Niaga', '2026-01', 100_000],
      ['Citra Niaga', '2026-04', 150_000],
      ['Bintang Timur', '2026-03', 200_000],
      ['Bintang Timur', '2026-05', 100_000],
      ['Bintang Timur', '2026-06', 100_000],
      ['Bintang Timur', '2025-12', 999_999],
      ['Anugerah Jaya', '2026-02', 100_000],
      ['Anugerah Jaya', '2026-06', 150_000],
      ['Delta Sejahtera', '2026-05', 80_000],
    ];
    for (const [name, period, revenue] of sales) await f.salesIn(ids[name]!, period, revenue);
    // Measured once June has ended (a month's sales count when the month is over).
    const growth = await f.call('programs.leaderboard', { programId, metric: 'growth', today: '2026-07-01' });
    expect(growth.rows.map((r) => [r.rank, r.partnerName, r.value, r.currentMinor, r.previousMinor])).toEqual(
      [
        [1, 'Anugerah Jaya', 50, 150_000, 100_000],
        [1, 'Citra Niaga', 50, 150_000, 100_000],
        [3, 'Bintang Timur', 0, 200_000, 200_000],
        [4, 'Delta Sejahtera', 0, 80_000, 0],
      ],
    );
  });

  it('ranks by attainment of the first target rule, and says when the program has none', async () => {
    expect((await board('target')).target).toBeNull();
    expect((await board('target')).rows).toEqual([]);
    const targeted = await f.program({ startsOn: '2026-04-01', endsOn: '2026-09-30' }, [
      {
        key: 'units-per-month',
        name: 'Units per month',
        award: 'points',
        basis: 'units',
        calc: { kind: 'rate', rate: 1, every: 1 },
      },
      {
        key: 'sell-ten',
        name: 'Sell 10 a month',
        award: 'points',
        basis: 'units',
        calc: { kind: 'target', period: 'month', target: 10, bonus: 500 },
      },
    ]);
    await f.enroll(targeted, Object.values(ids));
    const result = await f.call('programs.leaderboard', { programId: targeted, metric: 'target', today });
    expect(result.target).toMatchObject({ ruleKey: 'sell-ten', ruleName: 'Sell 10 a month', target: 10 });
    expect(result.rows).toHaveLength(4);
    expect(result.participants).toBe(4);
  });

  it('gives badges for approved claims, points milestones, targets and top places', async () => {
    const citra = ids['Citra Niaga']!;
    const none = await f.call('programs.badges', { programId, partnerId: citra, today });
    expect(none).toEqual([]);
    await f.claim(programId, citra, { invoiceDate: '2026-04-02', decidedOn: '2026-04-03' });
    await f.claim(programId, citra, { invoiceDate: '2026-04-02', status: 'rejected' });
    await f.ledger(programId, [
      { partnerId: citra, kind: 'earn', amount: 600, postedOn: '2026-04-03' },
      { partnerId: citra, kind: 'earn', amount: 600, postedOn: '2026-04-20' },
      { partnerId: citra, kind: 'earn', amount: 500, postedOn: '2026-05-31', ruleKey: 'sell-ten' },
    ]);
    const badges = await f.call('programs.badges', { programId, partnerId: citra, today });
    expect(badges).toEqual([
      { key: 'first-claim', achievedOn: '2026-04-03' },
      { key: 'points-1k', achievedOn: '2026-04-20' },
      { key: 'top-3', achievedOn: null },
    ]);
    // A partner without points is not "top 3" of a small program.
    expect(await f.call('programs.badges', { programId, partnerId: ids['Delta Sejahtera']!, today })).toEqual(
      [],
    );
  });

  it('measures the points board with 1,000 partners and 300,000 ledger entries (reported, not asserted)', async () => {
    const big = await f.program({ startsOn: '2026-01-01', endsOn: '2026-12-31' });
    const partnerIds = Array.from({ length: 1000 }, () => newId());
    const now = new Date().toISOString();
    await f.ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < partnerIds.length; i += 200) {
        const slice = partnerIds.slice(i, i + 200);
        await trx
          .insertInto('partners')
          .values(
            slice.map((id, n) =>
              bulkPartnerRow(id, `Dealer ${String(i + n).padStart(4, '0')}`, now),
            ) as never,
          )
          .execute();
        await trx
          .insertInto('programEnrollments')
          .values(
            slice.map((partnerId) => ({
              id: derivedId('enrollment', big, partnerId),
              programId: big,
              partnerId,
              enrolledOn: '2026-01-01',
              leftOn: null,
              createdAt: now,
              updatedAt: now,
            })),
          )
          .execute();
      }
      const kinds = ['earn', 'earn', 'earn', 'earn', 'redeem', 'reverse'] as const;
      for (let i = 0; i < 300_000; i += 2000) {
        await trx
          .insertInto('ledgerEntries')
          .values(
            Array.from({ length: 2000 }, (_, n) => {
              const kind = kinds[(i + n) % kinds.length]!;
              return {
                id: newId(),
                programId: big,
                partnerId: partnerIds[(i + n) % partnerIds.length]!,
                kind,
                unit: 'points' as const,
                amount: kind === 'earn' ? 100 + ((i + n) % 37) : -50,
                postedOn: '2026-03-01',
                reason: '',
                createdAt: now,
                updatedAt: now,
              };
            }),
          )
          .execute();
      }
    });
    await f.call('programs.leaderboard', { programId: big, metric: 'points', today });
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const result = await f.call('programs.leaderboard', { programId: big, metric: 'points', today });
      runs.push(performance.now() - start);
      expect(result.participants).toBe(1000);
    }
    runs.sort((a, b) => a - b);
    console.log(`points leaderboard, 1,000 partners / 300,000 entries: median ${runs[2]!.toFixed(1)} ms`);
    const rank = await leaderboardRank(f.ctx.db, big, partnerIds[0]!, today);
    expect(rank?.of).toBe(1000);
  }, 120_000);
});
