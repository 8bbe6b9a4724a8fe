import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

describe('calendar range: stored and derived care events', () => {
  let t: TempCore;
  let penang: string;
  let johor: string;
  beforeEach(async () => {
    t = await openTempCore();
    ({ id: penang } = await t.ok('partners.create', {
      partner: {
        name: 'Maju Jaya',
        type: 'dealer',
        country: 'MY',
        region: 'Penang',
        partnershipStart: '2019-02-10',
      },
    }));
    ({ id: johor } = await t.ok('partners.create', {
      partner: {
        name: 'Sinar Johor',
        type: 'dealer',
        country: 'MY',
        region: 'Johor',
        partnershipStart: '2024-02-29',
      },
    }));
    await t.ok('contacts.create', { partnerId: penang, name: 'Tan Mei Ling', birthday: '1980-02-14' });
    await t.ok('contacts.create', { partnerId: penang, name: 'Leap Day', birthday: '--02-29' });
    await t.ok('contacts.create', { partnerId: johor, name: 'Ahmad Rahman', birthday: '1975-02-20' });
    // Lunar 1960-01-01 (Spring Festival 1960 was 28 January): in 2027 it is 6 February.
    await t.ok('contacts.create', {
      partnerId: penang,
      name: 'Lim Ah Kow',
      birthday: '1960-01-28',
      birthdayLunar: true,
    });
    await t.ok('careEvents.create', {
      partnerId: penang,
      kind: 'visit',
      title: 'Weekly visit',
      start: '2027-02-01',
      rrule: 'FREQ=WEEKLY;COUNT=8',
      exceptions: [{ kind: 'skip', occurrence: '2027-02-15' }],
    });
    await t.ok('careEvents.create', {
      partnerId: johor,
      kind: 'training',
      title: 'Product training',
      start: '2027-02-18',
    });
  });
  afterEach(async () => {
    await t.dispose();
  });

  const february = { from: '2027-02-01', to: '2027-02-28' };

  it('lists a month of events, repeats, birthdays and anniversaries in date order', async () => {
    const { items: all, truncated } = await t.ok('calendar.range', february);
    const items = all.filter((i) => i.source !== 'festival');
    expect(truncated).toBe(false);
    expect(items.map((i) => `${i.start} ${i.kind} ${i.title}${i.years ? ` (${i.years})` : ''}`)).toEqual([
      '2027-02-01 visit Weekly visit',
      '2027-02-06 birthday Lim Ah Kow (67)',
      '2027-02-08 visit Weekly visit',
      '2027-02-10 anniversary Maju Jaya (8)',
      '2027-02-14 birthday Tan Mei Ling (47)',
      '2027-02-18 training Product training',
      '2027-02-20 birthday Ahmad Rahman (52)',
      '2027-02-22 visit Weekly visit',
      '2027-02-28 birthday Leap Day',
      '2027-02-28 anniversary Sinar Johor (3)',
    ]);
    const leap = items.find((i) => i.title === 'Leap Day');
    expect(leap).toMatchObject({ shiftedFromLeapDay: true, years: null });
    expect(items.find((i) => i.title === 'Lim Ah Kow')?.lunar).toBe(true);
  });

  it('filters by region, partner and kind', async () => {
    const johorOnly = await t.ok('calendar.range', {
      ...february,
      regions: ['Johor'],
      kinds: ['training', 'birthday', 'anniversary'],
    });
    expect(johorOnly.items.map((i) => i.title)).toEqual(['Product training', 'Ahmad Rahman', 'Sinar Johor']);
    const visits = await t.ok('calendar.range', { ...february, partnerId: penang, kinds: ['visit'] });
    expect(visits.items.map((i) => i.start)).toEqual(['2027-02-01', '2027-02-08', '2027-02-22']);
    const birthdaysOnly = await t.ok('calendar.range', { ...february, kinds: ['birthday'] });
    expect(birthdaysOnly.items.every((i) => i.source === 'birthday')).toBe(true);
  });

  it("follows a partner to its new owner: its contacts' birthdays (lunar ones too) move with it", async () => {
    const { id: aisha } = await t.ok('owners.create', { name: 'Aisha Rahman' });
    const { id: ben } = await t.ok('owners.create', { name: 'Ben de Vries' });
    const partner = await t.ok('partners.get', { id: penang });
    const {
      id: _drop,
      ownerName: _name,
      contactCount: _count,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = partner;
    await t.ok('partners.update', { id: penang, partner: { ...fields, ownerId: aisha } });
    const titles = async (ownerId: string) =>
      (await t.ok('calendar.range', { ...february, ownerIds: [ownerId], kinds: ['birthday'] })).items.map(
        (item) => item.title,
      );
    expect(await titles(aisha)).toEqual(['Lim Ah Kow', 'Tan Mei Ling', 'Leap Day']);
    expect(await titles(ben)).toEqual([]);

    await t.ok('partners.update', { id: penang, partner: { ...fields, ownerId: ben } });
    await t.ok('contacts.create', { partnerId: penang, name: 'Wong Siew Lan', birthday: '1990-02-03' });
    expect(await titles(ben)).toEqual(['Wong Siew Lan', 'Lim Ah Kow', 'Tan Mei Ling', 'Leap Day']);
    expect(await titles(aisha)).toEqual([]);
  });

  it('shows 29 February birthdays on the day itself in a leap year', async () => {
    const { items } = await t.ok('calendar.range', {
      from: '2028-02-01',
      to: '2028-02-29',
      kinds: ['birthday'],
    });
    expect(items.find((i) => i.title === 'Leap Day')).toMatchObject({
      start: '2028-02-29',
      shiftedFromLeapDay: false,
    });
  });

  it('shows the greeting festivals of the partners’ countries', async () => {
    const { items } = await t.ok('calendar.range', { ...february, kinds: ['festival'] });
    // Chinese New Year 2027 is 6 February; Malaysia greets it.
    expect(items).toEqual([
      expect.objectContaining({
        start: '2027-02-06',
        country: 'MY',
        festivalKey: 'chinese-new-year',
        partnerId: null,
      }),
    ]);
    const march = await t.ok('calendar.range', { from: '2027-03-01', to: '2027-03-31', kinds: ['festival'] });
    expect(march.items.map((i) => i.festivalKey)).toEqual(['hari-raya-aidilfitri']);
  });

  it('exports the period to an .ics file that parses back, with reminders and stable UIDs', async () => {
    const input = { from: '2027-01-01', to: '2027-04-30', partnerId: penang, calendarName: 'Penang care' };
    const first = await t.ok('calendar.exportIcs', input);
    expect(first.fileName).toBe('Penang-care-2027-01-01-to-2027-04-30.ics');
    const calendar = new ICAL.Component(ICAL.parse(first.content));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(first.eventCount);
    // 8 weekly visits minus one skipped, 3 birthdays a year here, the anniversary, MY festivals.
    const titles = events.map((event) => event.summary);
    expect(titles.filter((title) => title.startsWith('Weekly visit'))).toHaveLength(7);
    expect(titles).toContain('Birthday: Tan Mei Ling (Maju Jaya)');
    expect(titles).toContain('8 years of partnership: Maju Jaya');
    const birthday = events.find((event) => event.summary.startsWith('Birthday: Tan Mei Ling'))!;
    expect(birthday.startDate.toString()).toBe('2027-02-14');
    const alarm = birthday.component.getFirstSubcomponent('valarm')!;
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P3D');

    const again = await t.ok('calendar.exportIcs', input);
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid);
    expect(uids(again.content)).toEqual(uids(first.content));
    expect(new Set(uids(first.content)).size).toBe(first.eventCount);
  });

  it('puts the alarms at the lead times the team chose in settings', async () => {
    await t.ok('careSettings.saveReminderLeadDays', { leadDays: { birthday: 5, visit: 0 } });
    const exported = await t.ok('calendar.exportIcs', {
      from: '2027-02-01',
      to: '2027-02-28',
      partnerId: penang,
    });
    const events = new ICAL.Component(ICAL.parse(exported.content))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    const trigger = (prefix: string) =>
      String(
        events
          .find((event) => event.summary.startsWith(prefix))!
          .component.getFirstSubcomponent('valarm')!
          .getFirstPropertyValue('trigger'),
      );
    expect(trigger('Birthday: Tan Mei Ling')).toBe('-P5D');
    expect(trigger('Weekly visit')).toBe('PT0S');
  });

  it('refuses a range that ends before it starts or spans more than two months', async () => {
    expect((await t.fails('calendar.range', { from: '2027-03-01', to: '2027-02-01' })).fields?.to?.key).toBe(
      'validation.endBeforeStart',
    );
    expect((await t.fails('calendar.range', { from: '2027-01-01', to: '2027-06-01' })).fields?.to?.key).toBe(
      'validation.rangeTooLong',
    );
  });
});
