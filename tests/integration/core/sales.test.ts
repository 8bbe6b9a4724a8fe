import path from 'node:path';
import { rm } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../src/core/core';
import { openDatabase } from '../../../src/core/db/open-database';
import { derivedId } from '../../../src/core/db/ids';
import { makeTempDir, openTempCore, type TempCore } from './temp-core';

const today = '2026-11-24';

/** sales_monthly rows and the sums of live records of live partners, per month/region/owner. */
async function aggregatesOf(dataDir: string) {
  const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
  try {
    const monthly = await db
      .selectFrom('salesMonthly')
      .select(['period', 'region', 'ownerId', 'currency', 'revenueMinor', 'units', 'orders', 'records'])
      .where('records', '!=', 0)
      .orderBy('period')
      .orderBy('region')
      .execute();
    const fromRecords = await db
      .selectFrom('salesRecords as s')
      .innerJoin('partners as p', 'p.id', 's.partnerId')
      .select((eb) => [
        's.period',
        'p.region',
        eb.fn.coalesce('p.ownerId', eb.val('')).as('ownerId'),
        's.currency',
        eb.fn.sum<number>('s.revenueMinor').as('revenueMinor'),
        eb.fn.sum<number>('s.units').as('units'),
        eb.fn.sum<number>('s.orders').as('orders'),
        eb.fn.countAll<number>().as('records'),
      ])
      .where('s.deletedAt', 'is', null)
      .where('p.deletedAt', 'is', null)
      .groupBy(['s.period', 'p.region', 'p.ownerId', 's.currency'])
      .orderBy('s.period')
      .orderBy('p.region')
      .execute();
    const rawRows = await db.selectFrom('salesRecords').select(['id', 'deletedAt']).execute();
    return { monthly, fromRecords, rawRows };
  } finally {
    await db.destroy();
  }
}

