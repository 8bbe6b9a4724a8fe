// Festivals and public holidays per country from date-holidays, each under a stable key that
// settings and greeting templates refer to, and the festivals greeted by default per market. Names
// come in the language asked for (the UI's) where the library has one, else in the country's first
// language; the keys never depend on it.
import { correctedFestivalDate } from './festival-corrections';
import { defaultFestivalsByCountry } from '../../shared/greetings';
import Holidays from 'date-holidays';
import { addDays, assertDateRange, isDateInRange, yearsOfRange, type DateRange } from './calendar-dates';

export type HolidayType = 'public' | 'bank' | 'optional' | 'school' | 'observance';

export interface FestivalOccurrence {
  country: string;
  /** The first day of the festival proper (not its eve, not a substitute day off). */
  date: string;
  key: string;
  /** The name in the language asked for, else the country's first language, as date-holidays spells it. */
  name: string;
  type: HolidayType;
}

/** One day off or observance as date-holidays lists it, with our key. */
interface HolidayDay {
  date: string;
  key: string;
  name: string;
  type: HolidayType;
  substitute: boolean;
  /** Which of the library's days this is (its rule and date), to find its name in another language. */
  sourceKey: string;
  /** The year whose list of the library's it comes from. */
  year: number;
}

/** Which festivals each market greets unless the team changes it in settings. */
export const defaultGreetingFestivals: Readonly<Record<string, readonly string[]>> =
  defaultFestivalsByCountry;

/**
 * Keys by the library's English name (steadier than its local names). The same festival has a key
 * per market, in the words people there use (imlek, natal, kerstmis), because greetings differ too.
 * Holidays not listed here get their English name in kebab case, e.g. 'labour-day'.
 */
const festivalKeysByEnglishName: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  MY: {
    'Chinese New Year': 'chinese-new-year',
    'End of Ramadan (Eid al-Fitr)': 'hari-raya-aidilfitri',
    'Feast of the Sacrifice (Eid al-Adha)': 'hari-raya-haji',
    Deepavali: 'deepavali',
    'Christmas Day': 'christmas',
    'Independence Day': 'national-day',
    'Vesak Day': 'wesak',
  },
  ID: {
    'Chinese New Year': 'imlek',
    'End of Ramadan (Eid al-Fitr)': 'idul-fitri',
    'Feast of the Sacrifice (Eid al-Adha)': 'idul-adha',
    'Christmas Day': 'natal',
    'Vesak Day': 'waisak',
  },
  NL: {
    "King's Day": 'koningsdag',
    "St Nicholas' Eve": 'sinterklaas',
    'Christmas Day': 'kerstmis',
    'Boxing Day': 'tweede-kerstdag',
  },
  CN: {
    'Spring Festival': 'spring-festival',
    'Mid-Autumn Festival': 'mid-autumn',
    'Dragon Boat Festival': 'dragon-boat',
    'National Day': 'national-day',
    'Qingming Festival': 'qingming',
  },
};

/** date-holidays lists New Year's Eve (chinese 01-0-00) under "Spring Festival" for CN. */
const lunarNewYearsEveRule = 'chinese 01-0-00';

function kebabCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const supportedCountries = new Set(Object.keys(new Holidays().getCountries()));
const calendars = new Map<string, { calendar: Holidays; language: string } | null>();
const holidayDaysByCountryYear = new Map<string, HolidayDay[]>();

/** The library's calendar with the country's first language, read once: each call reorders it. */
function calendarOf(country: string): { calendar: Holidays; language: string } | null {
  if (!calendars.has(country)) {
    const calendar = supportedCountries.has(country) ? new Holidays(country) : null;
    calendars.set(country, calendar && { calendar, language: calendar.getLanguages()[0] ?? 'en' });
  }
  return calendars.get(country) ?? null;
}

