import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/shared/data-import';
import { openTempCore, type TempCore } from './temp-core';

const today = '2026-11-20';
const b64 = (bytes: Buffer) => bytes.toString('base64');

function partnerRows(count: number): string {
  const lines = ['External ID,Name,City,Type,Country'];
  for (let i = 0; i < count; i++) lines.push(`X-${i},Toko ${i},Surabaya,retailer,ID`);
  return lines.join('\r\n') + '\r\n';
}

describe('large partner imports: progress, cancel, all or nothing', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(() => t.dispose());

  const count = async () => (await t.ok('partners.list', { limit: 1 })).total;

  it('a commit cancelled while it writes leaves nothing behind, and the same file imports afterwards', async () => {
    const file = { fileName: 'many.csv', contentBase64: b64(Buffer.from(partnerRows(10_000))) };
    const input = { kind: 'partners' as const, ...file, today, matchBy: 'externalId' as const };
    const { fileHash, counts } = await t.ok('imports.preview', input);
    expect(counts.new).toBe(10_000);

    const jobId = 'cancel-while-writing';
    const seen: ImportProgress[] = [];
    const commit = t.ok('imports.commit', { ...input, fileHash, jobId });
    for (;;) {
      const progress = await t.ok('imports.progress', { jobId });
      if (progress) seen.push(progress);
      if (progress?.phase === 'writing' && progress.done > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(await t.ok('imports.cancel', { jobId })).toEqual({ cancelled: true });
    expect(await commit).toMatchObject({ cancelled: true, batchId: null, created: 0 });
    expect(seen.some((p) => p.phase === 'checking' && p.total === 10_000)).toBe(true);
    expect(await count()).toBe(0);
    expect(await t.ok('imports.list', { kind: 'partners' })).toEqual([]);
    // Nothing to undo: the cancelled batch never existed.
    expect((await t.ok('history.status', {})).canUndo).toBe(false);

    const done = await t.ok('imports.commit', { ...input, fileHash, jobId: 'second-try' });
    expect(done).toMatchObject({ cancelled: false, created: 10_000 });
    expect(await count()).toBe(10_000);
    expect(await t.ok('imports.progress', { jobId: 'second-try' })).toMatchObject({
      phase: 'writing',
      done: 10_000,
      total: 10_000,
    });
  });

  it('a cancel that arrives before the commit starts still cancels it; a preview can be cancelled too', async () => {
    const file = { fileName: 'few.csv', contentBase64: b64(Buffer.from(partnerRows(3))) };
    const input = { kind: 'partners' as const, ...file, today };
    const { fileHash } = await t.ok('imports.preview', input);
    await t.ok('imports.cancel', { jobId: 'early-cancel' });
    expect(await t.ok('imports.commit', { ...input, fileHash, jobId: 'early-cancel' })).toMatchObject({
      cancelled: true,
    });
    expect(await count()).toBe(0);

    await t.ok('imports.cancel', { jobId: 'preview-cancel' });
    const refused = await t.fails('imports.preview', { ...input, jobId: 'preview-cancel' });
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { cancelled: true } });
  });
});

describe('partner files in every shape people have them', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(() => t.dispose());

  const preview = (fileName: string, bytes: Buffer) =>
    t.ok('imports.preview', { kind: 'partners', fileName, contentBase64: b64(bytes), today });

  it('imports a GB18030 CSV from Chinese Excel with Chinese headers', async () => {
    // "名称,城市,类型,国家 / 广州五金批发有限公司,广州,经销商,CN" in GB18030.
    const bytes = Buffer.from(
      'c3fbb3c62cb3c7cad02cc0e0d0cd2cb9fabcd20d0ab9e3d6ddcee5bdf0c5fab7a2d3d0cfdeb9abcbbe2cb9e3d6dd2cbeadcffac9cc2c434e0d0a',
      'hex',
    );
    const result = await preview('客户.csv', bytes);
    expect(result.encoding).toBe('gb18030');
    expect(result.columns).toEqual(['名称', '城市', '类型', '国家']);
    expect(result.mapping).toMatchObject({ name: '名称', city: '城市', type: '类型', country: '国家' });
    expect(result.rows[0]).toMatchObject({
      status: 'new',
      values: { name: '广州五金批发有限公司', city: '广州', type: '经销商', country: 'CN' },
    });
  });

  it('takes XLSX formulas by their saved result or as text, never computing them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Partners');
    sheet.addRow(['Name', 'City', 'Type', 'Country', 'Notes']);
    sheet.addRow(['Toko A', 'Surabaya', 'retailer', 'ID', { formula: '1+1', result: 2 }]);
    // No saved result (a file written by a script): the formula's text, as text.
    sheet.addRow(['Toko B', 'Surabaya', 'retailer', 'ID', { formula: 'HYPERLINK("http://evil.example")' }]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await preview('partners.xlsx', bytes);
    expect(result.encoding).toBeNull();
    expect(result.rows.map((row) => row.values.notes)).toEqual(['2', '=HYPERLINK("http://evil.example")']);
    const { fileHash } = result;
    await t.ok('imports.commit', {
      kind: 'partners',
      fileName: 'partners.xlsx',
      contentBase64: b64(bytes),
      today,
      fileHash,
    });
    const stored = await t.ok('partners.list', { search: 'Toko' });
    const notes = await Promise.all(
      stored.rows.map(async (row) => (await t.ok('partners.get', { id: row.id })).notes),
    );
    expect(notes.sort()).toEqual(['2', '=HYPERLINK("http://evil.example")']);
  });

  it('says clearly what is wrong with files that cannot be imported', async () => {
    const errorOf = async (fileName: string, bytes: Buffer) =>
      (await preview(fileName, bytes)).fileError?.message;
    expect(await errorOf('scan.csv', Buffer.from('%PDF-1.7\n...'))).toBe(
      'This is not a spreadsheet (it looks like a PDF file): choose a .csv or .xlsx file.',
    );
    expect(await errorOf('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toContain(
      'PNG image',
    );
    expect(await errorOf('empty.csv', Buffer.alloc(0))).toBe('This file has no rows below its header row.');
    expect(await errorOf('header-only.csv', Buffer.from('Name,City\r\n'))).toBe(
      'This file has no rows below its header row.',
    );
    expect(await errorOf('partners.docx', Buffer.from('Name\r\nA\r\n'))).toBe('Choose a .csv or .xlsx file.');
    expect(await errorOf('broken.xlsx', Buffer.from('PK\u0003\u0004 not really a workbook'))).toContain(
      'could not be read',
    );
    expect(await errorOf('huge.csv', Buffer.from(partnerRows(200_001)))).toBe(
      'This file has 200,001 rows; at most 200,000 can be imported at once: split it into smaller files.',
    );
  });
});
