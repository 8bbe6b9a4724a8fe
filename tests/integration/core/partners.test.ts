import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartnerInput } from '../../../src/shared/partners';
import { openTempCore, type TempCore } from './temp-core';

const acme: PartnerInput = {
  name: 'Maju Jaya Trading',
  type: 'distributor',
  country: 'MY',
  city: 'Kuala Lumpur',
  region: 'Klang Valley',
  email: 'sales@majujaya.com.my',
  phone: '+60 3-2161 1234',
  website: 'majujaya.com.my',
  tags: ['key account', 'Key Account', 'export'],
};

describe('partners procedures on a real database file', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('creates a partner, normalizes input and reads it back', async () => {
    const { id, batchId } = await t.ok('partners.create', { partner: acme });
    expect(batchId).toMatch(/^[0-9A-Z]{26}$/);
    const partner = await t.ok('partners.get', { id });
    expect(partner).toMatchObject({
      name: 'Maju Jaya Trading',
      status: 'active',
      website: 'https://majujaya.com.my',
      tags: ['key account', 'export'],
      contactCount: 0,
      ownerId: null,
    });
  });

  it('answers VALIDATION with a message per field and writes nothing', async () => {
    const error = await t.fails('partners.create', {
      partner: {
        ...acme,
        name: '   ',
        email: 'not-an-email',
        phone: '12',
        website: 'http://',
        country: 'XX',
        type: 'boss',
        partnershipStart: '2026-02-31',
      },
    });
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(
      [
        'partner.country',
        'partner.email',
        'partner.name',
        'partner.partnershipStart',
        'partner.phone',
        'partner.type',
        'partner.website',
      ].sort(),
    );
    expect(error.fields?.['partner.email']?.message).toMatch(/e-mail/);
    expect((await t.ok('partners.list', {})).total).toBe(0);
  });

  it('rejects a name over 200 characters and notes over 10,000', async () => {
    const error = await t.fails('partners.create', {
      partner: { ...acme, name: 'x'.repeat(10_001), notes: 'y'.repeat(10_001) },
    });
    expect(error.fields?.['partner.name']?.params).toEqual({ max: 200 });
    expect(error.fields?.['partner.notes']?.message).toMatch(/at most 10000/);
  });

  it('warns about a duplicate name in the same city and saves when the user insists', async () => {
    await t.ok('partners.create', { partner: acme });
    const error = await t.fails('partners.create', { partner: { ...acme, name: 'maju jaya trading' } });
    expect(error.code).toBe('CONFLICT');
    expect(error.details?.duplicates).toHaveLength(1);
    await t.ok('partners.create', { partner: { ...acme, city: 'Penang' } });
    await t.ok('partners.create', { partner: acme, allowDuplicate: true });
    expect((await t.ok('partners.list', {})).total).toBe(3);
  });

  it('stores quotes, SQL and HTML as plain text', async () => {
    const name = `Robert'); DROP TABLE partners;-- <script>alert("x")</script>`;
    const { id } = await t.ok('partners.create', {
      partner: { ...acme, name, notes: '"; select * from owners' },
    });
    expect((await t.ok('partners.get', { id })).name).toBe(name);
    const found = await t.ok('partners.list', { search: 'DROP TABLE' });
    expect(found.rows.map((r) => r.id)).toEqual([id]);
  });

  it('filters by region, country, type, status, owner and tag, sorts, and pages', async () => {
    const owner = await t.ok('owners.create', { name: 'Siti Rahman', region: 'Klang Valley' });
    const rows: PartnerInput[] = [
      { ...acme, name: 'Alpha', ownerId: owner.id, status: 'active', tags: ['vip'] },
      { ...acme, name: 'Bravo', type: 'dealer', status: 'paused' },
      { ...acme, name: 'Charlie', country: 'ID', city: 'Jakarta', region: 'Jabodetabek', tags: ['vip'] },
      { ...acme, name: 'Delta', country: 'NL', city: 'Utrecht', region: 'Randstad', ownerId: owner.id },
    ];
    for (const partner of rows) await t.ok('partners.create', { partner });

    const names = async (input: Parameters<TempCore['ok']>[1]) =>
      (await t.ok('partners.list', input as never)).rows.map((r) => r.name);
    expect(await names({ regions: ['Klang Valley'] })).toEqual(['Alpha', 'Bravo']);
    expect(await names({ countries: ['ID', 'NL'] })).toEqual(['Charlie', 'Delta']);
    expect(await names({ types: ['dealer'] })).toEqual(['Bravo']);
    expect(await names({ statuses: ['paused'] })).toEqual(['Bravo']);
    expect(await names({ ownerIds: [owner.id] })).toEqual(['Alpha', 'Delta']);
    expect(await names({ ownerIds: ['none'] })).toEqual(['Bravo', 'Charlie']);
    expect(await names({ tags: ['vip'] })).toEqual(['Alpha', 'Charlie']);
    expect(await names({ sort: 'name', direction: 'desc' })).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
    expect(await names({ sort: 'country' })).toEqual(['Charlie', 'Alpha', 'Bravo', 'Delta']);
    const page = await t.ok('partners.list', { offset: 1, limit: 2 });
    expect(page.rows.map((r) => r.name)).toEqual(['Bravo', 'Charlie']);
    expect(page.total).toBe(4);
    expect(await names({ search: 'char' })).toEqual(['Charlie']);
    const alpha = (await t.ok('partners.list', { search: 'alpha' })).rows[0];
    expect(alpha?.ownerName).toBe('Siti Rahman');

    const facets = await t.ok('partners.facets', {});
    expect(facets.regions).toEqual(['Jabodetabek', 'Klang Valley', 'Randstad']);
    expect(facets.countries).toEqual(['ID', 'MY', 'NL']);
    expect(facets.tags).toEqual(['export', 'key account', 'vip']);
  });

  it('updates field by field and records old and new values on the timeline', async () => {
    const { id } = await t.ok('partners.create', { partner: acme });
    await t.ok('partners.update', { id, partner: { ...acme, city: 'Shah Alam', status: 'paused' } });
    // The status edit also scores the partner for the first time (its starting tier is on the timeline).
    const timeline = (await t.ok('partners.timeline', { partnerId: id })).filter(
      (e) => e.entity !== 'tierChange',
    );
    expect(timeline.map((e) => e.kind)).toEqual(['updated', 'created']);
    expect(timeline[0]?.changes).toEqual([
      { field: 'status', oldValue: 'active', newValue: 'paused' },
      { field: 'city', oldValue: 'Kuala Lumpur', newValue: 'Shah Alam' },
    ]);
    expect(timeline[0]?.actorName).not.toBe('');
  });

  it('saving without changes makes no batch', async () => {
    const { id } = await t.ok('partners.create', { partner: acme });
    const result = await t.ok('partners.update', { id, partner: acme });
    expect(result.batchId).toBe('');
    expect(await t.ok('partners.timeline', { partnerId: id })).toHaveLength(1);
  });

  it('deletes with a tombstone and undo brings the partner back', async () => {
    const { id } = await t.ok('partners.create', { partner: acme });
    const deleted = await t.ok('partners.delete', { id });
    expect((await t.fails('partners.get', { id })).code).toBe('NOT_FOUND');
    expect((await t.ok('partners.list', {})).total).toBe(0);
    expect((await t.ok('partners.facets', {})).tags).toEqual([]);

    const undo = await t.ok('history.undo', { batchId: deleted.batchId });
    expect(undo).toEqual({ undone: true, label: 'Delete partner Maju Jaya Trading' });
    expect((await t.ok('partners.get', { id })).name).toBe('Maju Jaya Trading');
    expect((await t.ok('partners.facets', {})).tags).toEqual(['export', 'key account']);
    const kinds = (await t.ok('partners.timeline', { partnerId: id }))
      .filter((e) => e.entity !== 'tierChange')
      .map((e) => e.kind);
    expect(kinds).toEqual(['restored', 'deleted', 'created']);
    expect((await t.fails('history.undo', { batchId: deleted.batchId })).code).toBe('CONFLICT');
  });

  it('rejects an owner that does not exist', async () => {
    const error = await t.fails('partners.create', {
      partner: { ...acme, ownerId: '01JAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.ownerId?.key).toBe('validation.id');
  });

  it('emits a change event naming the tables after each write', async () => {
    const events: string[][] = [];
    t.core.onChange((event) => events.push(event.tables));
    const { id } = await t.ok('partners.create', { partner: acme });
    await t.ok('contacts.create', { partnerId: id, name: 'Tan Mei Ling' });
    expect(events).toEqual([['partners'], ['contacts']]);
  });
});
