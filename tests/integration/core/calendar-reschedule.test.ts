import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CareEventInput } from '../../../src/shared/care';
import { openTempCore, type TempCore } from './temp-core';

describe('rescheduling and closing care events on a real database file', () => {
  let t: TempCore;
  let partnerId: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: partnerId } = await t.ok('partners.create', {
      partner: { name: 'Syarikat Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang' },
    }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  const create = (fields: Partial<CareEventInput>) =>
    t.ok('careEvents.create', {
      partnerId,
      kind: 'visit',
      title: 'Visit Maju Jaya',
      start: '2026-12-01',
      ...fields,
    });

  async function visibleStarts(from: string, to: string, timeZone = 'UTC') {
    const { items } = await t.ok('calendar.range', { from, to, kinds: ['visit', 'meeting'], timeZone });
    return items.map((item) => ({ start: item.start, end: item.end, status: item.status }));
  }

  async function lastLabel(): Promise<string | null> {
    const undone = await t.ok('history.undo', {});
    return undone.label;
  }

  it('moves a single all-day event, keeping its length, and undo puts it back', async () => {
    const { id } = await create({ start: '2026-12-01', end: '2026-12-02' });
    await t.ok('careEvents.reschedule', { id, start: '2026-12-03' });
    expect(await t.ok('careEvents.get', { id })).toMatchObject({ start: '2026-12-03', end: '2026-12-04' });
    expect(await lastLabel()).toBe('Move Visit Maju Jaya to 3 Dec');
    expect(await t.ok('careEvents.get', { id })).toMatchObject({ start: '2026-12-01', end: '2026-12-02' });
  });

  it('moves a timed single event to a new time with a given end', async () => {
    const { id } = await create({
      allDay: false,
      start: '2026-12-01T02:00:00.000Z',
      end: '2026-12-01T03:00:00.000Z',
      timeZone: 'Asia/Kuala_Lumpur',
    });
    await t.ok('careEvents.reschedule', { id, start: '2026-12-02T14:00:00+08:00', end: null });
    expect(await t.ok('careEvents.get', { id })).toMatchObject({
      start: '2026-12-02T06:00:00.000Z',
      end: '2026-12-02T07:00:00.000Z',
    });
    await t.ok('careEvents.reschedule', { id, start: '2026-12-02T06:00:00Z', end: '2026-12-02T08:30:00Z' });
    expect((await t.ok('careEvents.get', { id })).end).toBe('2026-12-02T08:30:00.000Z');
    expect(await lastLabel()).toBe('Move Visit Maju Jaya to 2 Dec 14:00');
  });

  it('moves one occurrence of a weekly series; the others stay, and moving it back removes the exception', async () => {
    const { id } = await create({ start: '2026-12-01', rrule: 'FREQ=WEEKLY' });
    await t.ok('careEvents.reschedule', {
      id,
      occurrence: '2026-12-08',
      scope: 'occurrence',
      start: '2026-12-10',
    });
    expect((await visibleStarts('2026-12-01', '2026-12-22')).map((i) => i.start)).toEqual([
      '2026-12-01',
      '2026-12-10',
      '2026-12-15',
      '2026-12-22',
    ]);
    expect((await t.ok('careEvents.get', { id })).exceptions).toEqual([
      { kind: 'move', occurrence: '2026-12-08', start: '2026-12-10', end: null },
    ]);
    // Moving the moved occurrence again replaces its exception rather than adding a second one.
    await t.ok('careEvents.reschedule', {
      id,
      occurrence: '2026-12-08',
      scope: 'occurrence',
      start: '2026-12-08',
    });
    expect((await t.ok('careEvents.get', { id })).exceptions).toEqual([]);
    expect(await lastLabel()).toBe('Move Visit Maju Jaya of 8 Dec to 8 Dec');
    expect((await t.ok('careEvents.get', { id })).exceptions).toHaveLength(1);
  });

  it('moves a whole series by the same number of days, exceptions included', async () => {
    const { id } = await create({
      start: '2026-12-01',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222',
      exceptions: [
        { kind: 'skip', occurrence: '2026-12-08' },
        { kind: 'move', occurrence: '2026-12-15', start: '2026-12-16' },
      ],
    });
    await t.ok('careEvents.reschedule', {
      id,
      occurrence: '2026-12-22',
      scope: 'series',
      start: '2026-12-24',
    });
    const event = await t.ok('careEvents.get', { id });
    expect(event).toMatchObject({ start: '2026-12-03', rrule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20261224' });
    expect((await visibleStarts('2026-11-25', '2026-12-31')).map((i) => i.start)).toEqual([
      '2026-12-03',
      '2026-12-18', // the moved one moved along
      '2026-12-24', // the last one is still there: UNTIL moved too
    ]);
    expect(await lastLabel()).toBe('Move series Visit Maju Jaya from 22 Dec to 24 Dec');
  });

  it('keeps a weekly 09:00 Amsterdam meeting at its new local time across daylight saving', async () => {
    const { id } = await create({
      kind: 'meeting',
      allDay: false,
      start: '2026-03-16T08:00:00.000Z', // Monday 09:00 CET
      end: '2026-03-16T09:00:00.000Z',
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=WEEKLY',
    });
    // Drag the occurrence of Monday 6 April (CEST) to Tuesday 7 April 10:30 CEST, for the series.
    await t.ok('careEvents.reschedule', {
      id,
      occurrence: '2026-04-06T07:00:00.000Z',
      scope: 'series',
      start: '2026-04-07T10:30:00+02:00',
    });
    const items = await visibleStarts('2026-03-15', '2026-04-15', 'Europe/Amsterdam');
    expect(items.map((i) => i.start)).toEqual([
      '2026-03-17T09:30:00.000Z', // 10:30 CET
      '2026-03-24T09:30:00.000Z',
      '2026-03-31T08:30:00.000Z', // 10:30 CEST
      '2026-04-07T08:30:00.000Z',
      '2026-04-14T08:30:00.000Z',
    ]);
    expect(items.every((i) => Date.parse(i.end ?? '') - Date.parse(i.start) === 3_600_000)).toBe(true);
    // One occurrence moved across the change keeps the instant the user chose.
    await t.ok('careEvents.reschedule', {
      id,
      occurrence: '2026-03-24T09:30:00.000Z',
      scope: 'occurrence',
      start: '2026-03-30T10:30:00+02:00',
    });
    const after = await visibleStarts('2026-03-23', '2026-03-31', 'Europe/Amsterdam');
    expect(after.map((i) => i.start)).toEqual(['2026-03-30T08:30:00.000Z', '2026-03-31T08:30:00.000Z']);
  });

  it('refuses a date that is not an occurrence, a bad moment, an end before the start and a pinned rule', async () => {
    const { id: weekly } = await create({ start: '2026-12-01', rrule: 'FREQ=WEEKLY' });
    const notOne = await t.fails('careEvents.reschedule', {
      id: weekly,
      occurrence: '2026-12-02',
      scope: 'occurrence',
      start: '2026-12-05',
    });
    expect(notOne).toMatchObject({ code: 'VALIDATION' });
    expect(notOne.fields?.occurrence?.key).toBe('validation.occurrence');
    const missing = await t.fails('careEvents.reschedule', {
      id: weekly,
      scope: 'occurrence',
      start: '2026-12-05',
    });
    expect(missing.fields?.occurrence?.key).toBe('validation.occurrence');
    const badDate = await t.fails('careEvents.reschedule', {
      id: weekly,
      occurrence: '2026-12-01',
      start: '2026-02-31',
    });
    expect(badDate.fields?.start?.key).toBe('validation.date');
    const endFirst = await t.fails('careEvents.reschedule', {
      id: weekly,
      occurrence: '2026-12-01',
      start: '2026-12-05',
      end: '2026-12-04',
    });
    expect(endFirst.fields?.end?.key).toBe('validation.endBeforeStart');

    const { id: timed } = await create({
      allDay: false,
      start: '2026-12-01T02:00:00Z',
      timeZone: 'Asia/Jakarta',
    });
    const dateForTimed = await t.fails('careEvents.reschedule', { id: timed, start: '2026-12-05' });
    expect(dateForTimed.fields?.start?.key).toBe('validation.dateTime');

    const { id: pinned } = await create({ start: '2026-12-08', rrule: 'FREQ=MONTHLY;BYDAY=2TU' });
    const pinnedMove = await t.fails('careEvents.reschedule', {
      id: pinned,
      occurrence: '2026-12-08',
      scope: 'series',
      start: '2026-12-10',
    });
    expect(pinnedMove.fields?.scope?.key).toBe('validation.rrulePinsDays');
    // …while one occurrence of it can still move.
    await t.ok('careEvents.reschedule', { id: pinned, occurrence: '2026-12-08', start: '2026-12-10' });

    const gone = await t.fails('careEvents.reschedule', {
      id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      start: '2026-12-05',
    });
    expect(gone.code).toBe('NOT_FOUND');
    // Nothing was half-written by the refusals.
    expect((await t.ok('careEvents.get', { id: weekly })).exceptions).toEqual([]);
  });

  it('closes a single event with an outcome, undoably', async () => {
    const { id } = await create({});
    await t.ok('careEvents.close', { id, status: 'done', outcomeNote: 'Agreed on the Q1 display budget.' });
    expect(await t.ok('careEvents.get', { id })).toMatchObject({
      status: 'done',
      outcomeNote: 'Agreed on the Q1 display budget.',
    });
    expect((await visibleStarts('2026-12-01', '2026-12-01'))[0]?.status).toBe('done');
    expect(await lastLabel()).toBe('Mark Visit Maju Jaya done');
    expect(await t.ok('careEvents.get', { id })).toMatchObject({ status: 'planned', outcomeNote: '' });
  });

  it('closes one occurrence of a series without touching the others, also a moved one', async () => {
    const { id } = await create({ start: '2026-12-01', rrule: 'FREQ=WEEKLY' });
    await t.ok('careEvents.close', {
      id,
      occurrence: '2026-12-08',
      status: 'done',
      outcomeNote: 'Stock counted.',
    });
    await t.ok('careEvents.reschedule', { id, occurrence: '2026-12-15', start: '2026-12-17' });
    await t.ok('careEvents.close', {
      id,
      occurrence: '2026-12-15',
      status: 'skipped',
      outcomeNote: 'Shop closed.',
    });
    expect(await visibleStarts('2026-12-01', '2026-12-22')).toEqual([
      { start: '2026-12-01', end: null, status: 'planned' },
      { start: '2026-12-08', end: null, status: 'done' },
      { start: '2026-12-17', end: null, status: 'skipped' },
      { start: '2026-12-22', end: null, status: 'planned' },
    ]);
    const event = await t.ok('careEvents.get', { id });
    expect(event.status).toBe('planned');
    expect(event.exceptions).toContainEqual({
      kind: 'status',
      occurrence: '2026-12-08',
      status: 'done',
      outcomeNote: 'Stock counted.',
    });
    expect(event.exceptions).toContainEqual({
      kind: 'move',
      occurrence: '2026-12-15',
      start: '2026-12-17',
      end: null,
      status: 'skipped',
      outcomeNote: 'Shop closed.',
    });
    expect(await lastLabel()).toBe('Skip Visit Maju Jaya of 15 Dec');
    // Closing the same occurrence again replaces its outcome.
    await t.ok('careEvents.close', { id, occurrence: '2026-12-08', status: 'skipped', outcomeNote: '' });
    expect(
      (await t.ok('careEvents.get', { id })).exceptions.filter((e) => e.occurrence === '2026-12-08'),
    ).toEqual([{ kind: 'status', occurrence: '2026-12-08', status: 'skipped', outcomeNote: '' }]);

    const notOne = await t.fails('careEvents.close', { id, occurrence: '2026-12-09', status: 'done' });
    expect(notOne.fields?.occurrence?.key).toBe('validation.occurrence');
    const noOccurrence = await t.fails('careEvents.close', { id, status: 'done' });
    expect(noOccurrence.fields?.occurrence?.key).toBe('validation.occurrence');
    const badStatus = await t.fails('careEvents.close', { id, occurrence: '2026-12-08', status: 'finished' });
    expect(badStatus.fields?.status?.key).toBe('validation.choice');
  });
});
