import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../src/shared/data-export';
import { openTempCore, type TempCore } from './temp-core';

const today = '2026-11-20';

/** What a partner is, as the user sees it (ids and timestamps differ between databases). */
const partnerFacts = (p: Record<string, unknown>) => ({
  name: p.name,
  legalName: p.legalName,
  type: p.type,
  status: p.status,
  region: p.region,
  country: p.country,
  city: p.city,
  address: p.address,
  phone: p.phone,
  email: p.email,
  website: p.website,
  ownerName: p.ownerName,
  partnershipStart: p.partnershipStart,
  tags: p.tags,
  notes: p.notes,
  visitCadenceDays: p.visitCadenceDays,
});

const contactFacts = (c: Record<string, unknown>) => ({
  partnerName: c.partnerName,
  name: c.name,
  role: c.role,
  phone: c.phone,
  email: c.email,
  whatsapp: c.whatsapp,
  birthday: c.birthday,
  birthdayLunar: c.birthdayLunar,
  preferredLanguage: c.preferredLanguage,
  familyNotes: c.familyNotes,
  interests: c.interests,
});

async function seed(t: TempCore) {
  await t.ok('owners.create', { name: 'Zoë van Dijk', email: 'zoe@example.com', region: 'West' });
  const owner = (await t.ok('owners.list', {})).find((o) => o.name === 'Zoë van Dijk')!.id;
  const guangzhou = await t.ok('partners.create', {
    partner: {
      name: '广州五金批发有限公司',
      legalName: '广州市五金批发有限公司',
      type: 'wholesaler',
      country: 'CN',
      city: '广州',
      region: '华南',
      address: '天河区 体育西路 123号',
      phone: '+86 20 1234 5678',
      tags: ['五金', 'Paint'],
      notes: '每月拜访一次。\nSecond line, "quoted".',
      partnershipStart: '2018-03-01',
      visitCadenceDays: 30,
    },
  });
  const dutch = await t.ok('partners.create', {
    partner: {
      name: 'Groothandel Ünal & Zoon',
      type: 'distributor',
      country: 'NL',
      city: "'s-Hertogenbosch",
      email: 'info@unal.example',
      website: 'https://unal.example',
      ownerId: owner,
      notes: '=HYPERLINK("http://evil.example","click")',
      tags: ['-korting', '@vip'],
    },
  });
  await t.ok('partners.create', {
    partner: { name: 'Kedai Ah Seng', type: 'retailer', country: 'MY', city: 'Klang' },
  });
  await t.ok('contacts.create', {
    partnerId: guangzhou.id,
    name: '陈美玲',
    role: '采购经理',
    birthday: '--08-15',
    birthdayLunar: true,
    preferredLanguage: 'zh',
    phone: '+86 138 0013 8000',
    interests: '+1 for tea',
  });
  await t.ok('contacts.create', {
    partnerId: dutch.id,
    name: 'Renée Smít',
    email: 'renee@unal.example',
    birthday: '1975-02-28',
    preferredLanguage: 'nl',
    familyNotes: 'Two children; loves "stroopwafels"',
  });
}

const fileOf = (file: ExportFile) => ({ fileName: file.fileName, contentBase64: file.contentBase64 });

