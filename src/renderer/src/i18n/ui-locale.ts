// From the computer's languages and the user's choice to the locale everything is shown in: which
// of our five languages, which regional conventions dates and numbers follow, and which day starts
// the week. Pure, so it is tested without a browser.
import { uiLanguages, type UiLanguage } from '../../../shared/ui-language';

/** The language the OS asks for, from navigator.languages: the first one we are written in. */
export function languageFromLocales(locales: readonly string[]): UiLanguage {
  for (const tag of locales) {
    const language = baseLanguage(tag);
    // 'in' is the old code for Indonesian that some Android and Java systems still report.
    if (language === 'in') return 'id';
    if ((uiLanguages as readonly string[]).includes(language)) return language as UiLanguage;
  }
  return 'en';
}

function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Where each language is mostly read, when the OS does not say a region for it. */
const homeLocale: Record<UiLanguage, string> = {
  en: 'en-GB',
  zh: 'zh-CN',
  ms: 'ms-MY',
  id: 'id-ID',
  nl: 'nl-NL',
};

/**
 * The BCP 47 locale for the chosen language: the OS's own variant of that language when it has one
 * (en-MY, nl-BE, zh-SG keep their conventions), else the language's home market. Chinese stays in
 * simplified script even on a Taiwanese or Hong Kong system, since the text is simplified Chinese.
 */
export function formattingLocale(language: UiLanguage, osLocales: readonly string[]): string {
  for (const tag of osLocales) {
    const base = baseLanguage(tag) === 'in' ? 'id' : baseLanguage(tag);
    if (base !== language) continue;
    try {
      const locale = new Intl.Locale(tag.replace(/_/g, '-'));
      const region = locale.maximize().region;
      if (!region) break;
      if (language === 'zh') return locale.maximize().script === 'Hans' ? `zh-${region}` : homeLocale.zh;
      return `${language}-${region}`;
    } catch {
      break;
    }
  }
  return homeLocale[language];
}

/** The UI language of a formatting locale ('zh-SG' → 'zh'); English for anything else. */
export function languageOfLocale(locale: string): UiLanguage {
  return languageFromLocales([locale]);
}

/** Regions whose weeks start on Sunday or Saturday (CLDR weekData); every other region: Monday. */
const sundayFirst = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const saturdayFirst = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The first day of the week as Mantine and dayjs count it (0 Sunday … 6 Saturday), from the
 * locale's region: Intl.Locale's week info where the runtime has it (Chromium), else CLDR's table.
 */
export function firstDayOfWeek(locale: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  let parsed: LocaleWithWeekInfo;
  try {
    parsed = new Intl.Locale(locale) as LocaleWithWeekInfo;
  } catch {
    return 1;
  }
  const info = typeof parsed.getWeekInfo === 'function' ? parsed.getWeekInfo() : parsed.weekInfo;
  if (info && Number.isInteger(info.firstDay) && info.firstDay >= 1 && info.firstDay <= 7) {
    return (info.firstDay % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  }
  return firstDayByRegion(parsed.maximize().region ?? '');
}

/** CLDR's first day of the week for a region (exported for tests of the fallback). */
export function firstDayByRegion(region: string): 0 | 1 | 6 {
  if (sundayFirst.has(region)) return 0;
  if (saturdayFirst.has(region)) return 6;
  return 1;
}

/** dayjs' name for a language's locale file (loaded in dayjs-locales.ts). */
export function dayjsLocaleName(locale: string): string {
  const names: Record<UiLanguage, string> = { en: 'en', zh: 'zh-cn', ms: 'ms', id: 'id', nl: 'nl' };
  return names[languageOfLocale(locale)];
}
