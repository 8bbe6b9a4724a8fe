import { rm } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { databaseFileName } from '../../../src/core/core';
import { openDatabase } from '../../../src/core/db/open-database';
import { newId } from '../../../src/core/db/ids';
import { openTempCore, type TempCore } from './temp-core';

const today = '2026-11-24';

describe('survey answers on a real database file', () => {
  let t: TempCore;
  let majuJaya: string;
  let sinarJohor: string;
  let siti: string;
  let ahmad: string;
  let aisyah: string;

  beforeEach(async () => {
    t = await openTempCore();
    aisyah = (await t.ok('owners.create', { name: 'Aisyah Rahman' })).id;
    ({ id: majuJaya } = await t.ok('partners.create', {
      partner: {
        name: 'Maju Jaya',
        type: 'distributor',
        country: 'MY',
        city: 'Penang',
        region: 'North',
        ownerId: aisyah,
      },
    }));
    ({ id: sinarJohor } = await t.ok('partners.create', {
      partner: { name: 'Sinar Johor', type: 'dealer', country: 'MY', city: 'Johor Bahru', region: 'South' },
    }));
    ({ id: siti } = await t.ok('contacts.create', { partnerId: majuJaya, name: 'Siti Aminah' }));
    ({ id: ahmad } = await t.ok('contacts.create', { partnerId: sinarJohor, name: 'Ahmad Rahman' }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  const answer = (
    partnerId: string,
    contactId: string | null,
    answeredOn: string,
    nps: number | null,
    satisfaction: number | null,
    comment = '',
  ) => t.ok('surveys.create', { partnerId, contactId, answeredOn, nps, satisfaction, comment, today });

  it('records, edits and deletes an answer, each one undoable with a label naming who answered', async () => {
    const { id, batchId } = await answer(majuJaya, siti, '2026-11-02', 9, 4, 'Fast delivery');
    let list = await t.ok('surveys.list', {});
    expect(list.rows).toEqual([
      {
        id,
        partnerId: majuJaya,
        partnerName: 'Maju Jaya',
        region: 'North',
        contactId: siti,
        contactName: 'Siti Aminah',
        answeredOn: '2026-11-02',
        nps: 9,
        satisfaction: 4,
        comment: 'Fast delivery',
        importId: null,
      },
    ]);
    await t.ok('surveys.update', {
      id,
      response: {
        partnerId: majuJaya,
        contactId: null,
        answeredOn: '2026-11-03',
        nps: 5,
        satisfaction: null,
        today,
      },
    });
    list = await t.ok('surveys.list', {});
    expect(list.rows[0]).toMatchObject({
      contactId: null,
      nps: 5,
      satisfaction: null,
      answeredOn: '2026-11-03',
    });
    expect(list.tally).toEqual({ promoters: 0, passives: 0, detractors: 1 });
    const undone = await t.ok('history.undo', {});
    expect(undone.label).toBe('Edit survey answer of Maju Jaya');
    expect((await t.ok('surveys.list', {})).rows[0]).toMatchObject({ nps: 9, contactName: 'Siti Aminah' });
    await t.ok('surveys.delete', { id });
    expect((await t.ok('surveys.list', {})).total).toBe(0);
    expect(await t.fails('surveys.delete', { id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await t.fails('surveys.update', {
        id,
        response: { partnerId: majuJaya, answeredOn: '2026-11-03', nps: 5 },
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    await t.ok('history.undo', {});
    const created = await t.ok('history.undo', { batchId });
    expect(created.label).toBe('Record survey answer of Siti Aminah at Maju Jaya');
  });

  it('refuses a future day, a contact of another partner, an empty answer and out-of-range scores at the field', async () => {
    const base = {
      partnerId: majuJaya,
      contactId: siti,
      answeredOn: '2026-11-24',
      nps: 8,
      satisfaction: 3,
      today,
    };
    expect(await t.fails('surveys.create', { ...base, answeredOn: '2026-11-25' })).toMatchObject({
      code: 'VALIDATION',
      fields: { answeredOn: { key: 'validation.futureDay' } },
    });
    expect(await t.fails('surveys.create', { ...base, contactId: ahmad })).toMatchObject({
      code: 'VALIDATION',
      fields: { contactId: { key: 'validation.contactOfPartner' } },
    });
    expect(await t.fails('surveys.create', { ...base, nps: null, satisfaction: null })).toMatchObject({
      fields: { nps: { key: 'validation.surveyEmpty' } },
    });
    expect(await t.fails('surveys.create', { ...base, nps: 11, satisfaction: 0 })).toMatchObject({
      fields: { nps: { key: 'validation.nps' }, satisfaction: { key: 'validation.satisfaction' } },
    });
    await t.ok('contacts.delete', { id: siti });
    expect(await t.fails('surveys.create', base)).toMatchObject({
      fields: { contactId: { key: 'validation.contactOfPartner' } },
    });
    await t.ok('partners.delete', { id: sinarJohor });
    expect(
      await t.fails('surveys.create', { ...base, partnerId: sinarJohor, contactId: null }),
    ).toMatchObject({
      fields: { partnerId: { key: 'validation.id' } },
    });
    // Today itself and an answer with only a satisfaction are fine.
    await t.ok('surveys.create', { ...base, contactId: null, nps: null });
  });

  it('filters by partner, months, NPS category, region and owner; the tally, NPS and satisfaction cover every match', async () => {
    await answer(majuJaya, siti, '2026-09-30', 10, 5);
    await answer(majuJaya, siti, '2026-10-01', 9, 4);
    await answer(majuJaya, null, '2026-10-31', 7, null);
    await answer(sinarJohor, ahmad, '2026-10-15', 3, 2);
    await answer(sinarJohor, ahmad, '2026-11-01', null, 1);

    const all = await t.ok('surveys.list', { limit: 2 });
    expect(all.rows.map((row) => row.answeredOn)).toEqual(['2026-11-01', '2026-10-31']);
    expect(all).toMatchObject({
      total: 5,
      tally: { promoters: 2, passives: 1, detractors: 1 },
      nps: 25,
      satisfactionAverage: 3,
    });
    const october = await t.ok('surveys.list', { from: '2026-10', to: '2026-10' });
    expect(october).toMatchObject({ total: 3, tally: { promoters: 1, passives: 1, detractors: 1 }, nps: 0 });
    const detractorsAndPassives = await t.ok('surveys.list', { categories: ['detractor', 'passive'] });
    expect(detractorsAndPassives.rows.map((row) => row.nps)).toEqual([7, 3]);
    expect(detractorsAndPassives.nps).toBe(-50);
    // All three categories: every answer that has an NPS (not the satisfaction-only one).
    expect(await t.ok('surveys.list', { categories: ['promoter', 'passive', 'detractor'] })).toMatchObject({
      total: 4,
    });
    expect(await t.ok('surveys.list', { regions: ['South'] })).toMatchObject({
      total: 2,
      nps: -100,
      satisfactionAverage: 1.5,
    });
    expect(await t.ok('surveys.list', { ownerIds: [aisyah] })).toMatchObject({ total: 3, nps: 67 });
    expect(await t.ok('surveys.list', { ownerIds: ['none'] })).toMatchObject({ total: 2 });
    expect(await t.ok('surveys.list', { partnerId: sinarJohor, from: '2026-11' })).toMatchObject({
      total: 1,
      nps: null,
      satisfactionAverage: 1,
    });
    expect(await t.ok('surveys.list', { importId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({
      total: 0,
      nps: null,
      satisfactionAverage: null,
    });
  });

  it('exports every matching answer as CSV, newest first, with categories and formulae neutralised', async () => {
    await answer(majuJaya, siti, '2026-10-01', 9, 4, '+1 for the new rebate');
    await answer(sinarJohor, null, '2026-10-02', null, 2, 'Slow');
    await answer(sinarJohor, ahmad, '2026-08-02', 2, 1);
    const file = await t.ok('surveys.exportCsv', { from: '2026-09' });
    expect(file.rows).toBe(2);
    expect(file.fileName).toMatch(/^survey-answers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(Papa.parse<string[]>(file.csv.trim()).data).toEqual([
      [
        'Answered on',
        'Partner',
        'Region',
        'Contact',
        'NPS',
        'Category',
        'Satisfaction',
        'Comment',
        'Partner ID',
      ],
      ['2026-10-02', 'Sinar Johor', 'South', '', '', '', '2', 'Slow', sinarJohor],
      [
        '2026-10-01',
        'Maju Jaya',
        'North',
        'Siti Aminah',
        '9',
        'Promoter',
        '4',
        "'+1 for the new rebate",
        majuJaya,
      ],
    ]);
  });

  it('exports more answers than one chunk without losing or repeating any', async () => {
    // Written straight into the file: 520 answers through the write path would take seconds.
    const dataDir = t.dataDir;
    // Closed, not disposed: the folder must stay.
    await t.core.close();
    const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
    const now = new Date().toISOString();
    await db
      .insertInto('surveyResponses')
      .values(
        Array.from({ length: 520 }, (_, i) => ({
          id: newId(),
          partnerId: majuJaya,
          contactId: null,
          answeredOn: `2026-0${(i % 9) + 1}-${String((i % 28) + 1).padStart(2, '0')}`,
          nps: i % 11,
          satisfaction: null,
          comment: '',
          importId: null,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        })),
      )
      .execute();
    await db.destroy();
    t = await openTempCore(dataDir);
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const file = await t.ok('surveys.exportCsv', {});
    expect(file.rows).toBe(520);
    const lines = Papa.parse<string[]>(file.csv.trim()).data.slice(1);
    const days = lines.map((line) => line[0] ?? '');
    expect(days).toEqual([...days].sort().reverse());
    expect((await t.ok('surveys.list', {})).tally).toEqual({ promoters: 94, passives: 94, detractors: 332 });
  });
});
