// How the planner words days, greetings and holidays in the user's language.
import type { TFunction } from 'i18next';
import type { PlannerGreeting, PlannerHoliday } from '../../../../shared/care';
import { countryName } from '../../i18n/display-names';

function utcDate(date: string): Date {
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  );
}

// Making a formatter costs far more than using one, and a week of rows uses the same few.
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(utcDate(date));
}

/** "Mon 21": a day chip of the week. */
export function chipText(date: string, locale: string): string {
  return `${format(date, locale, { weekday: 'short' })} ${format(date, locale, { day: 'numeric' })}`;
}

/** "12 Dec" (or "Dec 12", as the language writes it) */
export function dayMonthText(date: string, locale: string): string {
  return format(date, locale, { day: 'numeric', month: 'short' });
}

/** "Mon, 2 Nov" */
export function dayText(date: string, locale: string): string {
  return format(date, locale, { weekday: 'short', day: 'numeric', month: 'short' });
}

export function greetingText(t: TFunction, greeting: PlannerGreeting, locale: string): string {
  const date = dayMonthText(greeting.date, locale);
  switch (greeting.kind) {
    case 'birthday':
      return t('visitPlanner.greeting.birthday', { name: greeting.title, date });
    case 'anniversary':
      return greeting.years === null
        ? t('visitPlanner.greeting.anniversaryUnknown', { date })
        : t('visitPlanner.greeting.anniversary', { count: greeting.years, date });
    case 'festival':
      return t('visitPlanner.greeting.festival', { name: greeting.title, date });
  }
}

/** "Deepavali is a public holiday in Malaysia" */
export function holidayWarning(t: TFunction, holiday: PlannerHoliday, locale: string): string {
  const values = { name: holiday.name, country: countryName(holiday.country, locale) };
  return holiday.publicHoliday
    ? t('visitPlanner.holiday.public', values)
    : t('visitPlanner.holiday.festival', values);
}
