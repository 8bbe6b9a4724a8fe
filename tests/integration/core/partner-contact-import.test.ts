import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/data-import';
import { openTempCore, type TempCore } from './temp-core';

const today = '2026-11-20';
const csv = (lines: readonly string[], fileName = 'partners.csv') => ({
  fileName,
  contentBase64: Buffer.from(lines.join('\r\n') + '\r\n', 'utf8').toString('base64'),
});
type File = { fileName: string; contentBase64: string };
type Mode = 'nameCity' | 'externalId' | 'new';

function rowOf(preview: ImportPreview, rowNumber: number) {
  const row = preview.rows.find((r) => r.rowNumber === rowNumber);
  if (!row) throw new Error(`row ${rowNumber} not in preview`);
  return row;
}

describe('partner and contact imports on a real database file', () => {
  let t: TempCore;
  let maju: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: maju } = await t.ok('partners.create', {
      partner: {
        name: 'Syarikat Maju Jaya',
        type: 'distributor',
        country: 'MY',
        city: 'Penang',
        phone: '+60 4-123 4567',
      },
    }));
    await t.ok('owners.create', { name: 'Aminah Yusof', email: 'aminah@example.com', region: 'North' });
  });
  afterEach(() => t.dispose());

  const preview = (kind: 'partners' | 'contacts', file: File, matchBy: Mode = 'nameCity', mapping = {}) =>
    t.ok('imports.preview', { kind, ...file, mapping, today, matchBy });
  const commit = async (
    kind: 'partners' | 'contacts',
    file: File,
    matchBy: Mode = 'nameCity',
    mapping = {},
  ) => {
    const { fileHash } = await preview(kind, file, matchBy, mapping);
    return t.ok('imports.commit', { kind, ...file, mapping, today, matchBy, fileHash });
  };
  const partners = async () =>
    (await t.ok('partners.list', { limit: 500 })).rows.sort((a, b) => a.name.localeCompare(b.name));

  it('creates new partners and updates the one matched by name and city, field by field', async () => {
    const file = csv([
      'Name,City,Type,Country,Owner,Tags,Email,Region',
      'syarikat maju JAYA,Penang,,,Aminah Yusof,,info@maju.example,', // update: email and owner only
      'Toko Sinar,Surabaya,Retailer,Indonesia,,Paint; Hardware,,East Java',
      'Groothandel De Vries,Utrecht,groothandel,NL,aminah@example.com,,,',
    ]);
    const result = await preview('partners', file);
    expect(result.counts).toEqual({ new: 2, update: 1, unchanged: 0, error: 0 });
    expect(rowOf(result, 2)).toMatchObject({ status: 'update', partnerName: 'Syarikat Maju Jaya' });
    expect(rowOf(result, 2).previous).toEqual({ owner: '', email: '' });
    const done = await commit('partners', file);
    expect(done).toMatchObject({ cancelled: false, created: 2, updated: 1, unchanged: 0 });
    const list = await partners();
    expect(list.map((p) => [p.name, p.type, p.country, p.city, p.ownerName, p.tags])).toEqual([
      ['Groothandel De Vries', 'wholesaler', 'NL', 'Utrecht', 'Aminah Yusof', []],
      ['Syarikat Maju Jaya', 'distributor', 'MY', 'Penang', 'Aminah Yusof', []],
      ['Toko Sinar', 'retailer', 'ID', 'Surabaya', null, ['Paint', 'Hardware']],
    ]);
    const updated = await t.ok('partners.get', { id: maju });
    // Unmapped and empty cells left what was stored.
    expect(updated).toMatchObject({
      email: 'info@maju.example',
      phone: '+60 4-123 4567',
      type: 'distributor',
    });

    // One batch: one undo takes back the whole import.
    await t.ok('history.undo', { batchId: done.batchId! });
    expect((await partners()).map((p) => p.name)).toEqual(['Syarikat Maju Jaya']);
    expect(await t.ok('partners.get', { id: maju })).toMatchObject({ email: '' });
  });

  it('says which row has which error, per field, and flags duplicate rows', async () => {
    const result = await preview(
      'partners',
      csv([
        'Name,City,Type,Country,Email,Phone,Owner,Partnership start,Visit every (days)',
        'Kedai Baru,Klang,shop,MY,,,,,', // type
        'Kedai Dua,Klang,dealer,Atlantis,not-an-email,12,Nobody,31/31/2020,0', // five fields
        ',Klang,dealer,MY,,,,,', // name missing
        'Kedai Tiga,Klang,,,,,,,', // new partner without type or country
        'Kedai Empat,Ipoh,dealer,MY,,,,2020-02-01,30',
        'kedai empat,Ipoh,dealer,MY,,,,,', // duplicate of row 6
      ]),
    );
    const keys = (n: number) =>
      Object.fromEntries(Object.entries(rowOf(result, n).errors).map(([f, m]) => [f, m.key]));
    expect(keys(2)).toEqual({ type: 'dataImport.errors.partnerType' });
    expect(keys(3)).toEqual({
      country: 'dataImport.errors.country',
      email: 'validation.email',
      phone: 'validation.phone',
      owner: 'dataImport.errors.ownerUnknown',
      partnershipStart: 'dataImport.errors.date',
      visitCadenceDays: 'dataImport.errors.days',
    });
    expect(keys(4)).toEqual({ name: 'validation.required' });
    expect(keys(5)).toEqual({
      type: 'dataImport.errors.neededForNew',
      country: 'dataImport.errors.neededForNew',
    });
    expect(rowOf(result, 6).status).toBe('new');
    expect(rowOf(result, 7).errors.name?.message).toBe('Row 6 is the same record: remove one of them.');
    expect(result.counts.error).toBe(5);
    expect(rowOf(result, 3).errors.country?.message).toBe(
      "'Atlantis' is not a country: write its two-letter code (e.g. MY, ID, NL, CN).",
    );

    // A commit with errors writes nothing.
    const refused = await t.fails('imports.commit', {
      kind: 'partners',
      ...csv(['Name,Type,Country', 'A,dealer,MY', 'B,shop,MY']),
      today,
      fileHash: 'x',
    });
    expect(refused.code).toBe('VALIDATION');
    expect((await partners()).length).toBe(1);
  });

  it('matches by external id, refuses an external id another partner has, and can make every row new', async () => {
    await commit('partners', csv(['External ID,Name,City', 'C-001,Syarikat Maju Jaya,Penang']));
    expect(await t.ok('partners.get', { id: maju })).toMatchObject({ name: 'Syarikat Maju Jaya' });

    const byId = csv([
      'External ID,Name,City,Type,Country',
      'c-001,Maju Jaya Holdings,George Town,,', // renamed and moved: found by its id
      'C-002,Kedai Baru,Klang,dealer,MY',
      ',No Id,Klang,dealer,MY',
    ]);
    const result = await preview('partners', byId, 'externalId');
    expect(rowOf(result, 2)).toMatchObject({ status: 'update', partnerName: 'Syarikat Maju Jaya' });
    expect(rowOf(result, 4).errors.externalId?.key).toBe('dataImport.errors.externalIdMissing');

    const taken = await preview(
      'partners',
      csv(['External ID,Name,City,Type,Country', 'C-001,Another Shop,Ipoh,dealer,MY']),
      'nameCity',
    );
    expect(rowOf(taken, 2).errors.externalId?.message).toBe(
      "'C-001' is already the external id of Syarikat Maju Jaya.",
    );

    // External id mode without the column is a mapping error, at the field.
    const unmapped = await preview('partners', csv(['Name,Type,Country', 'X,dealer,MY']), 'externalId');
    expect(unmapped.mappingErrors.externalId?.key).toBe('validation.importUnmapped');

    const always = await commit(
      'partners',
      csv(['Name,City,Type,Country', 'Syarikat Maju Jaya,Penang,dealer,MY']),
      'new',
    );
    expect(always).toMatchObject({ created: 1, updated: 0 });
    expect((await partners()).filter((p) => p.name === 'Syarikat Maju Jaya')).toHaveLength(2);
  });

  it('imports contacts to partners found by name and city or external id, updating by name', async () => {
    await t.ok('partners.create', {
      partner: { name: 'Syarikat Maju Jaya', type: 'dealer', country: 'MY', city: 'Ipoh' },
    });
    await commit('partners', csv(['External ID,Name,City', 'C-001,Syarikat Maju Jaya,Penang']));
    await t.ok('contacts.create', { partnerId: maju, name: 'Tan Wei Ming', role: 'Buyer' });
    const file = csv(
      [
        'Partner,Partner city,Partner external ID,Name,Role,Birthday,Lunar birthday,Language,Email',
        'Syarikat Maju Jaya,Penang,,tan wei ming,Purchasing manager,1980-05-06,yes,中文,tan@maju.example',
        ',,C-001,Siti Rahman,Owner,--03-14,no,Malay,',
        'Syarikat Maju Jaya,,,Lim,,,,,', // two partners of that name
        'Unknown Sdn Bhd,,,Ali,,,,,',
        'Syarikat Maju Jaya,Penang,,Bad Dates,,1980-13-01,maybe,klingon,',
      ],
      'contacts.csv',
    );
    const result = await preview('contacts', file);
    expect(rowOf(result, 2)).toMatchObject({ status: 'update', partnerName: 'Syarikat Maju Jaya' });
    expect(rowOf(result, 3).status).toBe('new');
    expect(rowOf(result, 4).errors.partner?.key).toBe('validation.importPartnerAmbiguous');
    expect(rowOf(result, 5).errors.partner?.key).toBe('validation.importPartnerUnknown');
    expect(Object.keys(rowOf(result, 6).errors).sort()).toEqual([
      'birthday',
      'birthdayLunar',
      'preferredLanguage',
    ]);

    const clean = csv(
      [
        'Partner,Partner city,Partner external ID,Name,Role,Birthday,Lunar birthday,Language,Email',
        'Syarikat Maju Jaya,Penang,,tan wei ming,Purchasing manager,1980-05-06,yes,中文,tan@maju.example',
        ',,C-001,Siti Rahman,Owner,--03-14,no,Malay,',
      ],
      'contacts.csv',
    );
    const done = await commit('contacts', clean);
    expect(done).toMatchObject({ created: 1, updated: 1 });
    const contacts = (await t.ok('contacts.list', { partnerId: maju })).rows;
    expect(
      contacts.map((c) => [c.name, c.role, c.birthday, c.birthdayLunar, c.preferredLanguage, c.email]),
    ).toEqual([
      ['Siti Rahman', 'Owner', '--03-14', false, 'ms', ''],
      ['Tan Wei Ming', 'Purchasing manager', '1980-05-06', true, 'zh', 'tan@maju.example'],
    ]);
    // The same file again changes nothing.
    const again = await preview('contacts', clean);
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 2, error: 0 });
  });

  it('remembers the column mapping for a file with the same headers', async () => {
    const file = csv(['Toko,Lokasi,Jenis,Negara', 'Kedai A,Klang,dealer,MY']);
    const first = await preview('partners', file);
    expect(first.mappingRemembered).toBe(false);
    expect(first.mapping.name).toBeNull();
    const mapping = { name: 'Toko', city: 'Lokasi' };
    await commit('partners', file, 'nameCity', mapping);
    // Another file, same headers written differently: offered the mapping chosen last time.
    const next = await preview('partners', csv(['toko,LOKASI,Jenis,Negara', 'Kedai B,Ipoh,dealer,MY']));
    expect(next.mappingRemembered).toBe(true);
    expect(next.mapping).toMatchObject({ name: 'toko', city: 'LOKASI', type: 'Jenis', country: 'Negara' });
    expect(next.counts.new).toBe(1);
  });
});
