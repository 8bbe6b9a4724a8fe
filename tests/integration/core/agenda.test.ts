// The home agenda query on a real database file: what lands in "Overdue", "Today" and "This week",
// what is left out once done, the owner filter, festivals with their counts and lead-time reminders.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agenda, AgendaItem } from '../../../src/shared/agenda';
import { openTempCore, type TempCore } from './temp-core';

/** A Tuesday: Christmas (25 December) falls in "This week". */
const today = '2026-12-22';

const keysOf = (items: readonly AgendaItem[]) => items.map((item) => item.key);
const everyItem = (agenda: Agenda) => [
  ...agenda.overdue.items,
  ...agenda.today.items,
  ...agenda.thisWeek.items,
];

describe('agenda.home on a real database file', () => {
  let t: TempCore;
  let me: string;
  let teammate: string;
  let majuJaya: string;
  let sinarJohor: string;
  let tanMeiLing: string;
  let limAhKow: string;
  let siti: string;
  let ahmadRahman: string;
  let keptLate: string;
  let teammatesPromise: string;
  let ownerlessPromise: string;
  let training: string;
  let plannedVisit: string;

  const agenda = (input: { ownerIds?: string[]; limit?: number; timeZone?: string } = {}) =>
    t.ok('agenda.home', { today, ...input });

  beforeEach(async () => {
    t = await openTempCore();
    me = (await t.ok('app.status', {})).profile.id;
    ({ id: teammate } = await t.ok('owners.create', { name: 'Nur Aisyah' }));
    ({ id: majuJaya } = await t.ok('partners.create', {
      partner: {
        name: 'Maju Jaya',
        type: 'dealer',
        country: 'MY',
        region: 'Penang',
        ownerId: me,
        partnershipStart: '2019-12-27',
      },
    }));
    ({ id: sinarJohor } = await t.ok('partners.create', {
      partner: {
        name: 'Sinar Johor',
        type: 'dealer',
        country: 'MY',
        region: 'Johor',
        ownerId: teammate,
        partnershipStart: '2020-01-02',
      },
    }));
    ({ id: tanMeiLing } = await t.ok('contacts.create', {
      partnerId: majuJaya,
      name: 'Tan Mei Ling',
      birthday: '1980-12-23',
    }));
    ({ id: limAhKow } = await t.ok('contacts.create', {
      partnerId: majuJaya,
      name: 'Lim Ah Kow',
      birthday: '1975-12-18',
    }));
    ({ id: siti } = await t.ok('contacts.create', {
      partnerId: majuJaya,
      name: 'Siti Aminah',
      birthday: '1990-12-24',
    }));
    ({ id: ahmadRahman } = await t.ok('contacts.create', {
      partnerId: sinarJohor,
      name: 'Ahmad Rahman',
      birthday: '1985-12-22',
      careStatus: 'mourning',
      careStatusUntil: '2027-01-31',
    }));
    ({ id: keptLate } = await t.ok('commitments.create', {
      partnerId: majuJaya,
      description: 'Send the Q1 price list',
      madeBy: 'us',
      dueDate: '2026-12-10',
    }));
    ({ id: teammatesPromise } = await t.ok('commitments.create', {
      partnerId: majuJaya,
      description: 'Arrange a demo unit',
      madeBy: 'us',
      ownerId: teammate,
      dueDate: '2026-12-20',
    }));
    ({ id: ownerlessPromise } = await t.ok('commitments.create', {
      partnerId: sinarJohor,
      description: 'Pay the November invoice',
      madeBy: 'partner',
      dueDate: '2026-12-21',
    }));
    await t.ok('commitments.create', {
      partnerId: majuJaya,
      description: 'Far-off promise',
      madeBy: 'us',
      dueDate: '2027-03-01',
    });
    ({ id: training } = await t.ok('careEvents.create', {
      partnerId: majuJaya,
      kind: 'training',
      title: 'Product training',
      start: '2026-12-15',
    }));
    await t.ok('careEvents.create', {
      partnerId: majuJaya,
      kind: 'meeting',
      title: 'Held meeting',
      start: '2026-12-16',
      status: 'done',
    });
    ({ id: plannedVisit } = await t.ok('careEvents.create', {
      partnerId: majuJaya,
      kind: 'visit',
      title: 'Visit Maju Jaya',
      start: '2026-12-23',
    }));
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('puts overdue items first, most late first, then today and this week by date', async () => {
    const all = await agenda();
    expect(keysOf(all.overdue.items)).toEqual([
      `visit-due:${sinarJohor}`,
      `commitment:${keptLate}`,
      `${training}:2026-12-15`,
      `birthday:${limAhKow}:2026-12-18`,
      `commitment:${teammatesPromise}`,
      `commitment:${ownerlessPromise}`,
    ]);
    expect(all.overdue.items.map((item) => item.daysLate)).toEqual([
      all.overdue.items[0]!.daysLate,
      12,
      7,
      4,
      2,
      1,
    ]);
    // Never visited since the partnership began (plus a dealer's cadence): years late.
    expect(all.overdue.items[0]).toMatchObject({
      type: 'visit-due',
      region: 'Johor',
      partnerName: 'Sinar Johor',
    });
    expect(all.overdue.items[0]!.daysLate).toBeGreaterThan(365 * 6);
    expect(all.overdue.items[1]).toMatchObject({
      type: 'commitment',
      title: 'Send the Q1 price list',
      partnerId: majuJaya,
      partnerName: 'Maju Jaya',
      madeBy: 'us',
      commitmentId: keptLate,
    });
    expect(keysOf(all.today.items)).toEqual([`birthday:${ahmadRahman}:2026-12-22`]);
    expect(keysOf(all.thisWeek.items)).toEqual([
      `birthday:${tanMeiLing}:2026-12-23`,
      `${plannedVisit}:2026-12-23`,
      `birthday:${siti}:2026-12-24`,
      `festival:MY:christmas:2026-12-25`,
      `anniversary:${majuJaya}:2026-12-27`,
    ]);
    expect(all.overdue.total).toBe(6);
    // The held meeting, the far-off promise and Maju Jaya's visit (one is planned) are not due.
    const listed = everyItem(all);
    expect(keysOf(listed)).not.toContain(`visit-due:${majuJaya}`);
    expect(listed.map((item) => item.title)).not.toContain('Far-off promise');
    expect(listed.map((item) => item.title)).not.toContain('Held meeting');
  });

  it('shows an overdue commitment until it is kept', async () => {
    const before = await agenda({ ownerIds: [me] });
    expect(keysOf(before.overdue.items)).toContain(`commitment:${keptLate}`);
    const commitment = await t.ok('commitments.get', { id: keptLate });
    await t.ok('commitments.update', { ...commitment, status: 'kept' });
    const after = await agenda({ ownerIds: [me] });
    expect(keysOf(everyItem(after))).not.toContain(`commitment:${keptLate}`);
    expect(after.overdue.total).toBe(before.overdue.total - 1);
  });

  it('lists a birthday in the window with the age, and leaves it out once greeted', async () => {
    const before = await agenda({ ownerIds: [me] });
    const birthday = before.thisWeek.items.find((item) => item.contactId === tanMeiLing);
    expect(birthday).toMatchObject({
      type: 'greeting',
      occasion: 'birthday',
      date: '2026-12-23',
      daysLate: -1,
      years: 46,
      contactName: 'Tan Mei Ling',
      partnerName: 'Maju Jaya',
      suppressed: null,
    });
    await t.ok('greetings.markSent', {
      partnerId: majuJaya,
      contactId: tanMeiLing,
      occasion: 'birthday',
      channel: 'copy',
      language: 'en',
      text: 'Happy birthday, Mei Ling!',
      itemKey: birthday!.key,
      date: '2026-12-23',
    });
    const after = await agenda({ ownerIds: [me] });
    expect(keysOf(everyItem(after))).not.toContain(birthday!.key);
    expect(keysOf(after.reminders)).not.toContain(birthday!.key);
  });

  it('shows a held-back greeting with its mark, but never as overdue or as a reminder', async () => {
    const theirs = await agenda({ ownerIds: [teammate] });
    const held = theirs.today.items.find((item) => item.contactName === 'Ahmad Rahman');
    expect(held?.suppressed).toEqual({ status: 'mourning', until: '2027-01-31', of: 'contact' });
    expect(keysOf(theirs.reminders)).not.toContain(held!.key);

    const later = await t.ok('agenda.home', { today: '2026-12-24', ownerIds: [teammate] });
    expect(keysOf(everyItem(later))).not.toContain(held!.key);
  });

  it('counts the partners to greet for a festival and how many were greeted', async () => {
    const festivalKey = 'festival:MY:christmas:2026-12-25';
    const festivalOf = (a: Agenda) => a.thisWeek.items.find((item) => item.key === festivalKey);
    expect(festivalOf(await agenda())).toMatchObject({
      type: 'festival',
      festivalKey: 'christmas',
      country: 'MY',
      occasion: 'christmas',
      partnerCount: 2,
      greetedCount: 0,
    });
    await t.ok('greetings.markSent', {
      partnerId: majuJaya,
      contactId: tanMeiLing,
      occasion: 'christmas',
      channel: 'whatsapp',
      language: 'en',
      text: 'Merry Christmas!',
      itemKey: `${festivalKey}:${majuJaya}`,
      date: '2026-12-25',
    });
    expect(festivalOf(await agenda())).toMatchObject({ partnerCount: 2, greetedCount: 1 });
    // All of my partners greeted: done, so it leaves my agenda.
    expect(festivalOf(await agenda({ ownerIds: [me] }))).toBeUndefined();
    expect(festivalOf(await agenda({ ownerIds: [teammate] }))).toMatchObject({
      partnerCount: 1,
      greetedCount: 0,
    });
  });

  it('reminds each kind from its lead time, and follows the lead time settings', async () => {
    const reminded = keysOf((await agenda({ ownerIds: [me] })).reminders);
    // Birthday 3 days ahead, festival and anniversary 7, a visit 1: all have come.
    expect(reminded).toEqual(
      expect.arrayContaining([
        `birthday:${tanMeiLing}:2026-12-23`,
        `birthday:${siti}:2026-12-24`,
        'festival:MY:christmas:2026-12-25',
        `anniversary:${majuJaya}:2026-12-27`,
        `${plannedVisit}:2026-12-23`,
        `commitment:${keptLate}`,
      ]),
    );
    await t.ok('careSettings.saveReminderLeadDays', { leadDays: { birthday: 1, anniversary: 2 } });
    const after = await agenda({ ownerIds: [me] });
    const keys = keysOf(after.reminders);
    expect(keys).toContain(`birthday:${tanMeiLing}:2026-12-23`);
    expect(keys).not.toContain(`birthday:${siti}:2026-12-24`);
    expect(keys).not.toContain(`anniversary:${majuJaya}:2026-12-27`);
    // Still on the list for the week: only the reminder waits.
    expect(keysOf(after.thisWeek.items)).toContain(`anniversary:${majuJaya}:2026-12-27`);
  });

  it('reminds of a festival beyond "This week" once its lead time has come', async () => {
    const short = await t.ok('agenda.home', { today: '2026-12-19', days: 3, ownerIds: [me] });
    expect(keysOf(everyItem(short))).not.toContain('festival:MY:christmas:2026-12-25');
    expect(keysOf(short.reminders)).toContain('festival:MY:christmas:2026-12-25');
  });

  it("filters by owner: an item's own owner first, else its partner's", async () => {
    const mine = keysOf(everyItem(await agenda({ ownerIds: [me] })));
    expect(mine).toContain(`commitment:${keptLate}`);
    expect(mine).not.toContain(`commitment:${teammatesPromise}`);
    expect(mine).not.toContain(`commitment:${ownerlessPromise}`);
    expect(mine).not.toContain(`visit-due:${sinarJohor}`);

    const theirs = keysOf(everyItem(await agenda({ ownerIds: [teammate] })));
    expect(theirs).toEqual(
      expect.arrayContaining([
        `commitment:${teammatesPromise}`,
        `commitment:${ownerlessPromise}`,
        `visit-due:${sinarJohor}`,
      ]),
    );
    expect(theirs).not.toContain(`commitment:${keptLate}`);
    expect(theirs).not.toContain(`birthday:${tanMeiLing}:2026-12-23`);
  });

  it('counts every item of a section but lists at most the limit', async () => {
    const limited = await agenda({ limit: 2 });
    expect(limited.overdue.items).toHaveLength(2);
    expect(limited.overdue.total).toBe(6);
    expect(limited.thisWeek.total).toBe(5);
    expect(limited.reminders.length).toBeLessThanOrEqual(2);
  });

  it('places a timed event on the day it falls in the user time zone', async () => {
    const { id } = await t.ok('careEvents.create', {
      partnerId: majuJaya,
      kind: 'meeting',
      title: 'Late call',
      allDay: false,
      start: '2026-12-22T23:30:00Z',
      end: '2026-12-23T00:15:00Z',
    });
    const key = `${id}:2026-12-22T23:30:00.000Z`;
    expect(keysOf((await agenda({ timeZone: 'UTC' })).today.items)).toContain(key);
    expect(keysOf((await agenda({ timeZone: 'Asia/Kuala_Lumpur' })).thisWeek.items)).toContain(key);
  });

  it('shows missed occurrences of a series until each is closed', async () => {
    const { id } = await t.ok('careEvents.create', {
      partnerId: majuJaya,
      kind: 'meeting',
      title: 'Weekly stand-up',
      start: '2026-12-08',
      rrule: 'FREQ=WEEKLY',
    });
    const occurrences = async () =>
      everyItem(await agenda())
        .filter((item) => item.eventId === id)
        .map((item) => item.date);
    expect(await occurrences()).toEqual(['2026-12-08', '2026-12-15', '2026-12-22']);
    await t.ok('careEvents.close', { id, occurrence: '2026-12-08', status: 'done' });
    await t.ok('careEvents.close', { id, occurrence: '2026-12-15', status: 'skipped' });
    expect(await occurrences()).toEqual(['2026-12-22']);
  });

  it('refuses a malformed day', async () => {
    const error = await t.fails('agenda.home', { today: '2026-02-30' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.today).toBeDefined();
  });
});
