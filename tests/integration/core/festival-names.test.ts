// Festivals named in the UI language on a real database file: the calendar, its .ics export and the
// home agenda name a festival in the language asked for where date-holidays has it (the country's
// first language otherwise, and when none is asked for), while its key — what greetings, settings
// and logged greetings refer to — stays the same in every language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { festivalsInRange, publicHolidaysOn } from '../../../src/core/care/festivals';
import { openTempCore, type TempCore } from './temp-core';

let t: TempCore;
const march = { from: '2026-03-15', to: '2026-03-31', kinds: ['festival' as const] };

beforeEach(async () => {
  t = await openTempCore();
  await t.ok('partners.create', {
    partner: { name: 'Maju Jaya Elektrik', type: 'dealer', country: 'MY', city: 'Klang' },
  });
});
afterEach(async () => t.dispose());

describe('festival names in the UI language', () => {
  it('names Hari Raya Aidilfitri in English, Dutch or Malay on the calendar, under one key', async () => {
    const raya = async (language?: 'en' | 'nl' | 'ms') => {
      const { items } = await t.ok('calendar.range', { ...march, ...(language ? { language } : {}) });
      return items.filter((item) => item.festivalKey === 'hari-raya-aidilfitri');
    };
    const [english, dutch, malay, unasked] = await Promise.all([raya('en'), raya('nl'), raya('ms'), raya()]);
    expect(english.map((item) => item.title)).toEqual(['End of Ramadan (Eid al-Fitr)']);
    expect(dutch.map((item) => item.title)).toEqual(['Suikerfeest (Eid al-Fitr)']);
    expect(malay.map((item) => item.title)).toEqual(['Hari Raya Aidil Fitri']);
    // Nothing asked: Malaysia's first language, as before.
    expect(unasked.map((item) => item.title)).toEqual(['Hari Raya Aidil Fitri']);
    // The same occurrence whatever its name: greetings logged under its key still count.
    const keys = new Set([english, dutch, malay].map((items) => items[0]!.key));
    expect(keys).toEqual(new Set(['festival:MY:hari-raya-aidilfitri:2026-03-21']));
  });

  it('names it in the .ics export and on the home agenda too', async () => {
    const ics = await t.ok('calendar.exportIcs', { ...march, language: 'nl' });
    expect(ics.content).toContain('SUMMARY:Suikerfeest (Eid al-Fitr)');
    const agenda = async (language: 'en' | 'nl') =>
      (await t.ok('agenda.home', { today: '2026-03-18', language })).thisWeek.items
        .filter((item) => item.festivalKey === 'hari-raya-aidilfitri')
        .map((item) => [item.key, item.title]);
    expect(await agenda('nl')).toEqual([
      ['festival:MY:hari-raya-aidilfitri:2026-03-21', 'Suikerfeest (Eid al-Fitr)'],
    ]);
    expect(await agenda('en')).toEqual([
      ['festival:MY:hari-raya-aidilfitri:2026-03-21', 'End of Ramadan (Eid al-Fitr)'],
    ]);
  });

  it("falls back to the country's own name where the library has no translation", () => {
    // date-holidays has no Chinese name for Malaysia's Hari Raya Haji, nor a Dutch one for China's Youth Day.
    const range = { from: '2026-05-01', to: '2026-05-31' };
    const name = (country: string, key: string, language: string | null) =>
      festivalsInRange([country], range, undefined, language).find((f) => f.key === key)?.name;
    expect(name('MY', 'hari-raya-haji', 'zh')).toBe('Hari Raya Haji');
    expect(name('CN', 'youth-day', 'nl')).toBe(name('CN', 'youth-day', null));
    // Asking in between for another language does not change what a later one falls back to.
    expect(name('MY', 'hari-raya-haji', 'nl')).toBe('Offerfeest (Eid Al-Adha)');
    expect(name('MY', 'hari-raya-haji', 'zh')).toBe('Hari Raya Haji');
    expect(publicHolidaysOn('MY', '2026-05-27', 'en').map((f) => [f.key, f.name])).toEqual([
      ['hari-raya-haji', 'Feast of the Sacrifice (Eid al-Adha)'],
    ]);
  });

  it('refuses a language the app does not speak', async () => {
    const error = await t.fails('calendar.range', { ...march, language: 'fr' });
    expect(error.code).toBe('VALIDATION');
  });
});