/** The library takes milliseconds per country and year, and its answer never changes: kept. */
function holidayDaysOf(country: string, year: number): HolidayDay[] {
  const cacheKey = `${country}:${year}`;
  const cached = holidayDaysByCountryYear.get(cacheKey);
  if (cached) return cached;
  const local = calendarOf(country);
  const days: HolidayDay[] = [];
  if (local) {
    // Copy out the local names first: asking for English rewrites the objects the library returned.
    const holidays = local.calendar.getHolidays(year, local.language).map((holiday) => ({ ...holiday }));
    const english = local.calendar.getHolidays(year, 'en');
    const keys = festivalKeysByEnglishName[country] ?? {};
    holidays.forEach((holiday, i) => {
      // Both lists come from the same rules in the same order; only the names differ.
      const englishName =
        english[i]?.rule === holiday.rule ? (english[i]?.name ?? holiday.name) : holiday.name;
      const key =
        holiday.rule === lunarNewYearsEveRule
          ? 'lunar-new-years-eve'
          : (keys[englishName] ?? kebabCase(englishName));
      days.push({
        date: correctedFestivalDate(country, key, holiday.date.slice(0, 10)),
        key,
        name: holiday.name,
        type: holiday.type,
        substitute: holiday.substitute === true,
        sourceKey: sourceKeyOf(holiday),
        year,
      });
    });
  }
  // A correction can move a day before others of the year; festivals are read in date order.
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  holidayDaysByCountryYear.set(cacheKey, days);
  return days;
}

const sourceKeyOf = (holiday: { rule: string; date: string; substitute?: boolean }) =>
  `${holiday.rule}\u0001${holiday.date}\u0001${holiday.substitute === true ? 's' : ''}`;

const namesByCountryYearLanguage = new Map<string, Map<string, string>>();

/**
 * The library's names of a country's days in a year in `language`, by source key; a day the
 * library has no such name for gets the country's first language (its own fallback).
 */
function holidayNamesIn(country: string, year: number, language: string): Map<string, string> {
  const cacheKey = `${country}:${year}:${language}`;
  const cached = namesByCountryYearLanguage.get(cacheKey);
  if (cached) return cached;
  const names = new Map<string, string>();
  const local = calendarOf(country);
  if (local) {
    // getHolidays puts the language it is given in front of the calendar's own list (and keeps it
    // there): reset the list first, so a missing name falls back to the country's language and not
    // to whatever was asked for last.
    local.calendar.setLanguages(local.language);
    for (const holiday of local.calendar.getHolidays(year, language)) {
      names.set(sourceKeyOf(holiday), holiday.name);
    }
  }
  namesByCountryYearLanguage.set(cacheKey, names);
  return names;
}

/** A day's name in `language` (null: the country's first language). */
function nameIn(country: string, day: HolidayDay, language: string | null): string {
  const local = calendarOf(country);
  if (language === null || !local || language === local.language) return day.name;
  return holidayNamesIn(country, day.year, language).get(day.sourceKey) ?? day.name;
}

/**
 * Festivals of the countries in the range, one per festival: consecutive days of the same
 * festival (Chinese New Year's two days, National Day's three) count once, on the first day.
 * With a selection, only the keys it lists per country (e.g. defaultGreetingFestivals).
 */
export function festivalsInRange(
  countries: readonly string[],
  range: DateRange,
  selection?: Readonly<Record<string, readonly string[]>>,
  /** The names' language, e.g. the UI's ('en', 'nl'); left out: each country's first language. */
  language: string | null = null,
): FestivalOccurrence[] {
  assertDateRange(range);
  const found: FestivalOccurrence[] = [];
  for (const country of new Set(countries)) {
    const wanted = selection ? new Set(selection[country] ?? []) : null;
    // A festival starting on 31 December still counts once when the range starts on 1 January.
    const lastDayByKey = new Map<string, string>();
    for (const year of [Number(range.from.slice(0, 4)) - 1, ...yearsOfRange(range)]) {
      for (const day of holidayDaysOf(country, year)) {
        if (day.substitute || (wanted && !wanted.has(day.key))) continue;
        const continues = lastDayByKey.get(day.key) === addDays(day.date, -1);
        lastDayByKey.set(day.key, day.date);
        if (continues || !isDateInRange(day.date, range)) continue;
        found.push({
          country,
          date: day.date,
          key: day.key,
          name: nameIn(country, day, language),
          type: day.type,
        });
      }
    }
  }
  return found.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.country.localeCompare(b.country),
  );
}

/** The public holidays (substitute days off included) on that day, for the visit planner's warning. */
export function publicHolidaysOn(
  country: string,
  date: string,
  language: string | null = null,
): FestivalOccurrence[] {
  return holidayDaysOf(country, Number(date.slice(0, 4)))
    .filter((day) => day.date === date && day.type === 'public')
    .map((day) => ({ country, date, key: day.key, name: nameIn(country, day, language), type: day.type }));
}

export function isPublicHoliday(country: string, date: string): boolean {
  return publicHolidaysOn(country, date).length > 0;
}
