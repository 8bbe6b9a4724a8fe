import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

describe('care settings on a real database file', () => {
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

  const festivalsInDecember = async () =>
    (await t.ok('calendar.range', { from: '2026-12-01', to: '2026-12-31', partnerId })).items
      .filter((item) => item.source === 'festival')
      .map((item) => item.festivalKey);

  it('starts from the default festivals and lead times', async () => {
    const settings = await t.ok('careSettings.get', {});
    expect(settings.festivalsByCountry.MY).toEqual([
      'chinese-new-year',
      'hari-raya-aidilfitri',
      'deepavali',
      'christmas',
    ]);
    expect(settings.festivalsByCountry.NL).toEqual(['koningsdag', 'sinterklaas', 'kerstmis']);
    expect(settings.reminderLeadDays).toEqual({
      birthday: 3,
      anniversary: 7,
      festival: 7,
      visit: 1,
      other: 1,
    });
    expect(await festivalsInDecember()).toEqual(['christmas']);
  });

  it('the festival choice decides which festivals the calendar shows, and undoes', async () => {
    const saved = await t.ok('careSettings.saveFestivals', { country: 'my', festivalKeys: ['deepavali'] });
    expect((await t.ok('careSettings.get', {})).festivalsByCountry.MY).toEqual(['deepavali']);
    expect(await festivalsInDecember()).toEqual([]);
    const november = (await t.ok('calendar.range', { from: '2026-11-01', to: '2026-11-30', partnerId })).items
      .filter((item) => item.source === 'festival')
      .map((item) => item.festivalKey);
    expect(november).toEqual(['deepavali']);

    await t.ok('careSettings.saveFestivals', { country: 'MY', festivalKeys: [] });
    expect((await t.ok('careSettings.get', {})).festivalsByCountry.MY).toEqual([]);

    await t.ok('history.undo', {});
    await t.ok('history.undo', { batchId: saved.batchId });
    expect((await t.ok('careSettings.get', {})).festivalsByCountry.MY).toContain('christmas');
    expect(await festivalsInDecember()).toEqual(['christmas']);
  });

  it('refuses an unknown festival or country at the field', async () => {
    const unknown = await t.fails('careSettings.saveFestivals', {
      country: 'MY',
      festivalKeys: ['halloween'],
    });
    expect(unknown.code).toBe('VALIDATION');
    expect(Object.keys(unknown.fields ?? {})[0]).toMatch(/^festivalKeys/);
    const country = await t.fails('careSettings.saveFestivals', { country: 'Malaysia', festivalKeys: [] });
    expect(country.fields?.country?.key).toBe('validation.country');
  });

  it('saves reminder lead times per kind, keeps the others, and checks 0 to 60 days', async () => {
    await t.ok('careSettings.saveReminderLeadDays', { leadDays: { birthday: 5 } });
    await t.ok('careSettings.saveReminderLeadDays', { leadDays: { festival: 14, visit: 0 } });
    expect((await t.ok('careSettings.get', {})).reminderLeadDays).toEqual({
      birthday: 5,
      anniversary: 7,
      festival: 14,
      visit: 0,
      other: 1,
    });
    for (const days of [61, -1, 2.5]) {
      const error = await t.fails('careSettings.saveReminderLeadDays', { leadDays: { birthday: days } });
      expect(error.fields?.['leadDays.birthday']).toMatchObject({ key: 'validation.leadDays' });
    }
    expect((await t.ok('careSettings.get', {})).reminderLeadDays.birthday).toBe(5);
  });
});

describe('festival options for the settings screen', () => {
  it('lists the default markets and the countries partners are in, with next dates', async () => {
    const t = await openTempCore();
    try {
      await t.ok('partners.create', {
        partner: { name: 'Lion City Traders', type: 'retailer', country: 'SG', city: 'Singapore' },
      });
      const options = await t.ok('careSettings.festivalOptions', { today: '2026-06-01' });
      expect(options.map((o) => o.country)).toEqual(['MY', 'ID', 'NL', 'CN', 'SG']);
      const my = options.find((o) => o.country === 'MY')!;
      expect(my.partnerCount).toBe(0);
      expect(my.festivals).toContainEqual({ key: 'deepavali', nextDate: '2026-11-08' });
      expect(my.festivals).toContainEqual({ key: 'chinese-new-year', nextDate: '2027-02-06' });
      const nl = options.find((o) => o.country === 'NL')!;
      expect(nl.festivals).toContainEqual({ key: 'koningsdag', nextDate: '2027-04-27' });
      const sg = options.find((o) => o.country === 'SG')!;
      expect(sg.partnerCount).toBe(1);
      expect(sg.festivals.map((f) => f.key)).toContain('chinese-new-year');
      expect(sg.festivals.map((f) => f.key)).not.toContain('national-day');
    } finally {
      await t.dispose();
    }
  });
});
