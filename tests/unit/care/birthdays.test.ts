import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anniversariesInRange } from '../../../src/core/care/anniversaries';
import { birthdaysInRange, type BirthdayContact } from '../../../src/core/care/birthdays';
import { addDays, isLeapYear } from '../../../src/core/care/calendar-dates';
import { leapDayRule } from '../../../src/core/care/yearly-dates';

function contact(id: string, birthday: string, lunar = false): BirthdayContact {
  return { id, name: `Contact ${id}`, partnerId: `p-${id}`, birthday, lunar };
}

const year2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('birthdaysInRange', () => {
  it('finds birthdays with and without a year, with the age when known', () => {
    const contacts = [
      contact('a', '1980-03-10'),
      contact('b', '--03-12'),
      contact('c', ''),
      contact('d', '1990-04-01'),
    ];
    expect(birthdaysInRange(contacts, { from: '2026-03-01', to: '2026-03-31' })).toEqual([
      {
        contactId: 'a',
        partnerId: 'p-a',
        date: '2026-03-10',
        age: 46,
        lunar: false,
        shiftedFromLeapDay: false,
      },
      {
        contactId: 'b',
        partnerId: 'p-b',
        date: '2026-03-12',
        age: null,
        lunar: false,
        shiftedFromLeapDay: false,
      },
    ]);
  });

  it('shows 29 February on 28 February in other years and states the rule', () => {
    const leapling = [contact('a', '2000-02-29')];
    expect(birthdaysInRange(leapling, { from: '2027-02-01', to: '2027-03-31' })).toEqual([
      {
        contactId: 'a',
        partnerId: 'p-a',
        date: '2027-02-28',
        age: 27,
        lunar: false,
        shiftedFromLeapDay: true,
      },
    ]);
    expect(birthdaysInRange(leapling, { from: '2028-02-01', to: '2028-03-31' })).toMatchObject([
      { date: '2028-02-29', age: 28, shiftedFromLeapDay: false },
    ]);
    expect(leapDayRule.message).toContain('28 February');
  });

  it('leaves out the day of birth and days before it', () => {
    expect(birthdaysInRange([contact('a', '2026-05-01')], year2026)).toEqual([]);
    expect(birthdaysInRange([contact('a', '2025-05-01')], year2026)).toMatchObject([
      { date: '2026-05-01', age: 1 },
    ]);
  });

  it('moves lunar birthdays to their Gregorian day each year', () => {
    // Born on lunar New Year's Day, Mid-Autumn and Dragon Boat day 1990 (27 January, 3 October,
    // 28 May 1990): their birthdays fall on those festivals' published dates.
    const contacts = [
      contact('ny', '1990-01-27', true),
      contact('ma', '1990-10-03', true),
      contact('db', '1990-05-28', true),
    ];
    const expected: Record<string, string[]> = {
      ny: ['2026-02-17', '2027-02-06', '2028-01-26'],
      ma: ['2026-09-25', '2027-09-15', '2028-10-03'],
      db: ['2026-06-19', '2027-06-09', '2028-05-28'],
    };
    const found = birthdaysInRange(contacts, { from: '2026-01-01', to: '2028-12-31' });
    for (const [id, dates] of Object.entries(expected))
      expect(found.filter((b) => b.contactId === id).map((b) => [b.date, b.age, b.lunar])).toEqual(
        dates.map((date, i) => [date, 36 + i, true]),
      );
  });

  it('keeps a leap-month birth in the regular month and day 30 on day 29 in short months', () => {
    // 1 April 2023 is day 11 of the leap second month of 2023; lunar 2/11 is 29 March 2026.
    expect(birthdaysInRange([contact('a', '2023-04-01', true)], year2026)).toMatchObject([
      { date: '2026-03-29', age: 3 },
    ]);
    // 4 April 1981 is lunar 2/30; the second month has 29 days in 2026 (2/29 = 16 April) and 30 in 2027.
    const thirtieth = [contact('a', '1981-04-04', true)];
    expect(birthdaysInRange(thirtieth, year2026).map((b) => b.date)).toEqual(['2026-04-16']);
    expect(birthdaysInRange(thirtieth, { from: '2027-01-01', to: '2027-12-31' }).map((b) => b.date)).toEqual([
      '2027-04-06',
    ]);
  });

  it('shows a lunar contact without a year of birth on the Gregorian day', () => {
    expect(birthdaysInRange([contact('a', '--06-15', true)], year2026)).toMatchObject([
      { date: '2026-06-15', lunar: false },
    ]);
  });
});

const birthdayArb = fc
  .tuple(fc.integer({ min: 1940, max: 2010 }), fc.integer({ min: 0, max: 365 }), fc.boolean())
  .map(([year, dayOfYear, knownYear]) => {
    const date = addDays(`${year}-01-01`, Math.min(dayOfYear, isLeapYear(year) ? 365 : 364));
    return knownYear ? date : `--${date.slice(5)}`;
  });

describe('birthdaysInRange invariants', () => {
  it('shows every Gregorian birthday exactly once in each full year', () => {
    fc.assert(
      fc.property(
        fc.array(birthdayArb, { maxLength: 40 }),
        fc.integer({ min: 2011, max: 2040 }),
        (birthdays, year) => {
          const contacts = birthdays.map((b, i) => contact(String(i), b));
          const found = birthdaysInRange(contacts, { from: `${year}-01-01`, to: `${year}-12-31` });
          expect(found.map((b) => b.contactId).sort()).toEqual(contacts.map((c) => c.id).sort());
        },
      ),
    );
  });

  it('shows 29 February on 29 February in leap years and on 28 February otherwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2001, max: 2400 }),
        fc.constantFrom('2000-02-29', '--02-29'),
        (year, birthday) => {
          const [found] = birthdaysInRange([contact('a', birthday)], {
            from: `${year}-01-01`,
            to: `${year}-12-31`,
          });
          expect(found?.date).toBe(isLeapYear(year) ? `${year}-02-29` : `${year}-02-28`);
          expect(found?.shiftedFromLeapDay).toBe(!isLeapYear(year));
        },
      ),
    );
  });
});

describe('anniversariesInRange', () => {
  it('counts the years and skips the start itself', () => {
    const partners = [
      { partnerId: 'a', partnershipStart: '2016-06-01' },
      { partnerId: 'b', partnershipStart: '2026-06-02' },
      { partnerId: 'c', partnershipStart: null },
      { partnerId: 'd', partnershipStart: '2020-02-29' },
    ];
    expect(anniversariesInRange(partners, { from: '2026-01-01', to: '2026-12-31' })).toEqual([
      { partnerId: 'd', date: '2026-02-28', years: 6, shiftedFromLeapDay: true },
      { partnerId: 'a', date: '2026-06-01', years: 10, shiftedFromLeapDay: false },
    ]);
    expect(anniversariesInRange(partners, { from: '2028-02-29', to: '2028-02-29' })).toMatchObject([
      { partnerId: 'd', years: 8, shiftedFromLeapDay: false },
    ]);
  });
});
