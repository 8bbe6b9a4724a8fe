// Exporting the incentive lists on a real database file: claims and a program's leaderboard with
// their filters, and the points ledger (one partner's statement entries or the whole program) with
// running balances that count the entries a filter leaves out.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../src/shared/data-export';
import { openGamificationFixture, type GamificationFixture } from './gamification-fixture';

const today = '2026-06-15';
let f: GamificationFixture;
let programId: string;
let citra: string;
let bintang: string;

beforeEach(async () => {
  f = await openGamificationFixture();
  citra = await f.partner('Citra Niaga', { city: 'Ipoh' });
  bintang = await f.partner('Bintang Timur', { city: 'Penang' });
  await f.ctx.write({
    label: 'External id',
    origin: 'local',
    changes: [{ table: 'partners', rowId: citra, field: 'externalId', value: '=ERP-17' }],
  });
  programId = await f.program({ name: 'Dealer rewards', startsOn: '2026-01-01', endsOn: '2026-12-31' });
  await f.enroll(programId, [citra, bintang]);
});
afterEach(async () => f.close());

/** The CSV file's rows (header first), cells as a spreadsheet user would read them. */
function csvRows(file: ExportFile): string[][] {
  const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

/** Rows as objects by header, for readable assertions. */
function records(file: ExportFile): Record<string, string>[] {
  const [header = [], ...rows] = csvRows(file);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

describe('claims export', () => {
  it('gives exactly the claims the list filters select', async () => {
    await f.claim(programId, citra, { invoiceDate: '2026-03-02', status: 'approved', totalMinor: 12_345 });
    await f.claim(programId, citra, { invoiceDate: '2026-04-02', status: 'submitted' });
    await f.claim(programId, bintang, { invoiceDate: '2026-03-10', status: 'approved' });
    await f.claim(programId, bintang, { invoiceDate: '2026-05-10', status: 'rejected' });

    const all = await f.call('dataExport.list', { view: 'claims', format: 'csv', filters: {} });
    expect(all.rows).toBe(4);
    const approved = await f.call('dataExport.list', {
      view: 'claims',
      format: 'csv',
      filters: { statuses: ['approved'], search: 'Citra' },
    });
    expect(approved.fileName).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(records(approved)).toEqual([
      expect.objectContaining({
        Program: 'Dealer rewards',
        Partner: 'Citra Niaga',
        'Invoice date': '2026-03-02',
        Amount: '123.45',
        Currency: 'MYR',
        Status: 'approved',
      }),
    ]);
    const spring = await f.call('dataExport.list', {
      view: 'claims',
      format: 'csv',
      filters: { from: '2026-03-05', to: '2026-04-30', sort: 'invoiceDate', direction: 'asc' },
    });
    expect(records(spring).map((row) => [row.Partner, row['Invoice date']])).toEqual([
      ['Bintang Timur', '2026-03-10'],
      ['Citra Niaga', '2026-04-02'],
    ]);
  });
});

describe('leaderboard export', () => {
  it('ranks every participant on the chosen metric', async () => {
    await f.ledger(programId, [
      { partnerId: citra, kind: 'earn', amount: 500, postedOn: '2026-04-10' },
      { partnerId: bintang, kind: 'earn', amount: 900, postedOn: '2026-04-11' },
    ]);
    const file = await f.call('dataExport.list', {
      view: 'leaderboard',
      format: 'xlsx',
      filters: { programId, metric: 'points', today, limit: 1000 },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['Rank', 'Partner', 'City', 'Region', 'Points'],
      [1, 'Bintang Timur', 'Penang', 'North', 900],
      [2, 'Citra Niaga', 'Ipoh', 'North', 500],
    ]);
  });
});

describe('ledger export', () => {
  beforeEach(async () => {
    await f.ledger(programId, [
      { partnerId: citra, kind: 'earn', amount: 1000, postedOn: '2026-02-01', ruleKey: 'base' },
      { partnerId: bintang, kind: 'earn', amount: 300, postedOn: '2026-02-03' },
      { partnerId: citra, kind: 'earn', unit: 'money', amount: 2550, postedOn: '2026-03-01' },
      { partnerId: citra, kind: 'redeem', amount: -400, postedOn: '2026-04-01' },
      { partnerId: citra, kind: 'adjust', amount: 50, postedOn: '2026-05-01' },
    ]);
  });

  it("exports one partner's statement entries oldest first with running balances", async () => {
    const file = await f.call('dataExport.list', {
      view: 'ledger',
      format: 'csv',
      filters: { programId, partnerId: citra },
    });
    expect(file.fileName).toMatch(/^statement-entries-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = records(file);
    expect(
      rows.map((row) => [
        row['Posted on'],
        row.Entry,
        row.Points,
        row.Money,
        row['Points balance'],
        row['Money balance'],
      ]),
    ).toEqual([
      ['2026-02-01', 'Earned', '1000', '', '1000', '0'],
      ['2026-03-01', 'Earned', '', '25.5', '1000', '25.5'],
      ['2026-04-01', 'Redeemed', '-400', '', '600', '25.5'],
      ['2026-05-01', 'Adjustment', '50', '', '650', '25.5'],
    ]);
    expect(rows[0]).toMatchObject({
      Partner: 'Citra Niaga',
      // Neutralised so a spreadsheet does not run it; the import reads it back as "=ERP-17".
      'Partner external ID': "'=ERP-17",
      Program: 'Dealer rewards',
      Rule: 'base',
      Currency: 'MYR',
    });
  });

  it('filters by kind and day, keeping balances counted over the whole ledger', async () => {
    const file = await f.call('dataExport.list', {
      view: 'ledger',
      format: 'csv',
      filters: { programId, partnerId: citra, kinds: ['redeem', 'adjust'], from: '2026-04-15' },
    });
    expect(records(file).map((row) => [row.Entry, row.Points, row['Points balance']])).toEqual([
      ['Adjustment', '50', '650'],
    ]);
  });

  it("exports the whole program's ledger with each partner's own balance", async () => {
    const file = await f.call('dataExport.list', {
      view: 'ledger',
      format: 'xlsx',
      filters: { programId, to: '2026-03-31' },
    });
    expect(file.fileName).toMatch(/^ledger-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.rows).toBe(3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1).values as unknown[];
    const column = (name: string) => header.indexOf(name);
    const cells = [2, 3, 4].map((n) => {
      const row = sheet.getRow(n);
      return [row.getCell(column('Partner')).value, row.getCell(column('Points balance')).value];
    });
    expect(cells).toEqual([
      ['Citra Niaga', 1000],
      ['Bintang Timur', 300],
      ['Citra Niaga', 1000],
    ]);
    // The external id is a plain text cell in XLSX, never a formula.
    const externalId = sheet.getRow(2).getCell(column('Partner external ID'));
    expect(externalId.value).toBe('=ERP-17');
    expect(externalId.formula).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown program', async () => {
    const error = await f.fails('dataExport.list', {
      view: 'ledger',
      format: 'csv',
      filters: { programId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    });
    expect(error.code).toBe('NOT_FOUND');
  });
});
