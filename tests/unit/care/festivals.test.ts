import { Lunar } from 'lunar-typescript';
import { describe, expect, it } from 'vitest';
import {
  defaultGreetingFestivals,
  festivalsInRange,
  isPublicHoliday,
  publicHolidaysOn,
} from '../../../src/core/care/festivals';

/**
 * Published dates of each default festival. Where the date depends on moon sighting or has not
 * been gazetted yet, the comment says so and the value is the library's (pinned, so a library
 * update that moves it fails here and gets a look), never a silent ±1 day tolerance.
 */
const expectedDates: Record<string, Record<string, [string, string, string]>> = {
  MY: {
    'chinese-new-year': ['2026-02-17', '2027-02-06', '2028-01-26'],
    // 2026: gazetted 21 March. 2027 and 2028 are the library's computation; Malaysia fixes the day by
    // moon sighting (the 2027 date may come out as 10 March), so these may move by one day.
    'hari-raya-aidilfitri': ['2026-03-21', '2027-03-09', '2028-02-26'],
    // 2026: gazetted 8 November (a Sunday; the library also lists 9 November, the day off in lieu).
    // 2027: library. 2028: the library says 15 November, but the Hindu calendar puts Diwali on
    // 17 October 2028 (Ashvin new moon); not gazetted yet: corrected in festival-corrections.ts.
    deepavali: ['2026-11-08', '2027-10-28', '2028-10-17'],
    christmas: ['2026-12-25', '2027-12-25', '2028-12-25'],
  },
  ID: {
    // 2026: the library's 20 March is Muhammadiyah's date; the government's sidang isbat may differ
    // by one day. 2027 and 2028 are the library's computation, to be fixed by the isbat.
    'idul-fitri': ['2026-03-20', '2027-03-09', '2028-02-26'],
    imlek: ['2026-02-17', '2027-02-06', '2028-01-26'],
    natal: ['2026-12-25', '2027-12-25', '2028-12-25'],
  },
  NL: {
    // 27 April, or 26 April when the 27th is a Sunday (none of 2026-2028).
    koningsdag: ['2026-04-27', '2027-04-27', '2028-04-27'],
    sinterklaas: ['2026-12-05', '2027-12-05', '2028-12-05'],
    kerstmis: ['2026-12-25', '2027-12-25', '2028-12-25'],
  },
  CN: {
    'spring-festival': ['2026-02-17', '2027-02-06', '2028-01-26'],
    'mid-autumn': ['2026-09-25', '2027-09-15', '2028-10-03'],
    'dragon-boat': ['2026-06-19', '2027-06-09', '2028-05-28'],
    'national-day': ['2026-10-01', '2027-10-01', '2028-10-01'],
  },
};

describe('festivalsInRange', () => {
  const found = festivalsInRange(
    Object.keys(defaultGreetingFestivals),
    { from: '2026-01-01', to: '2028-12-31' },
    defaultGreetingFestivals,
  );

  for (const [country, festivals] of Object.entries(expectedDates))
    for (const [key, dates] of Object.entries(festivals))
      it(`dates ${country} ${key} on the published days of 2026-2028`, () => {
        expect(found.filter((f) => f.country === country && f.key === key).map((f) => f.date)).toEqual(dates);
      });

  it('greets each default festival once a year and nothing else', () => {
    const expectedCount = Object.values(expectedDates).reduce(
      (n, festivals) => n + Object.keys(festivals).length * 3,
      0,
    );
    expect(found).toHaveLength(expectedCount);
    for (const [country, keys] of Object.entries(defaultGreetingFestivals))
      expect(Object.keys(expectedDates[country] ?? {}).sort()).toEqual([...keys].sort());
  });

  it('uses the local name from the library', () => {
    const names = Object.fromEntries(
      found.filter((f) => f.date.startsWith('2026')).map((f) => [`${f.country}:${f.key}`, f.name]),
    );
    expect(names).toMatchObject({
      'MY:hari-raya-aidilfitri': 'Hari Raya Aidil Fitri',
      'ID:imlek': 'Tahun Baru Imlek',
      'NL:sinterklaas': 'Sinterklaasavond',
      'CN:mid-autumn': '中秋节',
    });
  });

  it('dates the Spring Festival on lunar New Year’s Day, not on the eve the library also lists', () => {
    const springFestivals = festivalsInRange(
      ['CN'],
      { from: '2026-01-01', to: '2035-12-31' },
      { CN: ['spring-festival'] },
    );
    expect(springFestivals.map((f) => f.date)).toEqual(
      Array.from({ length: 10 }, (_, i) =>
        Lunar.fromYmd(2026 + i, 1, 1)
          .getSolar()
          .toYmd(),
      ),
    );
  });

  it('counts a festival of several days once, on its first day', () => {
    const october = festivalsInRange(
      ['CN'],
      { from: '2026-10-01', to: '2026-10-31' },
      { CN: ['national-day'] },
    );
    expect(october.map((f) => f.date)).toEqual(['2026-10-01']);
    // A range starting on the second day of Chinese New Year does not show it again.
    expect(
      festivalsInRange(['MY'], { from: '2026-02-18', to: '2026-02-28' }, defaultGreetingFestivals),
    ).toEqual([]);
  });

  it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday', () => {
    const kingsDay = festivalsInRange(
      ['NL'],
      { from: '2025-01-01', to: '2025-12-31' },
      { NL: ['koningsdag'] },
    );
    expect(kingsDay.map((f) => f.date)).toEqual(['2025-04-26']);
  });

  it('lists every holiday without a selection and nothing for an unknown country', () => {
    const keys = festivalsInRange(['NL', 'XX'], { from: '2026-01-01', to: '2026-12-31' }).map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining(['new-years-day', 'easter-monday', 'koningsdag', 'kerstmis', 'tweede-kerstdag']),
    );
  });
});

describe('isPublicHoliday', () => {
  it('warns for public holidays and days off in lieu, not for observances', () => {
    expect(isPublicHoliday('NL', '2026-04-27')).toBe(true);
    expect(isPublicHoliday('NL', '2026-12-05')).toBe(false); // Sinterklaas is not a day off
    expect(isPublicHoliday('MY', '2027-02-08')).toBe(true); // CNY in lieu of Sunday
    expect(isPublicHoliday('MY', '2026-03-10')).toBe(false);
    expect(isPublicHoliday('XX', '2026-01-01')).toBe(false);
    expect(publicHolidaysOn('ID', '2026-08-17')).toMatchObject([{ key: 'independence-day', type: 'public' }]);
  });
});
