// Contact birthdays that fall in a range (derived events nobody types in): Gregorian ones by month
// and day with the 29 February rule, lunar ones moved to their Gregorian day in each year.
import { isDateInRange, parseIsoDate, type DateRange, assertDateRange } from './calendar-dates';
import { gregorianDateOfLunar, lunarBirthDateOf } from './lunar-birthdays';
import { yearlyDatesByMonthDay } from './yearly-dates';

export interface BirthdayContact {
  id: string;
  name: string;
  partnerId: string;
  /** 'YYYY-MM-DD', '--MM-DD' (year unknown) or '' (none), as in shared/contacts.ts. */
  birthday: string;
  /** Celebrates by the Chinese lunar calendar; birthday is then the Gregorian date of birth. */
  lunar: boolean;
}

export interface BirthdayOccurrence {
  contactId: string;
  partnerId: string;
  date: string;
  /** The age reached on that day; null when the year of birth is unknown. */
  age: number | null;
  lunar: boolean;
  shiftedFromLeapDay: boolean;
}

/**
 * Every birthday in the range, sorted by date. Birthdays on or before the day of birth are left out.
 * A lunar contact without a year of birth cannot be converted and is shown on the Gregorian day.
 */
export function birthdaysInRange(
  contacts: readonly BirthdayContact[],
  range: DateRange,
): BirthdayOccurrence[] {
  assertDateRange(range);
  const byMonthDay = yearlyDatesByMonthDay(range);
  const found: BirthdayOccurrence[] = [];
  for (const contact of contacts) {
    const birthday = contact.birthday;
    // 'YYYY-MM-DD' or '--MM-DD'; anything else is no birthday.
    if (birthday.length !== 10 && birthday.length !== 7) continue;
    const birthYear = birthday.startsWith('--') ? null : Number(birthday.slice(0, 4));
    if (contact.lunar && birthYear !== null) {
      lunarBirthdaysInRange(contact, birthday, range, found);
      continue;
    }
    const dates = byMonthDay.get(birthday.slice(-5));
    if (!dates) continue;
    for (const { date, year, shiftedFromLeapDay } of dates) {
      if (birthYear !== null && year <= birthYear) continue;
      found.push({
        contactId: contact.id,
        partnerId: contact.partnerId,
        date,
        age: birthYear === null ? null : year - birthYear,
        lunar: false,
        shiftedFromLeapDay,
      });
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function lunarBirthdaysInRange(
  contact: BirthdayContact,
  birthday: string,
  range: DateRange,
  found: BirthdayOccurrence[],
): void {
  const born = parseIsoDate(birthday);
  if (born === null) return;
  const lunarBirth = lunarBirthDateOf(born.year, born.month, born.day);
  // A lunar year starts in late January or February, so its birthday may fall in the next
  // Gregorian year: start one lunar year before the range.
  const firstYear = Math.max(lunarBirth.lunarYear + 1, Number(range.from.slice(0, 4)) - 1);
  for (let lunarYear = firstYear; lunarYear <= Number(range.to.slice(0, 4)); lunarYear++) {
    const date = gregorianDateOfLunar(lunarYear, lunarBirth.month, lunarBirth.day);
    if (!isDateInRange(date, range)) continue;
    found.push({
      contactId: contact.id,
      partnerId: contact.partnerId,
      date,
      age: lunarYear - lunarBirth.lunarYear,
      lunar: true,
      shiftedFromLeapDay: false,
    });
  }
}
