// Names of countries, languages and months in the user's language, from Intl rather than from
// tables we would have to translate ourselves.
import { countryCodes, primaryMarkets } from '../../../shared/countries';

const regionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();

function displayNames(cache: Map<string, Intl.DisplayNames>, locale: string, type: 'region' | 'language') {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
    cache.set(locale, names);
  }
  return names;
}

/** "MY" → "Malaysia"; an unknown or empty code is returned as it is. */
export function countryName(code: string, locale: string): string {
  if (!code) return '';
  try {
    return displayNames(regionNames, locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, locale: string): string {
  if (!code) return '';
  try {
    return displayNames(languageNames, locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

export interface Option {
  value: string;
  label: string;
}

/** Every country as a picker option: the four primary markets first, the rest by name. */
export function countryOptions(locale: string): Option[] {
  const primary = new Set<string>(primaryMarkets);
  const collator = new Intl.Collator(locale);
  const rest = countryCodes
    .filter((code) => !primary.has(code))
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return [...primaryMarkets.map((code) => ({ value: code, label: countryName(code, locale) })), ...rest];
}

/** Month names for 1..12, e.g. "January". */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}