describe('sales records on a real database file', () => {
  let dataDir: string;
  let t: TempCore;
  let majuJaya: string;
  let sinarJohor: string;
  let aisyah: string;

  beforeEach(async () => {
    dataDir = await makeTempDir();
    t = await openTempCore(dataDir);
    aisyah = (await t.ok('owners.create', { name: 'Aisyah Rahman' })).id;
    ({ id: majuJaya } = await t.ok('partners.create', {
      partner: {
        name: 'Maju Jaya',
        type: 'distributor',
        country: 'MY',
        city: 'Penang',
        region: 'North',
        ownerId: aisyah,
      },
    }));
    ({ id: sinarJohor } = await t.ok('partners.create', {
      partner: { name: 'Sinar Johor', type: 'dealer', country: 'MY', city: 'Johor Bahru', region: 'South' },
    }));
  });
  afterEach(async () => {
    await t.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  const save = (partnerId: string, period: string, revenueMinor: number, extra = {}) =>
    t.ok('sales.save', { partnerId, period, revenueMinor, units: 10, orders: 2, today, ...extra });

  it('keeps one row per partner and month: saving a month again replaces it, and the monthly sums follow', async () => {
    const first = await save(majuJaya, '2026-03', 150_000, { note: 'Raya stock' });
    expect(first.id).toBe(derivedId('sales', majuJaya, '2026-03'));
    const second = await save(majuJaya, '2026-03', 180_000, { units: 12, orders: 3 });
    expect(second.id).toBe(first.id);
    await save(sinarJohor, '2026-03', 90_000);
    await save(majuJaya, '2026-04', 200_000);

    const list = await t.ok('sales.list', { from: '2026-03', to: '2026-03' });
    expect(list).toMatchObject({ total: 2, revenueMinor: 270_000, units: 22, orders: 5, currency: 'MYR' });
    expect(list.rows.map((row) => [row.partnerName, row.revenueMinor, row.region])).toEqual([
      ['Maju Jaya', 180_000, 'North'],
      ['Sinar Johor', 90_000, 'South'],
    ]);
    // The note of the first save was replaced by the second (empty) one: a month is one record.
    expect(list.rows[0]?.note).toBe('');

    await t.dispose();
    const { monthly, fromRecords, rawRows } = await aggregatesOf(dataDir);
    expect(rawRows).toHaveLength(3);
    expect(monthly).toEqual(fromRecords);
    expect(monthly.find((row) => row.period === '2026-03' && row.region === 'North')).toMatchObject({
      revenueMinor: 180_000,
      records: 1,
      ownerId: aisyah,
    });
    t = await openTempCore(dataDir);
  });

  it('the label names the partner and month; undo restores the previous figures', async () => {
    await save(majuJaya, '2026-03', 150_000);
    const { batchId } = await save(majuJaya, '2026-03', 999_000);
    const undone = await t.ok('history.undo', { batchId });
    expect(undone.label).toBe('Record sales of Maju Jaya for 2026-03');
    const list = await t.ok('sales.list', { partnerId: majuJaya });
    expect(list.rows.map((row) => row.revenueMinor)).toEqual([150_000]);
  });

  it('deletes a month and revives the same row when the month is entered again', async () => {
    const { id } = await save(majuJaya, '2026-05', 50_000);
    await t.ok('sales.delete', { id });
    expect((await t.ok('sales.list', { partnerId: majuJaya })).total).toBe(0);
    expect(await t.fails('sales.delete', { id })).toMatchObject({ code: 'NOT_FOUND' });
    const again = await save(majuJaya, '2026-05', 70_000);
    expect(again.id).toBe(id);
    const list = await t.ok('sales.list', { partnerId: majuJaya });
    expect(list).toMatchObject({ total: 1, revenueMinor: 70_000 });

    await t.dispose();
    const { monthly, fromRecords, rawRows } = await aggregatesOf(dataDir);
    expect(rawRows).toEqual([{ id, deletedAt: null }]);
    expect(monthly).toEqual(fromRecords);
    t = await openTempCore(dataDir);
  });

  it('refuses future months, unknown and deleted partners, and bad figures at the field', async () => {
    expect(
      await t.fails('sales.save', {
        partnerId: majuJaya,
        period: '2026-12',
        revenueMinor: 1,
        units: 0,
        orders: 0,
        today,
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { period: { key: 'validation.futureMonth' } } });
    expect(
      await t.fails('sales.save', {
        partnerId: majuJaya,
        period: '2026-13',
        revenueMinor: 1,
        units: 0,
        orders: 0,
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { period: { key: 'validation.period' } } });
    expect(
      await t.fails('sales.save', {
        partnerId: majuJaya,
        period: '2026-01',
        revenueMinor: -5,
        units: 1.5,
        orders: 0,
      }),
    ).toMatchObject({
      fields: { revenueMinor: { key: 'validation.negativeAmount' }, units: { key: 'validation.count' } },
    });
    expect(
      await t.fails('sales.save', {
        partnerId: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
        period: '2026-01',
        revenueMinor: 1,
        units: 0,
        orders: 0,
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { partnerId: { key: 'validation.id' } } });
    await t.ok('partners.delete', { id: sinarJohor });
    expect(
      await t.fails('sales.save', {
        partnerId: sinarJohor,
        period: '2026-01',
        revenueMinor: 1,
        units: 0,
        orders: 0,
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { partnerId: { key: 'validation.id' } } });
    // This month itself is fine.
    await save(majuJaya, '2026-11', 1);
  });

  it('a partner moving region or owner moves its sums; a deleted partner leaves them', async () => {
    await save(majuJaya, '2026-01', 100_000);
    await save(majuJaya, '2026-02', 120_000);
    await save(sinarJohor, '2026-02', 30_000);
    const partner = await t.ok('partners.get', { id: majuJaya });
    await t.ok('partners.update', {
      id: majuJaya,
      partner: { ...partner, region: 'South', ownerId: null },
    });
    expect(await t.ok('sales.list', { regions: ['South'] })).toMatchObject({
      total: 3,
      revenueMinor: 250_000,
    });
    expect(await t.ok('sales.list', { regions: ['North'] })).toMatchObject({ total: 0, revenueMinor: 0 });
    expect(await t.ok('sales.list', { ownerIds: ['none'] })).toMatchObject({ total: 3 });
    expect(await t.ok('sales.list', { ownerIds: [aisyah] })).toMatchObject({ total: 0, rows: [] });

    await t.ok('partners.delete', { id: sinarJohor });
    expect(await t.ok('sales.list', {})).toMatchObject({ total: 2, revenueMinor: 220_000 });

    await t.dispose();
    const { monthly, fromRecords } = await aggregatesOf(dataDir);
    expect(monthly).toEqual(fromRecords);
    t = await openTempCore(dataDir);
  });

  it('lists with filters, sorting and paging; totals cover every matching row, not just the page', async () => {
    for (const [month, revenue] of [
      ['2025-11', 10_000],
      ['2025-12', 40_000],
      ['2026-01', 20_000],
      ['2026-02', 30_000],
    ] as const) {
      await save(majuJaya, month, revenue);
      await save(sinarJohor, month, revenue + 1);
    }
    const page = await t.ok('sales.list', { sort: 'revenueMinor', direction: 'desc', limit: 3, offset: 1 });
    expect(page.rows.map((row) => [row.period, row.partnerName])).toEqual([
      ['2025-12', 'Maju Jaya'],
      ['2026-02', 'Sinar Johor'],
      ['2026-02', 'Maju Jaya'],
    ]);
    expect(page).toMatchObject({ total: 8, revenueMinor: 200_004 });
    const byName = await t.ok('sales.list', { sort: 'partnerName', direction: 'asc', from: '2026-01' });
    expect(byName.rows.map((row) => `${row.partnerName} ${row.period}`)).toEqual([
      'Maju Jaya 2026-02',
      'Maju Jaya 2026-01',
      'Sinar Johor 2026-02',
      'Sinar Johor 2026-01',
    ]);
    expect(await t.ok('sales.list', { partnerId: sinarJohor, to: '2025-12' })).toMatchObject({
      total: 2,
      revenueMinor: 50_002,
    });
    expect(await t.ok('sales.list', { ownerIds: [aisyah, 'none'] })).toMatchObject({ total: 8 });
    expect(await t.ok('sales.list', { ownerIds: [aisyah] })).toMatchObject({ total: 4 });
    expect(await t.ok('sales.list', { importId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({ total: 0 });
  });

  it('exports every matching row as CSV in the list order, money as decimals, formulae neutralised', async () => {
    await save(majuJaya, '2026-01', 150_050, { note: '=HYPERLINK("http://x")' });
    await save(sinarJohor, '2026-01', 7);
    await save(sinarJohor, '2025-01', 1);
    const file = await t.ok('sales.exportCsv', { from: '2026-01', sort: 'revenueMinor', direction: 'asc' });
    expect(file.rows).toBe(2);
    expect(file.fileName).toMatch(/^sales-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<string[]>(file.csv.trim()).data;
    expect(parsed).toEqual([
      ['Month', 'Partner', 'Region', 'Revenue', 'Currency', 'Units', 'Orders', 'Note', 'Partner ID'],
      ['2026-01', 'Sinar Johor', 'South', '0.07', 'MYR', '10', '2', '', sinarJohor],
      ['2026-01', 'Maju Jaya', 'North', '1500.50', 'MYR', '10', '2', `'=HYPERLINK("http://x")`, majuJaya],
    ]);
  });

  it('exports more rows than one chunk without losing or repeating any', async () => {
    const partners = [majuJaya, sinarJohor];
    for (let i = 0; i < 3; i++) {
      const { id } = await t.ok('partners.create', {
        partner: { name: `Dealer ${i}`, type: 'dealer', country: 'MY', city: 'Ipoh', region: 'North' },
      });
      partners.push(id);
    }
    // 5 partners × 110 months = 550 records: more than the export's chunk of 500.
    for (const partnerId of partners) {
      for (let m = 0; m < 110; m++) {
        const year = 2017 + Math.floor(m / 12);
        const period = `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
        await save(partnerId, period, m % 7);
      }
    }
    const file = await t.ok('sales.exportCsv', { sort: 'revenueMinor', direction: 'desc' });
    expect(file.rows).toBe(550);
    const lines = Papa.parse<string[]>(file.csv.trim()).data.slice(1);
    expect(new Set(lines.map((line) => `${line[8]} ${line[0]}`)).size).toBe(550);
    const revenues = lines.map((line) => Number(line[3]));
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
  }, 60_000);

  it("a partner's months: the window ends with today's month, missing months as zero, year on year", async () => {
    await save(majuJaya, '2026-11', 10_000);
    await save(majuJaya, '2026-01', 5_000);
    await save(majuJaya, '2025-11', 7_000);
    await save(majuJaya, '2024-12', 3_000);
    await save(majuJaya, '2024-11', 999); // 25 months back: outside both years
    const sales = await t.ok('sales.partner', { partnerId: majuJaya, today, months: 24 });
    expect(sales.currency).toBe('MYR');
    expect(sales.months).toHaveLength(24);
    expect(sales.months[0]).toMatchObject({ period: '2024-12', revenueMinor: 3_000 });
    expect(sales.months.at(-1)).toMatchObject({
      period: '2026-11',
      revenueMinor: 10_000,
      recordId: derivedId('sales', majuJaya, '2026-11'),
    });
    expect(sales.months.find((m) => m.period === '2026-02')).toEqual({
      period: '2026-02',
      recordId: null,
      revenueMinor: 0,
      units: 0,
      orders: 0,
    });
    expect(sales.last12RevenueMinor).toBe(15_000);
    expect(sales.previous12RevenueMinor).toBe(10_000);
    const six = await t.ok('sales.partner', { partnerId: majuJaya, today, months: 6 });
    expect(six.months.map((m) => m.period)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(six.previous12RevenueMinor).toBe(10_000);
    expect(await t.fails('sales.partner', { partnerId: '01HZZZZZZZZZZZZZZZZZZZZZZZ', today })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
