import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

describe('greetings on a real database file', () => {
  let t: TempCore;
  let partnerId: string;
  let contactId: string;
  beforeEach(async () => {
    t = await openTempCore();
    const { profile } = await t.ok('app.status', {});
    await t.ok('owners.update', { id: profile.id, name: 'Aisha Rahman', email: '', region: '' });
    ({ id: partnerId } = await t.ok('partners.create', {
      partner: { name: 'Syarikat Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang' },
    }));
    ({ id: contactId } = await t.ok('contacts.create', {
      partnerId,
      name: 'Tan Wei Ming',
      whatsapp: '012-345 6789',
      email: 'weiming@majujaya.my',
      preferredLanguage: 'ms',
    }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('composes in the contact language with wa.me and mailto links built from the text', async () => {
    const greeting = await t.ok('greetings.compose', {
      partnerId,
      contactId,
      occasion: 'hari-raya-aidilfitri',
      date: '2026-03-20',
    });
    expect(greeting.language).toBe('ms');
    expect(greeting.contactName).toBe('Tan Wei Ming');
    expect(greeting.text).toContain('Wei Ming');
    expect(greeting.text).toContain('Aisha Rahman');
    expect(greeting.text).not.toContain('{{');
    // A local Malaysian number gets the partner country's calling code.
    expect(greeting.whatsappUrl).toBe(`https://wa.me/60123456789?text=${encodeURIComponent(greeting.text)}`);
    expect(greeting.emailUrl).toMatch(
      /^mailto:weiming@majujaya\.my\?subject=Selamat%20Hari%20Raya%20Aidilfitri&body=/,
    );
    expect(greeting.missing).toEqual({});
    expect(greeting.suppressed).toBeNull();

    const english = await t.ok('greetings.compose', {
      partnerId,
      contactId,
      occasion: 'anniversary',
      years: 7,
    });
    expect(english.text).toMatch(/7/);
  });

  it('says what is missing for a contact without phone or e-mail, and refuses a contact of another partner', async () => {
    const { id: bare } = await t.ok('contacts.create', { partnerId, name: 'Lim Ah Kow' });
    const greeting = await t.ok('greetings.compose', { partnerId, contactId: bare, occasion: 'birthday' });
    expect(greeting.whatsappUrl).toBeNull();
    expect(greeting.emailUrl).toBeNull();
    expect(greeting.missing.whatsapp).toMatchObject({
      key: 'greeting.noPhone',
      params: { name: 'Lim Ah Kow' },
      message: 'No WhatsApp number or phone for Lim Ah Kow.',
    });
    expect(greeting.missing.email).toMatchObject({
      key: 'greeting.noEmail',
      message: 'No e-mail address for Lim Ah Kow.',
    });
    expect(greeting.text).toContain('Ah Kow');

    const { id: otherPartner } = await t.ok('partners.create', {
      partner: { name: 'Toko Sinar', type: 'retailer', country: 'ID', city: 'Medan' },
    });
    const wrong = await t.fails('greetings.compose', {
      partnerId: otherPartner,
      contactId,
      occasion: 'birthday',
    });
    expect(wrong.code).toBe('VALIDATION');
    expect(Object.keys(wrong.fields ?? {})).toEqual(['contactId']);
    const wrongSend = await t.fails('greetings.markSent', {
      partnerId: otherPartner,
      contactId,
      occasion: 'birthday',
      channel: 'copy',
      language: 'ms',
      text: 'Selamat hari jadi',
      itemKey: 'x',
      date: '2026-05-01',
    });
    expect(wrongSend.fields?.contactId).toBeDefined();
    expect(await t.ok('greetings.listForPartner', { partnerId: otherPartner })).toEqual([]);
  });

  it('a phone written without country code for a partner in an unknown market says so', async () => {
    const { id: far } = await t.ok('partners.create', {
      partner: { name: 'Far Away Trading', type: 'retailer', country: 'ZA', city: 'Durban' },
    });
    const { id: contact } = await t.ok('contacts.create', {
      partnerId: far,
      name: 'Thandi Nkosi',
      phone: '082 555 1234',
    });
    const greeting = await t.ok('greetings.compose', {
      partnerId: far,
      contactId: contact,
      occasion: 'birthday',
    });
    expect(greeting.whatsappUrl).toBeNull();
    expect(greeting.missing.whatsapp?.key).toBe('greeting.phoneWithoutCountryCode');
  });

  it('holds festive greetings back while the contact or the company mourns, until the date', async () => {
    const contact = await t.ok('contacts.get', { id: contactId });
    await t.ok('contacts.update', {
      ...contact,
      careStatus: 'mourning',
      careStatusUntil: '2026-12-12',
      careStatusNote: 'Father passed away in November.',
    });
    const stored = await t.ok('contacts.get', { id: contactId });
    expect(stored).toMatchObject({
      careStatus: 'mourning',
      careStatusUntil: '2026-12-12',
      careStatusNote: 'Father passed away in November.',
    });
    const during = await t.ok('greetings.compose', {
      partnerId,
      contactId,
      occasion: 'christmas',
      date: '2026-12-12',
    });
    expect(during.suppressed).toEqual({ status: 'mourning', until: '2026-12-12', of: 'contact' });
    const after = await t.ok('greetings.compose', {
      partnerId,
      contactId,
      occasion: 'christmas',
      date: '2026-12-13',
    });
    expect(after.suppressed).toBeNull();

    const partner = await t.ok('partners.get', { id: partnerId });
    await t.ok('partners.update', {
      id: partnerId,
      partner: {
        name: partner.name,
        type: partner.type,
        country: partner.country,
        city: partner.city,
        careStatus: 'hardship',
        careStatusUntil: null,
        careStatusNote: 'Warehouse flooded.',
      },
    });
    expect(await t.ok('partners.get', { id: partnerId })).toMatchObject({
      careStatus: 'hardship',
      careStatusUntil: null,
      careStatusNote: 'Warehouse flooded.',
    });
    const hardship = await t.ok('greetings.compose', {
      partnerId,
      contactId,
      occasion: 'christmas',
      date: '2027-01-05',
    });
    expect(hardship.suppressed).toEqual({ status: 'hardship', until: null, of: 'partner' });
  });

  it('logs a sent greeting once per item and contact, marks its event done, shows it on the timeline and undoes', async () => {
    const { id: eventId } = await t.ok('careEvents.create', {
      partnerId,
      kind: 'festival',
      title: 'Hari Raya greetings',
      contactIds: [contactId],
      start: '2026-03-20',
    });
    const sent = {
      partnerId,
      contactId,
      occasion: 'hari-raya-aidilfitri',
      channel: 'whatsapp',
      language: 'ms',
      text: 'Selamat Hari Raya, Wei Ming!',
      itemKey: 'festival:MY:hari-raya-aidilfitri:2026-03-20:' + partnerId,
      date: '2026-03-20',
      careEventId: eventId,
    } as const;
    const first = await t.ok('greetings.markSent', sent);
    expect(first.batchId).not.toBe('');
    const again = await t.ok('greetings.markSent', { ...sent, channel: 'email' });
    expect(again).toEqual({ id: first.id, batchId: '' });

    const log = await t.ok('greetings.listForPartner', { partnerId });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      contactName: 'Tan Wei Ming',
      channel: 'whatsapp',
      occasion: 'hari-raya-aidilfitri',
      sentOn: '2026-03-20',
    });
    expect((await t.ok('careEvents.get', { id: eventId })).status).toBe('done');

    const timeline = await t.ok('partners.timeline', { partnerId });
    const entry = timeline.find((e) => e.entity === 'greeting');
    expect(entry).toMatchObject({ kind: 'created', entityName: 'Tan Wei Ming (Hari Raya Aidilfitri)' });
    const status = await t.ok('history.status', {});
    expect(JSON.stringify(status)).toContain('Greet Tan Wei Ming: Hari Raya Aidilfitri');

    await t.ok('history.undo', { batchId: first.batchId });
    expect(await t.ok('greetings.listForPartner', { partnerId })).toEqual([]);
    expect((await t.ok('careEvents.get', { id: eventId })).status).toBe('planned');
    // After undo the same item can be greeted again.
    const third = await t.ok('greetings.markSent', sent);
    expect(third.id).not.toBe(first.id);
  });

  it('files a greeting sent from a contact card under the nearest birthday or festival, so the calendar ticks it', async () => {
    const { id: birthdayContact } = await t.ok('contacts.create', {
      partnerId,
      name: 'Lim Mei Ling',
      birthday: '1985-12-03',
    });
    const send = (contact: string, occasion: 'birthday' | 'christmas', date: string) =>
      t.ok('greetings.markSent', {
        partnerId,
        contactId: contact,
        occasion,
        channel: 'copy',
        language: 'en',
        text: 'Best wishes',
        itemKey: `manual:${occasion}:${contact}:${date}`,
        date,
      });
    // Two days early still counts for the birthday; the calendar shows it greeted.
    await send(birthdayContact, 'birthday', '2026-12-01');
    const december = await t.ok('calendar.range', { from: '2026-12-01', to: '2026-12-31', partnerId });
    expect(december.items.find((item) => item.contactId === birthdayContact)).toMatchObject({
      start: '2026-12-03',
      greeted: true,
    });
    await send(contactId, 'christmas', '2026-12-24');
    const recipients = await t.ok('greetings.festivalRecipients', {
      festivalKey: 'christmas',
      country: 'MY',
      date: '2026-12-25',
    });
    expect(recipients.recipients.find((r) => r.partnerId === partnerId)?.greeted).toBe(true);
    // Far from any birthday, the greeting keeps its own key (and is logged all the same).
    const lateLog = await send(birthdayContact, 'birthday', '2026-06-15');
    expect(lateLog.batchId).not.toBe('');
    const log = await t.ok('greetings.listForPartner', { partnerId });
    expect(log.map((entry) => entry.itemKey).sort()).toEqual([
      `birthday:${birthdayContact}:2026-12-03`,
      `festival:MY:christmas:2026-12-25:${partnerId}`,
      `manual:birthday:${birthdayContact}:2026-06-15`,
    ]);
  });

  it('refuses a care event of another partner without logging anything', async () => {
    const { id: other } = await t.ok('partners.create', {
      partner: { name: 'Toko Sinar', type: 'retailer', country: 'ID', city: 'Medan' },
    });
    const { id: eventId } = await t.ok('careEvents.create', {
      partnerId: other,
      kind: 'festival',
      title: 'Imlek',
      start: '2026-02-17',
    });
    const error = await t.fails('greetings.markSent', {
      partnerId,
      contactId,
      occasion: 'birthday',
      channel: 'copy',
      language: 'ms',
      text: 'Selamat hari jadi!',
      itemKey: 'birthday:x',
      date: '2026-05-01',
      careEventId: eventId,
    });
    expect(Object.keys(error.fields ?? {})).toEqual(['careEventId']);
    expect(await t.ok('greetings.listForPartner', { partnerId })).toEqual([]);
  });

  it('templates: saves the user text, names unknown merge fields, resets to the default', async () => {
    const before = await t.ok('greetingTemplates.list', {});
    expect(before).toHaveLength(17 * 5);
    expect(before.every((template) => !template.custom && template.body === template.defaultBody)).toBe(true);

    const bad = await t.fails('greetingTemplates.save', {
      occasion: 'birthday',
      language: 'ms',
      body: 'Hai {{foo}} dan {{ bar }}, {{contactFirstName}}!',
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fields?.body).toMatchObject({
      key: 'validation.templateField',
      params: { fields: '{{foo}}, {{bar}}' },
    });
    const broken = await t.fails('greetingTemplates.save', {
      occasion: 'birthday',
      language: 'ms',
      body: 'Hai {{contactFirstName}',
    });
    expect(broken.fields?.body?.key).toBe('greeting.unbalancedBraces');

    const body = 'Selamat hari jadi {{contactFirstName}} dari {{partnerName}}! — {{senderName}}';
    const saved = await t.ok('greetingTemplates.save', { occasion: 'birthday', language: 'ms', body });
    const mine = (await t.ok('greetingTemplates.list', {})).find(
      (row) => row.occasion === 'birthday' && row.language === 'ms',
    );
    expect(mine).toMatchObject({ body, custom: true });
    const composed = await t.ok('greetings.compose', { partnerId, contactId, occasion: 'birthday' });
    expect(composed.text).toBe('Selamat hari jadi Wei Ming dari Syarikat Maju Jaya! — Aisha Rahman');
    // Saving again edits the same row (one per occasion and language).
    await t.ok('greetingTemplates.save', { occasion: 'birthday', language: 'ms', body: `${body} 🎂` });
    const edited = await t.ok('greetingTemplates.save', {
      occasion: 'birthday',
      language: 'ms',
      body: `${body} 🎂`,
    });
    expect(edited).toEqual({ id: saved.id, batchId: '' });

    const reset = await t.ok('greetingTemplates.reset', { occasion: 'birthday', language: 'ms' });
    expect(reset.batchId).not.toBe('');
    const after = (await t.ok('greetingTemplates.list', {})).find(
      (row) => row.occasion === 'birthday' && row.language === 'ms',
    );
    expect(after?.custom).toBe(false);
    expect(
      (await t.ok('greetings.compose', { partnerId, contactId, occasion: 'birthday' })).text,
    ).not.toContain('dari Syarikat');
    expect(await t.ok('greetingTemplates.reset', { occasion: 'birthday', language: 'ms' })).toMatchObject({
      batchId: '',
    });
    // Undo of the reset brings the user's text back.
    await t.ok('history.undo', { batchId: reset.batchId });
    expect((await t.ok('greetings.compose', { partnerId, contactId, occasion: 'birthday' })).text).toContain(
      'dari Syarikat Maju Jaya',
    );
  });

  it('festival recipients: the partners of the country in the filter, first contact, greeted and mourning marks', async () => {
    const { profile } = await t.ok('app.status', {});
    const { id: teammate } = await t.ok('owners.create', { name: 'Budi', email: '', region: '' });
    const make = async (name: string, extra: Record<string, unknown> = {}) =>
      (
        await t.ok('partners.create', {
          partner: { name, type: 'retailer', country: 'MY', city: 'Ipoh', ownerId: profile.id, ...extra },
        })
      ).id;
    const alpha = await make('Alpha Trading', { region: 'North' });
    const beta = await make('Beta Hardware', { careStatus: 'mourning', careStatusUntil: '2026-12-31' });
    const gamma = await make('gamma Supplies', { ownerId: teammate });
    await t.ok('partners.create', {
      partner: { name: 'Toko Sinar', type: 'retailer', country: 'ID', city: 'Medan' },
    });
    const { id: alphaFirst } = await t.ok('contacts.create', { partnerId: alpha, name: 'Zainal Abidin' });
    await t.ok('contacts.create', { partnerId: alpha, name: 'Ahmad Faiz' });
    const date = '2026-12-25';
    const festivalKey = `festival:MY:christmas:${date}`;
    await t.ok('greetings.markSent', {
      partnerId,
      contactId,
      occasion: 'christmas',
      channel: 'copy',
      language: 'ms',
      text: 'Selamat Hari Krismas!',
      itemKey: `${festivalKey}:${partnerId}`,
      date,
    });

    const all = await t.ok('greetings.festivalRecipients', { festivalKey: 'christmas', country: 'MY', date });
    expect(all.total).toBe(4);
    expect(all.greetedCount).toBe(1);
    expect(all.recipients.map((r) => r.partnerName)).toEqual([
      'Alpha Trading',
      'Beta Hardware',
      'gamma Supplies',
      'Syarikat Maju Jaya',
    ]);
    const byName = new Map(all.recipients.map((r) => [r.partnerName, r]));
    expect(byName.get('Alpha Trading')).toMatchObject({
      contactId: alphaFirst,
      contactName: 'Zainal Abidin',
      greeted: false,
      suppressed: null,
      itemKey: `${festivalKey}:${alpha}`,
    });
    expect(byName.get('Beta Hardware')).toMatchObject({
      contactId: null,
      suppressed: { status: 'mourning', of: 'partner' },
    });
    expect(byName.get('Syarikat Maju Jaya')).toMatchObject({ greeted: true, contactName: 'Tan Wei Ming' });

    const page = await t.ok('greetings.festivalRecipients', {
      festivalKey: 'christmas',
      country: 'MY',
      date,
      limit: 2,
      offset: 2,
    });
    expect(page.recipients.map((r) => r.partnerId)).toEqual([gamma, partnerId]);
    expect(page.total).toBe(4);

    const mine = await t.ok('greetings.festivalRecipients', {
      festivalKey: 'christmas',
      country: 'MY',
      date,
      ownerIds: [profile.id],
      regions: ['North'],
    });
    expect(mine.recipients.map((r) => r.partnerId)).toEqual([alpha]);
    expect(mine).toMatchObject({ total: 1, greetedCount: 0 });
    // Another year's Christmas is a different item: nobody greeted yet.
    const nextYear = await t.ok('greetings.festivalRecipients', {
      festivalKey: 'christmas',
      country: 'MY',
      date: '2027-12-25',
    });
    expect(nextYear.greetedCount).toBe(0);
    expect(beta).toBeTruthy();
  });
});
