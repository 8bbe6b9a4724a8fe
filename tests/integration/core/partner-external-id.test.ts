// The partner's external id on a real database file: saved trimmed from the form, shown on the
// partner, kept when an edit leaves it out, and never shared by two live partners (compared as the
// import compares it), with the message at the field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

const today = '2026-11-20';
let t: TempCore;

beforeEach(async () => {
  t = await openTempCore();
});
afterEach(async () => t.dispose());

const partner = (name: string, externalId?: string) => ({
  name,
  type: 'dealer' as const,
  country: 'MY',
  city: 'Klang',
  ...(externalId === undefined ? {} : { externalId }),
});

describe('partner external id', () => {
  it('saves it trimmed, shows it, and keeps it when an edit leaves it out', async () => {
    const { id } = await t.ok('partners.create', { partner: partner('Maju Jaya', '  ERP-001  ') });
    expect((await t.ok('partners.get', { id })).externalId).toBe('ERP-001');
    await t.ok('partners.update', { id, partner: { ...partner('Maju Jaya Elektrik') } });
    expect(await t.ok('partners.get', { id })).toMatchObject({
      name: 'Maju Jaya Elektrik',
      externalId: 'ERP-001',
    });
    await t.ok('partners.update', { id, partner: partner('Maju Jaya Elektrik', '') });
    expect((await t.ok('partners.get', { id })).externalId).toBe('');
  });

  it('refuses an id another live partner has, whatever its case, with the message at the field', async () => {
    await t.ok('partners.create', { partner: partner('Maju Jaya', 'ERP-001') });
    const other = await t.ok('partners.create', { partner: partner('Sinar Timur', 'ERP-002') });

    const created = await t.fails('partners.create', { partner: partner('Kedai Baru', ' erp-001 ') });
    expect(created.code).toBe('VALIDATION');
    expect(created.fields?.externalId).toMatchObject({
      key: 'dataImport.errors.externalIdTaken',
      params: { value: 'erp-001', name: 'Maju Jaya' },
      message: "'erp-001' is already the external id of Maju Jaya.",
    });
    const updated = await t.fails('partners.update', {
      id: other.id,
      partner: partner('Sinar Timur', 'Erp-001'),
    });
    expect(updated.fields?.externalId?.params).toEqual({ value: 'Erp-001', name: 'Maju Jaya' });
    // Nothing was written by either refusal.
    expect((await t.ok('partners.get', { id: other.id })).externalId).toBe('ERP-002');
    expect((await t.ok('partners.list', {})).total).toBe(2);

    // Saving a partner with its own id is no clash.
    await t.ok('partners.update', { id: other.id, partner: partner('Sinar Timur Trading', 'ERP-002') });
  });

  it('frees the id when its partner is deleted, and the import finds the partner by it', async () => {
    const { id } = await t.ok('partners.create', { partner: partner('Maju Jaya', 'ÉCOLE-7') });
    // Non-ASCII ids compare without case too (SQLite's upper() would not).
    expect((await t.fails('partners.create', { partner: partner('B', 'école-7') })).code).toBe('VALIDATION');
    await t.ok('partners.delete', { id });
    await t.ok('partners.create', { partner: partner('Kedai Baru', 'école-7') });

    const csv = 'External ID,Name,City,Type,Country\r\nÉCOLE-7,Kedai Baru Sdn Bhd,Klang,dealer,MY\r\n';
    const file = { fileName: 'partners.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const preview = await t.ok('imports.preview', {
      kind: 'partners',
      ...file,
      today,
      matchBy: 'externalId',
    });
    expect(preview.counts).toMatchObject({ update: 1, new: 0, error: 0 });
  });
});
