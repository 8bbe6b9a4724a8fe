import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as searchMigration from '../../../src/core/db/migrations/0008-search';
import type { SearchHit } from '../../../src/shared/search';
import { SyncRelay } from '../../support/sync-relay';
import { openReplica, pullAll, pushAll, type Replica } from '../sync/replica-core';
import { openTempCore, type TempCore } from './temp-core';

const today = '2026-03-10';

/** Snippet segments as text with the matches in [brackets], easy to read in an assertion. */
const marked = (hit: SearchHit | undefined) =>
  (hit?.snippet ?? []).map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('');

describe('search.everywhere on a real database file', () => {
  let t: TempCore;
  let partnerId: string;
  let contactId: string;
  const search = async (query: string, limit = 20) =>
    (await t.ok('search.everywhere', { query, limit })).results;
  const kindsAndIds = async (query: string) => (await search(query)).map((hit) => `${hit.kind}:${hit.id}`);
  const note = async (notes: string, purpose = '', partner = partnerId) =>
    (await t.ok('visitNotes.create', { partnerId: partner, date: today, purpose, notes })).id;

  beforeEach(async () => {
    t = await openTempCore();
    ({ id: partnerId } = await t.ok('partners.create', {
      partner: { name: 'Syarikat Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang' },
    }));
    ({ id: contactId } = await t.ok('contacts.create', {
      partnerId,
      name: 'Tan Mei Ling',
      role: 'Purchasing manager',
      interests: 'Badminton and durian season',
    }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('finds every kind by a word of its text, each with its snippet', async () => {
    const noteId = await note(
      'Discussed the new shelf layout.\n\nThey want the *quokka* display by May.',
      'Quarterly visit',
    );
    const { id: disputeId } = await t.ok('disputes.create', {
      dispute: {
        kind: 'price',
        title: 'Price undercut in Ipoh',
        description: 'Dealer sold below the floor price.',
        partnerIds: [partnerId],
        // Low: a high one would open a retention case by itself, and this test opens its own.
        severity: 'low',
      },
    });
    await t.ok('disputes.addEntry', {
      disputeId,
      kind: 'call',
      text: 'Called the owner about the wombat promotion',
    });
    const { id: caseId } = await t.ok('retentionCases.open', {
      partnerId,
      situation: 'falling-orders',
      reason: 'Orders fell after the platypus campaign ended',
      today,
    });
    await t.ok('retentionActions.create', {
      caseId,
      action: { kind: 'deep-communication', title: 'Call about numbat rebate', dueDate: today },
    });
    const { id: greetingId } = await t.ok('greetings.markSent', {
      partnerId,
      contactId,
      occasion: 'birthday',
      channel: 'copy',
      language: 'en',
      text: 'Happy birthday, Mei Ling! Enjoy the kookaburra cake.',
      itemKey: `birthday:${contactId}:2026-03-10`,
      date: today,
    });

    const [partner] = await search('Maju');
    expect(partner).toMatchObject({
      kind: 'partner',
      id: partnerId,
      name: 'Syarikat Maju Jaya',
      city: 'Penang',
    });
    const [contact] = await search('durian');
    expect(contact).toMatchObject({ kind: 'contact', id: contactId, partnerName: 'Syarikat Maju Jaya' });
    expect(marked(contact)).toBe('Badminton and [durian] season');
    const [visit] = await search('quokka');
    expect(visit).toMatchObject({
      kind: 'visitNote',
      id: noteId,
      partnerId,
      purpose: 'Quarterly visit',
      date: today,
    });
    // Line breaks become spaces; the word is marked, the Markdown around it kept as typed.
    expect(marked(visit)).toBe('Discussed the new shelf layout. They want the *[quokka]* display by May.');
    const [dispute] = await search('wombat');
    expect(dispute).toMatchObject({ kind: 'dispute', id: disputeId, status: 'open', partnerId });
    expect(marked(dispute)).toBe('Called the owner about the [wombat] promotion');
    expect((await search('undercut'))[0]).toMatchObject({ kind: 'dispute', title: 'Price undercut in Ipoh' });
    const [retention] = await search('platypus');
    expect(retention).toMatchObject({ kind: 'retentionCase', id: caseId, situation: 'falling-orders' });
    expect((await search('numbat'))[0]).toMatchObject({ kind: 'retentionCase', id: caseId });
    const [greeting] = await search('kookaburra');
    expect(greeting).toMatchObject({
      kind: 'greeting',
      id: greetingId,
      occasion: 'birthday',
      contactName: 'Tan Mei Ling',
      sentOn: today,
    });
    expect(marked(greeting)).toBe('Happy birthday, Mei Ling! Enjoy the [kookaburra] cake.');
  });

  it('ranks a title match above a body match, and a better body match above a weaker one', async () => {
    const { id: pricing } = await t.ok('partners.create', {
      partner: { name: 'Rebate Traders', type: 'dealer', country: 'MY' },
    });
    const passing = await note(
      'We talked about stock, delivery, the rebate and the new catalogue for the season.',
    );
    const focused = await note('Rebate, rebate, rebate: the whole visit was about the rebate.');
    const ids = await kindsAndIds('rebate');
    expect(ids).toEqual([`partner:${pricing}`, `visitNote:${focused}`, `visitNote:${passing}`]);
  });

  it('ties go to the newer row', async () => {
    const older = await note('Checked the kiwi display.');
    const newer = await note('Checked the kiwi display.');
    expect(await kindsAndIds('kiwi')).toEqual([`visitNote:${newer}`, `visitNote:${older}`]);
  });

  it('needs every word, takes the last one as a prefix while typing, and finds accented words without accents', async () => {
    const malay = await note('Pembayaran tertunggak dibincangkan dengan pemilik kedai.');
    const indonesian = await note('Pemilik toko minta diskon untuk pembelian grosir.');
    const dutch = await note(
      'De eigenaar was zeer geïnteresseerd in het café-concept; één bestelling geplaatst.',
    );
    expect(await kindsAndIds('pemilik')).toEqual(
      expect.arrayContaining([`visitNote:${malay}`, `visitNote:${indonesian}`]),
    );
    expect(await kindsAndIds('pemilik pemb')).toHaveLength(2);
    expect(await kindsAndIds('pemilik pembay')).toEqual([`visitNote:${malay}`]);
    expect(await kindsAndIds('pemilik diskon')).toEqual([`visitNote:${indonesian}`]);
    // Typed without the accents, or with them where the note has none.
    expect(await kindsAndIds('geinteresseerd')).toEqual([`visitNote:${dutch}`]);
    expect(await kindsAndIds('cafe een')).toEqual([`visitNote:${dutch}`]);
    expect(await kindsAndIds('pémbayaran')).toEqual([`visitNote:${malay}`]);
    expect(marked((await search('geinteresseerd'))[0])).toContain('[geïnteresseerd]');
    expect(marked((await search('cafe'))[0])).toContain('[café]-concept');
  });

  it('finds Chinese words of two and three characters inside a sentence', async () => {
    const contract = await note('我们上周签了合同，经销商希望下个月付款。');
    const other = await note('老板对新品货架很满意，没有提到合作。');
    expect(await kindsAndIds('合同')).toEqual([`visitNote:${contract}`]);
    expect(await kindsAndIds('付款')).toEqual([`visitNote:${contract}`]);
    expect(await kindsAndIds('经销商')).toEqual([`visitNote:${contract}`]);
    expect(await kindsAndIds('新品货架')).toEqual([`visitNote:${other}`]);
    // The characters must stand together: 合 and 同 apart (合作, 同) do not make 合同.
    expect(await kindsAndIds('合作')).toEqual([`visitNote:${other}`]);
    expect(await kindsAndIds('同意')).toEqual([]);
    expect(marked((await search('付款'))[0])).toBe('我们上周签了合同，经销商希望下个月[付款]。');
    // Chinese and Latin in one query, and a Chinese partner name.
    const { id: chinesePartner } = await t.ok('partners.create', {
      partner: { name: '广州华美贸易有限公司', type: 'distributor', country: 'CN', notes: 'Prefers WeChat' },
    });
    expect(await kindsAndIds('华美 wechat')).toEqual([`partner:${chinesePartner}`]);
  });

  it('never fails on what a person may type', async () => {
    await note('Plain words only.');
    for (const typed of [
      '"',
      '" OR "',
      'NEAR(a b)',
      'title:plain',
      '*',
      'a*b',
      '(',
      ')',
      '-plain',
      '^plain',
      'AND',
      '\\',
      '😀',
      '   ',
      'ö̈',
      '\u0301',
    ]) {
      await expect(t.ok('search.everywhere', { query: typed, limit: 5 })).resolves.toBeDefined();
    }
    expect(await kindsAndIds('"plain')).toHaveLength(1);
    expect(await kindsAndIds('plain OR nothing')).toEqual([]); // OR is a word here, not an operator
    expect(await search('')).toEqual([]);
  });

  it('follows edits, deletes and undo', async () => {
    const id = await note('The echidna stand was empty.');
    expect(await kindsAndIds('echidna')).toEqual([`visitNote:${id}`]);
    const edited = await t.ok('visitNotes.update', {
      id,
      note: { partnerId, date: today, notes: 'The stand was full of bilby plush toys.' },
    });
    expect(await kindsAndIds('echidna')).toEqual([]);
    expect(await kindsAndIds('bilby')).toEqual([`visitNote:${id}`]);
    await t.ok('history.undo', { batchId: edited.batchId! });
    expect(await kindsAndIds('echidna')).toEqual([`visitNote:${id}`]);
    expect(await kindsAndIds('bilby')).toEqual([]);

    const deleted = await t.ok('visitNotes.delete', { id });
    expect(await kindsAndIds('echidna')).toEqual([]);
    await t.ok('history.undo', { batchId: deleted.batchId! });
    expect(await kindsAndIds('echidna')).toEqual([`visitNote:${id}`]);

    // A deleted partner takes its contacts' and notes' hits with it.
    await t.ok('partners.delete', { id: partnerId });
    expect(await search('echidna')).toEqual([]);
    expect(await search('Maju')).toEqual([]);
    expect(await search('durian')).toEqual([]);
  });
});

describe('search index kept by synced changes and filled by the migration', () => {
  const open: Replica[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((replica) => replica.dispose()));
  });
  const replica = async () => {
    const opened = await openReplica();
    open.push(opened);
    return opened;
  };
  const found = async (at: Replica, query: string) =>
    (await at.ok('search.everywhere', { query, limit: 10 })).results.map((hit) => `${hit.kind}:${hit.id}`);

  it("finds on a teammate's computer what was written, changed and deleted on another", async () => {
    const [a, b] = [await replica(), await replica()];
    const relay = new SyncRelay();
    const { id: partnerId } = await a.ok('partners.create', {
      partner: { name: 'Toko Sinar Abadi', type: 'retailer', country: 'ID' },
    });
    const { id } = await a.ok('visitNotes.create', {
      partnerId,
      date: today,
      notes: 'Pemilik minta brosur baru.',
    });
    await pushAll(a, relay);
    await pullAll(b, relay);
    expect(await found(b, 'brosur')).toEqual([`visitNote:${id}`]);
    expect(await found(b, 'sinar')).toEqual([`partner:${partnerId}`]);

    await a.ok('visitNotes.update', {
      id,
      note: { partnerId, date: today, notes: 'Pemilik minta katalog baru.' },
    });
    await pushAll(a, relay);
    await pullAll(b, relay);
    expect(await found(b, 'brosur')).toEqual([]);
    expect(await found(b, 'katalog')).toEqual([`visitNote:${id}`]);

    await a.ok('visitNotes.delete', { id });
    await pushAll(a, relay);
    await pullAll(b, relay);
    expect(await found(b, 'katalog')).toEqual([]);
  });

  it('indexes the rows a file already holds when migration 8 runs', async () => {
    const a = await replica();
    const { id: partnerId } = await a.ok('partners.create', {
      partner: { name: 'Dugong Supplies', type: 'dealer', country: 'MY' },
    });
    const { id } = await a.ok('visitNotes.create', { partnerId, date: today, notes: '合同已经续签。' });
    // Back to a file from before the migration: no index, no triggers. Then run it.
    await a.ctx.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ name: string }>`
        select name from sqlite_master where type = 'trigger' and name like '%search%'`.execute(trx);
      for (const { name } of rows) await sql.raw(`drop trigger ${name}`).execute(trx);
      await sql`drop table search_index`.execute(trx);
      await searchMigration.up(trx as unknown as Kysely<unknown>);
    });
    expect(await found(a, 'dugong')).toEqual([`partner:${partnerId}`]);
    expect(await found(a, '续签')).toEqual([`visitNote:${id}`]);
  });
});
