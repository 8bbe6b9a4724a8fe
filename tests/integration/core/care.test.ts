import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

describe('care events and commitments on a real database file', () => {
  let t: TempCore;
  let partnerId: string;
  let contactId: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: partnerId } = await t.ok('partners.create', {
      partner: { name: 'Syarikat Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang' },
    }));
    ({ id: contactId } = await t.ok('contacts.create', { partnerId, name: 'Tan Mei Ling' }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('plans, edits, closes and deletes a care event; the partner timeline shows each step', async () => {
    const { id } = await t.ok('careEvents.create', {
      partnerId,
      kind: 'visit',
      title: 'Quarterly visit',
      contactIds: [contactId],
      start: '2026-12-01',
      rrule: 'FREQ=MONTHLY;INTERVAL=3',
    });
    expect(await t.ok('careEvents.get', { id })).toMatchObject({
      partnerName: 'Syarikat Maju Jaya',
      allDay: true,
      contactIds: [contactId],
      exceptions: [],
      status: 'planned',
    });
    await t.ok('careEvents.update', {
      id,
      event: {
        partnerId,
        kind: 'visit',
        title: 'Quarterly visit',
        contactIds: [contactId],
        start: '2026-12-01',
        rrule: 'FREQ=MONTHLY;INTERVAL=3',
        exceptions: [{ kind: 'skip', occurrence: '2027-03-01' }],
        status: 'done',
        outcomeNote: 'Agreed on the Q1 display budget.',
      },
    });
    const [event] = await t.ok('careEvents.listForPartner', { partnerId });
    expect(event?.exceptions).toEqual([{ kind: 'skip', occurrence: '2027-03-01' }]);
    await t.ok('careEvents.delete', { id });
    expect(await t.ok('careEvents.listForPartner', { partnerId })).toEqual([]);

    const kinds = (await t.ok('partners.timeline', { partnerId }))
      .filter((e) => e.entity === 'careEvent')
      .map((e) => e.kind);
    expect(kinds).toEqual(['deleted', 'updated', 'created']);
  });

  it('refuses an event that ends before it starts, bad dates and contacts of another partner', async () => {
    const base = { partnerId, kind: 'meeting', title: 'Channel meeting' };
    const endFirst = await t.fails('careEvents.create', { ...base, start: '2026-12-02', end: '2026-12-01' });
    expect(endFirst.fields?.end?.message).toBe('The end is before the start.');
    const timed = await t.fails('careEvents.create', {
      ...base,
      allDay: false,
      start: '2026-12-02T10:00:00+08:00',
      end: '2026-12-02T09:00:00+08:00',
    });
    expect(timed.fields?.end?.key).toBe('validation.endBeforeStart');
    expect((await t.fails('careEvents.create', { ...base, start: '2026-02-31' })).fields?.start?.key).toBe(
      'validation.date',
    );
    for (const rrule of [
      'FREQ=SOMETIMES',
      'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31',
      'FREQ=DAILY;UNTIL=20200101',
    ]) {
      const error = await t.fails('careEvents.create', { ...base, start: '2026-12-02', rrule });
      expect(error.fields?.rrule?.message, rrule).toMatch(/\w/);
    }
    const { id: other } = await t.ok('partners.create', {
      partner: { name: 'Van Dijk Groothandel', type: 'wholesaler', country: 'NL' },
    });
    const wrongContact = await t.fails('careEvents.create', {
      ...base,
      partnerId: other,
      start: '2026-12-02',
      contactIds: [contactId],
    });
    expect(wrongContact.fields?.contactIds?.key).toBe('validation.id');
    expect(await t.ok('careEvents.listForPartner', { partnerId: other })).toEqual([]);
  });

  it('tracks commitments until kept or broken, with the open and overdue ones first', async () => {
    const { id: visit } = await t.ok('careEvents.create', {
      partnerId,
      kind: 'visit',
      title: 'Visit',
      start: '2026-11-20',
    });
    const late = await t.ok('commitments.create', {
      partnerId,
      description: 'Send the new price list',
      madeBy: 'us',
      dueDate: '2026-11-21',
      careEventId: visit,
    });
    const soon = await t.ok('commitments.create', {
      partnerId,
      description: 'Order 200 units for Raya',
      madeBy: 'partner',
      dueDate: '2026-12-15',
    });
    const kept = await t.ok('commitments.create', {
      partnerId,
      description: 'Share the sell-out report',
      madeBy: 'partner',
      dueDate: '2026-11-01',
      status: 'kept',
    });
    const list = await t.ok('commitments.list', { partnerId, today: '2026-11-23' });
    expect(list.map((c) => [c.id, c.overdue])).toEqual([
      [late.id, true],
      [soon.id, false],
      [kept.id, false],
    ]);
    const due = await t.ok('commitments.list', { dueBy: '2026-11-30', today: '2026-11-23' });
    expect(due.map((c) => c.description)).toEqual(['Send the new price list']);

    const { batchId } = await t.ok('commitments.update', {
      id: late.id,
      partnerId,
      description: 'Send the new price list',
      madeBy: 'us',
      dueDate: '2026-11-21',
      careEventId: visit,
      status: 'kept',
    });
    expect(await t.ok('history.status', {})).toEqual({
      canUndo: true,
      label: 'Mark "Send the new price list" kept',
    });
    expect((await t.ok('commitments.list', { dueBy: '2026-11-30' })).length).toBe(0);
    await t.ok('history.undo', { batchId });
    expect((await t.ok('commitments.get', { id: late.id })).status).toBe('open');
  });

  it('refuses a commitment without a real due date or tied to another partner’s visit', async () => {
    const bad = await t.fails('commitments.create', {
      partnerId,
      description: '',
      madeBy: 'them',
      dueDate: '2026-13-01',
    });
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['description', 'dueDate', 'madeBy']);
    const { id: other } = await t.ok('partners.create', {
      partner: { name: 'Huasheng Trading', type: 'agent', country: 'CN' },
    });
    const { id: visit } = await t.ok('careEvents.create', {
      partnerId: other,
      kind: 'visit',
      title: 'Visit',
      start: '2026-11-20',
    });
    const wrong = await t.fails('commitments.create', {
      partnerId,
      description: 'x',
      madeBy: 'us',
      dueDate: '2026-12-01',
      careEventId: visit,
    });
    expect(wrong.fields?.careEventId?.key).toBe('validation.id');
  });
});
