import { rm } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../src/core/core';
import { openDatabase } from '../../../src/core/db/open-database';
import type { ImportPreview } from '../../../src/shared/data-import';
import { openTempCore, type TempCore } from './temp-core';

const today = '2026-11-20';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const csvFile = (lines: readonly string[], fileName = 'sales.csv') => ({
  fileName,
  contentBase64: base64(lines.join('\r\n') + '\r\n'),
});

function rowOf(preview: ImportPreview, rowNumber: number) {
  const row = preview.rows.find((r) => r.rowNumber === rowNumber);
  if (!row) throw new Error(`row ${rowNumber} not in preview`);
  return row;
}

describe('spreadsheet imports on a real database file', () => {
  let t: TempCore;
  let maju: string;
  let sinar: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: maju } = await t.ok('partners.create', {
      partner: { name: 'Syarikat Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang' },
    }));
    ({ id: sinar } = await t.ok('partners.create', {
      partner: { name: 'Sinar Elektrik', type: 'dealer', country: 'MY', city: 'Ipoh' },
    }));
    await t.ok('partners.create', {
      partner: { name: 'Kedai Ah Seng', type: 'retailer', country: 'MY', city: 'Klang' },
    });
    await t.ok('partners.create', {
      partner: { name: 'Kedai Ah Seng', type: 'retailer', country: 'MY', city: 'Melaka' },
    });
    await t.ok('workspace.saveCurrency', { currency: 'MYR' });
  });
  const reopened: string[] = [];
  afterEach(async () => {
    await t.dispose();
    for (const dir of reopened.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  const preview = (
    kind: 'sales' | 'surveys',
    file: { fileName: string; contentBase64: string },
    mapping = {},
  ) => t.ok('imports.preview', { kind, ...file, mapping, today });
  const commit = async (kind: 'sales' | 'surveys', file: { fileName: string; contentBase64: string }) => {
    const { fileHash } = await preview(kind, file);
    return t.ok('imports.commit', { kind, ...file, today, fileHash });
  };

  it('suggests the mapping from Malay headers with a BOM and semicolons, and previews new rows', async () => {
    const file = {
      fileName: 'jualan.csv',
      contentBase64: Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          'Pelanggan;Bulan;Jualan (RM);Kuantiti;Pesanan\r\nsyarikat  MAJU jaya;03/2026;1.234,50;12;3\r\n',
        ),
      ]).toString('base64'),
    };
    const result = await preview('sales', file);
    expect(result.fileError).toBeNull();
    expect(result.columns).toEqual(['Pelanggan', 'Bulan', 'Jualan (RM)', 'Kuantiti', 'Pesanan']);
    expect(result.mapping).toMatchObject({
      partner: 'Pelanggan',
      month: 'Bulan',
      revenue: 'Jualan (RM)',
      units: 'Kuantiti',
      orders: 'Pesanan',
      currency: null,
    });
    expect(result.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 0 });
    expect(result.rows[0]).toMatchObject({ rowNumber: 2, status: 'new', partnerName: 'Syarikat Maju Jaya' });
    expect(result.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports every kind of row error at its row and field', async () => {
    const result = await preview('sales', {
      ...csvFile([
        'Partner,Month,Revenue,Units,Orders,Currency',
        'Nobody Sdn Bhd,2026-03,100,1,1,MYR', // 2: unknown partner
        'Kedai Ah Seng,2026-03,100,1,1,', // 3: ambiguous
        'Sinar Elektrik,March,100,1,1,', // 4: bad month
        'Sinar Elektrik,2027-01,100,1,1,', // 5: future month
        'Sinar Elektrik,2026-01,-5,1,1,', // 6: negative
        'Sinar Elektrik,2026-02,12.3456,1,1,', // 7: too many decimals
        'Sinar Elektrik,2026-04,abc,1,1,', // 8: not a number
        'Sinar Elektrik,2026-09,"1,234",1,1,', // 9: ambiguous separator
        'Sinar Elektrik,2026-05,100,1.5,x,', // 10: units, orders
        'Sinar Elektrik,2026-06,100,1,1,EUR', // 11: currency
        'Syarikat Maju Jaya,2026-06,100,,,', // 12: fine
        'syarikat maju jaya,2026-06-15,200,,,', // 13: duplicate of 12
        'Sinar Elektrik,2026-07,,1,1,', // 14: revenue missing
      ]),
    });
    const messages = (n: number) =>
      Object.fromEntries(Object.entries(rowOf(result, n).errors).map(([f, m]) => [f, m.message]));
    expect(messages(2)).toEqual({ partner: "No partner named 'Nobody Sdn Bhd'." });
    expect(messages(3).partner).toBe(
      "2 partners are named 'Kedai Ah Seng' (in Klang, Melaka): use the partner's id to say which.",
    );
    expect(rowOf(result, 4).errors.month?.key).toBe('validation.importMonth');
    expect(rowOf(result, 5).errors.month?.key).toBe('validation.futureMonth');
    expect(rowOf(result, 6).errors.revenue?.key).toBe('validation.negativeAmount');
    expect(messages(7).revenue).toBe("'12.3456' has more decimals than MYR has (2).");
    expect(rowOf(result, 8).errors.revenue?.key).toBe('validation.importNumber');
    expect(Object.keys(rowOf(result, 10).errors).sort()).toEqual(['orders', 'units']);
    expect(messages(11)).toEqual({ currency: "This row is in EUR; the workspace's currency is MYR." });
    expect(rowOf(result, 12).status).toBe('new');
    expect(messages(13)).toEqual({ month: 'Row 12 has the same partner and month.' });
    expect(rowOf(result, 14).errors.revenue?.key).toBe('validation.required');
    expect(rowOf(result, 9).errors.revenue?.key).toBe('validation.importNumberAmbiguous');
    expect(result.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 12 });
  });

  it('reports mapping errors per field and honours the user mapping over the suggestion', async () => {
    const file = csvFile(['Customer,Period,Amount,Other', 'Sinar Elektrik,2026-03,100,5']);
    const unmapped = await preview('sales', file, { revenue: null });
    expect(unmapped.mappingErrors.revenue?.key).toBe('validation.importUnmapped');
    expect(unmapped.rows).toEqual([]);
    const twice = await preview('sales', file, { units: 'Amount' });
    expect(twice.mappingErrors.units?.message).toBe(
      "The column 'Amount' already fills Revenue: choose another column.",
    );
    const chosen = await preview('sales', file, { units: 'Other' });
    expect(chosen.mappingErrors).toEqual({});
    expect(rowOf(chosen, 2).values).toMatchObject({ units: '5', revenue: '100' });
  });

  it('says what is wrong with the file itself', async () => {
    const fileError = async (fileName: string, content: Buffer) =>
      (await preview('sales', { fileName, contentBase64: content.toString('base64') })).fileError?.key;
    expect(await fileError('empty.csv', Buffer.from(''))).toBe('validation.importEmpty');
    expect(await fileError('header-only.csv', Buffer.from('Partner,Month,Revenue\n'))).toBe(
      'validation.importEmpty',
    );
    expect(
      await fileError('no-header.csv', Buffer.from('Sinar Elektrik,2026-03,100\nMaju,2026-04,200\n')),
    ).toBe('validation.importNoHeader');
    expect(await fileError('broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'))).toBe(
      'validation.importUnreadable',
    );
    expect(await fileError('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toBe(
      'validation.importOldExcel',
    );
    expect(await fileError('photo.png', Buffer.from('x'))).toBe('validation.importFileType');
    const tooBig = await t.fails('imports.preview', {
      kind: 'sales',
      fileName: 'huge.csv',
      contentBase64: 'A'.repeat(60 * 1024 * 1024),
      today,
    });
    expect(tooBig.code).toBe('VALIDATION');
  });

  it('commits all rows in one undoable batch, and a re-import of the same file changes nothing', async () => {
    const file = csvFile([
      'Partner,Month,Revenue,Units,Orders',
      'Syarikat Maju Jaya,2026-09,"1,500.00",10,2',
      'Sinar Elektrik,2026-09,800.5,4,1',
    ]);
    const result = await commit('sales', file);
    expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(result.id).toBeTruthy();
    const listed = await t.ok('sales.list', { importId: result.id });
    expect(listed.rows.map((r) => [r.partnerName, r.period, r.revenueMinor, r.units])).toEqual(
      expect.arrayContaining([
        ['Syarikat Maju Jaya', '2026-09', 150_000, 10],
        ['Sinar Elektrik', '2026-09', 80_050, 4],
      ]),
    );
    const again = await preview('sales', file);
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 2, error: 0 });
    expect(again.previousImport).toMatchObject({ id: result.id, fileName: 'sales.csv' });
    expect(await commit('sales', file)).toEqual({
      cancelled: false,
      id: null,
      batchId: null,
      created: 0,
      updated: 0,
      unchanged: 2,
    });

    const imports = await t.ok('imports.list', { kind: 'sales' });
    expect(imports).toEqual([expect.objectContaining({ id: result.id, rowCount: 2, created: 2 })]);

    // The trigger-kept monthly sums count each record once.
    const dataDir = t.dataDir;
    await t.core.close();
    const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
    const monthly = await db
      .selectFrom('salesMonthly')
      .select(['revenueMinor', 'records'])
      .where('period', '=', '2026-09')
      .execute();
    await db.destroy();
    expect(monthly.reduce((sum, m) => sum + m.revenueMinor, 0)).toBe(230_050);
    expect(monthly.reduce((sum, m) => sum + m.records, 0)).toBe(2);
    t = await openTempCore(dataDir);
    reopened.push(dataDir);
  });

  it('undoes a whole import with one undo', async () => {
    const result = await commit(
      'sales',
      csvFile(['Partner,Month,Revenue', 'Sinar Elektrik,2026-09,10', 'Syarikat Maju Jaya,2026-09,20']),
    );
    expect((await t.ok('history.status', {})).label).toBe('Import 2 sales rows from sales.csv');
    await t.ok('history.undo', { batchId: result.batchId! });
    expect((await t.ok('sales.list', {})).total).toBe(0);
    expect(await t.ok('imports.list', { kind: 'sales' })).toEqual([]);
  });

  it('previews an update with the stored values and writes only what differs', async () => {
    await commit('sales', csvFile(['Partner,Month,Revenue,Units', 'Sinar Elektrik,2026-08,100,3']));
    const changed = csvFile([
      'Partner,Month,Revenue,Units',
      'Sinar Elektrik,2026-08,250,3',
      'Sinar Elektrik,2026-07,50,1',
    ]);
    const result = await preview('sales', changed);
    expect(rowOf(result, 2)).toMatchObject({ status: 'update', previous: { revenue: '100.00' } });
    expect(rowOf(result, 3).status).toBe('new');
    const committed = await commit('sales', changed);
    expect(committed).toMatchObject({ created: 1, updated: 1 });
    const listed = await t.ok('sales.list', { partnerId: sinar });
    expect(listed.rows.map((r) => [r.period, r.revenueMinor])).toEqual([
      ['2026-08', 25_000],
      ['2026-07', 5_000],
    ]);
  });

  it('refuses a commit with any bad row, writing nothing at all', async () => {
    const file = csvFile(['Partner,Month,Revenue', 'Sinar Elektrik,2026-08,100', 'Nobody,2026-08,100']);
    const { fileHash } = await preview('sales', file);
    const error = await t.fails('imports.commit', { kind: 'sales', ...file, today, fileHash });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/1 row has errors; nothing was imported/);
    expect(error.fields?.['rows.3.partner']?.message).toBe("No partner named 'Nobody'.");
    expect((await t.ok('sales.list', {})).total).toBe(0);
    expect(await t.ok('imports.list', {})).toEqual([]);
  });

  it('refuses a commit of a different file than the one previewed', async () => {
    const file = csvFile(['Partner,Month,Revenue', 'Sinar Elektrik,2026-08,100']);
    const { fileHash } = await preview('sales', file);
    const other = csvFile(['Partner,Month,Revenue', 'Sinar Elektrik,2026-08,999']);
    const error = await t.fails('imports.commit', { kind: 'sales', ...other, today, fileHash });
    expect(error.fields?.file?.key).toBe('validation.importFileChanged');
    expect((await t.ok('sales.list', {})).total).toBe(0);
  });

  it('reads an XLSX written by exceljs: dates, typed numbers and formula results', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sales');
    sheet.addRow(['Dealer', 'Maand', 'Omzet', 'Aantal']);
    sheet.addRow(['Syarikat Maju Jaya', new Date(Date.UTC(2026, 2, 1)), 1234.5, 7]);
    sheet.addRow(['Sinar Elektrik', '2026-04', { formula: 'C2*2', result: 2469 }, 3]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const file = { fileName: 'march.xlsx', contentBase64: buffer.toString('base64') };
    const result = await preview('sales', file);
    expect(result.fileError).toBeNull();
    expect(result.rows.map((r) => [r.status, r.values.month, r.values.revenue])).toEqual([
      ['new', '2026-03-01', '1234.5'],
      ['new', '2026-04', '2469'],
    ]);
    await commit('sales', file);
    const listed = await t.ok('sales.list', { partnerId: maju });
    expect(listed.rows[0]).toMatchObject({ period: '2026-03', revenueMinor: 123_450, units: 7 });
  });

  it('imports survey answers by contact name or e-mail, checking the contact belongs to the partner', async () => {
    const { id: tan } = await t.ok('contacts.create', {
      partnerId: maju,
      name: 'Tan Mei Ling',
      email: 'mei@maju.my',
    });
    await t.ok('contacts.create', { partnerId: sinar, name: 'Ahmad Razak' });
    const file = csvFile(
      [
        'Pelanggan,Kenalan,Tarikh,NPS,Kepuasan,Ulasan',
        'Syarikat Maju Jaya,MEI@maju.my,2026-10-02,9,4,Good service',
        'Syarikat Maju Jaya,Ahmad Razak,2026-10-02,7,,', // contact of another partner
        'Sinar Elektrik,,15/10/2026,3,,Late deliveries',
        'Sinar Elektrik,,2026-12-01,5,,', // future day
        'Sinar Elektrik,,2026-10-03,11,6,', // out of range
        'Sinar Elektrik,,2026-10-04,,,', // nothing answered
        'Sinar Elektrik,,03/04/2026,5,,', // ambiguous day
      ],
      'survey.csv',
    );
    const result = await preview('surveys', file);
    expect(result.mapping).toMatchObject({
      partner: 'Pelanggan',
      contact: 'Kenalan',
      date: 'Tarikh',
      nps: 'NPS',
      satisfaction: 'Kepuasan',
      comment: 'Ulasan',
    });
    expect(rowOf(result, 2).status).toBe('new');
    expect(rowOf(result, 3).errors.contact?.message).toBe(
      "Syarikat Maju Jaya has no contact named or e-mailed 'Ahmad Razak'.",
    );
    expect(rowOf(result, 4).status).toBe('new');
    expect(rowOf(result, 5).errors.date?.key).toBe('validation.futureDay');
    expect(Object.keys(rowOf(result, 6).errors).sort()).toEqual(['nps', 'satisfaction']);
    expect(rowOf(result, 7).errors.nps?.key).toBe('validation.surveyEmpty');
    expect(rowOf(result, 8).errors.date?.key).toBe('validation.importDayAmbiguous');

    const clean = csvFile(
      [
        'Pelanggan,Kenalan,Tarikh,NPS,Kepuasan,Ulasan',
        'Syarikat Maju Jaya,MEI@maju.my,2026-10-02,9,4,Good service',
        'Sinar Elektrik,,15/10/2026,3,,Late deliveries',
      ],
      'survey.csv',
    );
    const committed = await commit('surveys', clean);
    expect(committed).toMatchObject({ created: 2 });
    const listed = await t.ok('surveys.list', { importId: committed.id });
    expect(listed.rows.map((r) => [r.partnerName, r.contactId, r.answeredOn, r.nps])).toEqual(
      expect.arrayContaining([
        ['Syarikat Maju Jaya', tan, '2026-10-02', 9],
        ['Sinar Elektrik', null, '2026-10-15', 3],
      ]),
    );
    expect((await preview('surveys', clean)).counts).toEqual({ new: 0, update: 0, unchanged: 2, error: 0 });
  });

  it('previews 50,000 rows with every count but a capped row list, and commits 20,000 rows in one batch', async () => {
    const partnerIds: string[] = [];
    for (let i = 0; i < 100; i++) {
      const { id } = await t.ok('partners.create', {
        partner: { name: `Bulk Dealer ${i}`, type: 'dealer', country: 'MY', city: 'Shah Alam' },
      });
      partnerIds.push(id);
    }
    const months = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const year = 1980 + Math.floor(i / 12);
        return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
      });
    const bigLines = ['Partner,Month,Revenue,Units,Orders'];
    for (const period of months(500)) {
      for (let p = 0; p < 100; p++) bigLines.push(`${partnerIds[p]},${period},${(p + 1) * 10}.25,3,1`);
    }
    const withError = bigLines.slice(0, 50_001);
    withError[17] = 'Nobody,2026-01,1,1,1';
    const started = performance.now();
    const big = await preview('sales', csvFile(withError));
    const previewMs = performance.now() - started;
    expect(big.totalRows).toBe(50_000);
    expect(big.counts.error).toBe(1);
    expect(big.counts.new).toBe(49_999);
    expect(big.rows.length).toBe(500);
    expect(big.rows.some((r) => r.rowNumber === 18 && r.status === 'error')).toBe(true);

    const file = csvFile(bigLines.slice(0, 20_001), 'big.csv');
    const { fileHash } = await preview('sales', file);
    const commitStart = performance.now();
    const result = await t.ok('imports.commit', { kind: 'sales', ...file, today, fileHash });
    const commitMs = performance.now() - commitStart;
    console.log(
      `preview 50,000 rows: ${Math.round(previewMs)} ms; commit 20,000 rows: ${Math.round(commitMs)} ms`,
    );
    expect(result.created).toBe(20_000);
    expect((await t.ok('sales.list', { importId: result.id })).total).toBe(20_000);
  }, 120_000);
});