describe('exporting list views and importing them back', () => {
  let source: TempCore;
  let target: TempCore;
  beforeEach(async () => {
    source = await openTempCore();
    target = await openTempCore();
    await seed(source);
    await target.ok('owners.create', { name: 'Zoë van Dijk', email: 'zoe@example.com', region: 'West' });
  });
  afterEach(async () => {
    await source.dispose();
    await target.dispose();
  });

  async function importInto(t: TempCore, kind: 'partners' | 'contacts', file: ExportFile) {
    const preview = await t.ok('imports.preview', { kind, ...fileOf(file), today });
    expect(preview.counts.error, JSON.stringify(preview.rows.filter((r) => r.status === 'error'))).toBe(0);
    return t.ok('imports.commit', { kind, ...fileOf(file), today, fileHash: preview.fileHash });
  }
  const partnersOf = async (t: TempCore) =>
    (await t.ok('partners.list', { limit: 500 })).rows.map((row) => row.id);
  const fullPartners = async (t: TempCore) =>
    (await Promise.all((await partnersOf(t)).map((id) => t.ok('partners.get', { id })))).map(partnerFacts);
  const contactsOf = async (t: TempCore) =>
    (await t.ok('contacts.list', { limit: 500 })).rows
      .map(contactFacts)
      .sort((a, b) => String(a.name).localeCompare(String(b.name)));

  for (const format of ['csv', 'xlsx'] as const) {
    it(`round-trips partners and contacts through ${format.toUpperCase()} (Chinese, diacritics, formula-like text)`, async () => {
      const partners = await source.ok('dataExport.list', { view: 'partners', format, filters: {} });
      expect(partners.rows).toBe(3);
      expect(partners.fileName).toMatch(new RegExp(`^partners-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      expect(await importInto(target, 'partners', partners)).toMatchObject({ created: 3, updated: 0 });
      expect(await fullPartners(target)).toEqual(await fullPartners(source));

      const contacts = await source.ok('dataExport.list', { view: 'contacts', format, filters: {} });
      expect(await importInto(target, 'contacts', contacts)).toMatchObject({ created: 2 });
      expect(await contactsOf(target)).toEqual(await contactsOf(source));

      // Importing the same export into the database it came from changes nothing.
      const again = await source.ok('imports.preview', { kind: 'partners', ...fileOf(partners), today });
      expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 3, error: 0 });
    });
  }

  it('exports only the rows the filters select, in the list order', async () => {
    const file = await source.ok('dataExport.list', {
      view: 'partners',
      format: 'csv',
      filters: { countries: ['CN', 'NL'], sort: 'name', direction: 'desc' },
    });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 4)).toEqual(['External ID', 'Name', 'Legal name', 'Type']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['广州五金批发有限公司', 'Groothandel Ünal & Zoon']);
  });

  it('neutralises formula-like CSV cells and writes XLSX cells as plain values', async () => {
    const csv = await source.ok('dataExport.list', {
      view: 'partners',
      format: 'csv',
      filters: { countries: ['NL'] },
    });
    const [header, row] = Papa.parse<string[]>(
      Buffer.from(csv.contentBase64, 'base64').toString('utf8').slice(1),
      {
        skipEmptyLines: true,
      },
    ).data;
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Notes')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell('Tags')).toBe("'-korting; @vip");
    expect(cell('City')).toBe("'s-Hertogenbosch");

    const xlsx = await source.ok('dataExport.list', {
      view: 'partners',
      format: 'xlsx',
      filters: { countries: ['NL'] },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const notesColumn = (sheet.getRow(1).values as unknown[]).indexOf('Notes');
    const notes = sheet.getRow(2).getCell(notesColumn);
    expect(notes.type).toBe(ExcelJS.ValueType.String);
    expect(notes.value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(notes.formula).toBeUndefined();
  });

  it('exports the other lists in both formats, with their filters', async () => {
    const partner = (await source.ok('partners.list', { countries: ['MY'] })).rows[0]!;
    await source.ok('workspace.saveCurrency', { currency: 'MYR' });
    await source.ok('sales.save', {
      partnerId: partner.id,
      period: '2026-09',
      revenueMinor: 150000,
      units: 3,
      orders: 1,
      today,
    });
    for (const format of ['csv', 'xlsx'] as const) {
      const sales = await source.ok('dataExport.list', { view: 'sales', format, filters: {} });
      expect(sales.rows).toBe(1);
      const cases = await source.ok('dataExport.list', { view: 'disputes', format, filters: {} });
      expect(cases.rows).toBe(0);
      const claims = await source.ok('dataExport.list', { view: 'claims', format, filters: {} });
      expect(claims.rows).toBe(0);
    }
  });
});
