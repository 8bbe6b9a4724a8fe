import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

describe('contacts, owners, quick search and undo on a real database file', () => {
  let t: TempCore;
  let partnerId: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: partnerId } = await t.ok('partners.create', {
      partner: { name: 'PT Sumber Makmur', type: 'dealer', country: 'ID', city: 'Bandung' },
    }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('creates, lists, edits and deletes contacts of a partner', async () => {
    const { id } = await t.ok('contacts.create', {
      partnerId,
      name: 'Budi Santoso',
      role: 'Owner',
      whatsapp: '+62 812-3456-7890',
      birthday: '--02-29',
      preferredLanguage: 'id',
    });
    expect(await t.ok('contacts.get', { id })).toMatchObject({
      partnerName: 'PT Sumber Makmur',
      birthday: '--02-29',
    });
    expect((await t.ok('partners.get', { id: partnerId })).contactCount).toBe(1);
    await t.ok('contacts.update', {
      id,
      partnerId,
      name: 'Budi Santoso',
      role: 'Director',
      birthday: '1980-06-15',
    });
    const list = await t.ok('contacts.list', { partnerId });
    expect(list.rows.map((c) => [c.role, c.birthday])).toEqual([['Director', '1980-06-15']]);
    await t.ok('contacts.delete', { id });
    expect((await t.ok('contacts.list', {})).total).toBe(0);
    const kinds = (await t.ok('partners.timeline', { partnerId })).map((e) => `${e.entity}:${e.kind}`);
    expect(kinds).toEqual(['contact:deleted', 'contact:updated', 'contact:created', 'partner:created']);
  });

  it('deleting a partner deletes its contacts with it, and one undo restores all', async () => {
    await t.ok('contacts.create', { partnerId, name: 'Budi Santoso' });
    await t.ok('contacts.create', { partnerId, name: 'Dewi Lestari' });
    expect((await t.ok('app.status', {})).contactCount).toBe(2);
    const deleted = await t.ok('partners.delete', { id: partnerId });
    expect(await t.ok('app.status', {})).toMatchObject({ partnerCount: 0, contactCount: 0 });
    expect((await t.ok('contacts.list', {})).total).toBe(0);
    await t.ok('history.undo', { batchId: deleted.batchId });
    expect(await t.ok('app.status', {})).toMatchObject({ partnerCount: 1, contactCount: 2 });
    expect((await t.ok('contacts.list', { partnerId })).rows.map((c) => c.name)).toEqual([
      'Budi Santoso',
      'Dewi Lestari',
    ]);
  });

  it('refuses impossible birthdays and unknown partners', async () => {
    for (const birthday of ['2023-02-31', '--02-30', '1899-01-01', '2025-13-01', 'soon']) {
      const error = await t.fails('contacts.create', { partnerId, name: 'X', birthday });
      expect(error.fields?.birthday?.key, birthday).toBe('validation.birthday');
    }
    expect((await t.fails('contacts.create', { partnerId, name: 'X', birthday: '2023-02-29' })).code).toBe(
      'VALIDATION',
    );
    await t.ok('contacts.create', { partnerId, name: 'Leap', birthday: '2024-02-29' });
    const error = await t.fails('contacts.create', { partnerId: '01JAAAAAAAAAAAAAAAAAAAAAAA', name: 'X' });
    expect(error.fields?.partnerId?.key).toBe('validation.id');
  });

  it('keeps a profile for the local user and manages teammates', async () => {
    const status = await t.ok('app.status', {});
    expect(status.profile.isMe).toBe(true);
    expect(status.schemaVersion).toBeGreaterThanOrEqual(2);
    await t.ok('profile.update', {
      name: 'Aisyah Rahman',
      email: 'aisyah@brand.example',
      region: 'Klang Valley',
    });
    const mate = await t.ok('owners.create', { name: 'Jan de Vries', region: 'Randstad' });
    await t.ok('partners.update', {
      id: partnerId,
      partner: { name: 'PT Sumber Makmur', type: 'dealer', country: 'ID', city: 'Bandung', ownerId: mate.id },
    });
    const owners = await t.ok('owners.list', {});
    expect(owners.map((o) => [o.name, o.isMe, o.partnerCount])).toEqual([
      ['Aisyah Rahman', true, 0],
      ['Jan de Vries', false, 1],
    ]);
    await t.ok('owners.update', { id: mate.id, name: 'Jan van Dijk', region: 'Randstad' });
    expect((await t.ok('partners.get', { id: partnerId })).ownerName).toBe('Jan van Dijk');
    expect((await t.ok('partners.list', { sort: 'ownerName' })).rows[0]?.ownerName).toBe('Jan van Dijk');
    expect((await t.fails('owners.delete', { id: status.profile.id })).code).toBe('FORBIDDEN');
    const timeline = await t.ok('partners.timeline', { partnerId });
    expect(timeline[0]?.actorName).toBe('Aisyah Rahman');

    // Removing a teammate unassigns their partners in the same, undoable, change.
    const removed = await t.ok('owners.delete', { id: mate.id });
    expect((await t.ok('partners.get', { id: partnerId })).ownerId).toBeNull();
    expect((await t.ok('owners.list', {})).map((o) => o.name)).toEqual(['Aisyah Rahman']);
    await t.ok('history.undo', { batchId: removed.batchId });
    expect(await t.ok('partners.get', { id: partnerId })).toMatchObject({
      ownerId: mate.id,
      ownerName: 'Jan van Dijk',
    });
  });

  it('finds partners and contacts by name prefix for the command palette', async () => {
    await t.ok('contacts.create', { partnerId, name: 'Budi Santoso' });
    const { results } = await t.ok('search.quick', { query: 'sum' });
    expect(results.map((r) => [r.kind, r.title])).toEqual([['partner', 'PT Sumber Makmur']]);
    const contacts = await t.ok('search.quick', { query: 'bud san' });
    expect(contacts.results).toEqual([
      expect.objectContaining({ kind: 'contact', title: 'Budi Santoso', partnerId }),
    ]);
    expect((await t.ok('search.quick', { query: '"*:(' })).results).toEqual([]);
  });

  it('Ctrl+Z undoes the last local change, then the one before', async () => {
    const { id } = await t.ok('contacts.create', { partnerId, name: 'Dewi Lestari' });
    await t.ok('contacts.update', { id, partnerId, name: 'Dewi Lestari', role: 'Finance' });
    expect(await t.ok('history.status', {})).toEqual({ canUndo: true, label: 'Edit contact Dewi Lestari' });
    expect(await t.ok('history.undo', {})).toEqual({ undone: true, label: 'Edit contact Dewi Lestari' });
    expect((await t.ok('contacts.get', { id })).role).toBe('');
    expect(await t.ok('history.undo', {})).toEqual({ undone: true, label: 'Add contact Dewi Lestari' });
    expect((await t.fails('contacts.get', { id })).code).toBe('NOT_FOUND');
    expect(await t.ok('history.undo', {})).toMatchObject({ label: 'Create partner PT Sumber Makmur' });
    expect(await t.ok('history.undo', {})).toEqual({ undone: false, label: null });
    expect(await t.ok('history.status', {})).toEqual({ canUndo: false, label: null });
  });

  it('answers VALIDATION for malformed payloads and NOT_FOUND for unknown procedures', async () => {
    expect((await t.fails('partners.list', { limit: 'all' })).code).toBe('VALIDATION');
    expect((await t.fails('partners.get', null)).code).toBe('VALIDATION');
    expect((await t.fails('partners.get', { id: 5 })).fields?.id).toBeDefined();
    expect((await t.fails('partners.drop', {})).code).toBe('NOT_FOUND');
  });

  it('keeps everything across a restart of the core', async () => {
    const before = await t.ok('app.status', {});
    await t.core.close();
    const reopened = await openTempCore(t.dataDir);
    const after = await reopened.ok('app.status', {});
    expect(after.replicaId).toBe(before.replicaId);
    expect(after.profile.id).toBe(before.profile.id);
    expect(after.partnerCount).toBe(1);
    const dataDir = t.dataDir;
    t = {
      ...reopened,
      dispose: async () => {
        await reopened.dispose();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  });
});
