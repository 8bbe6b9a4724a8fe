// Which language the app starts in, which regional conventions it formats with, and which day
// starts the week: from navigator.languages and the user's choice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayjsLocaleName,
  firstDayByRegion,
  firstDayOfWeek,
  formattingLocale,
  languageFromLocales,
  languageOfLocale,
} from '../../../src/renderer/src/i18n/ui-locale';
import { uiLanguages } from '../../../src/shared/ui-language';

describe('the OS language', () => {
  it.each([
    [['zh-CN'], 'zh'],
    [['zh-TW', 'en'], 'zh'],
    [['zh'], 'zh'],
    [['ms-MY'], 'ms'],
    [['ms'], 'ms'],
    [['id-ID'], 'id'],
    [['in'], 'id'],
    [['in-ID'], 'id'],
    [['nl-NL'], 'nl'],
    [['nl-BE'], 'nl'],
    [['en-US'], 'en'],
    [['en-GB', 'nl-NL'], 'en'],
    // The first language we are written in wins over a later one.
    [['fr-FR', 'nl-NL', 'en'], 'nl'],
    [['de-DE', 'ja'], 'en'],
    [[], 'en'],
    [['ZH_cn'], 'zh'],
  ] as const)('%j → %s', (locales, expected) => {
    expect(languageFromLocales(locales)).toBe(expected);
  });

  it('is always one of the five languages', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (locales) => {
        expect(uiLanguages).toContain(languageFromLocales(locales));
      }),
    );
  });
});

describe('the formatting locale', () => {
  it('keeps the OS region when the OS speaks the chosen language', () => {
    expect(formattingLocale('en', ['en-MY'])).toBe('en-MY');
    expect(formattingLocale('nl', ['fr-BE', 'nl-BE'])).toBe('nl-BE');
    expect(formattingLocale('zh', ['zh-SG'])).toBe('zh-SG');
    expect(formattingLocale('id', ['in-ID'])).toBe('id-ID');
    expect(formattingLocale('ms', ['ms'])).toBe('ms-MY');
  });

  it("uses the language's home market otherwise", () => {
    expect(formattingLocale('zh', ['en-US'])).toBe('zh-CN');
    expect(formattingLocale('ms', ['en-US'])).toBe('ms-MY');
    expect(formattingLocale('id', [])).toBe('id-ID');
    expect(formattingLocale('nl', ['en-GB'])).toBe('nl-NL');
    expect(formattingLocale('en', ['nl-NL'])).toBe('en-GB');
  });

  it('keeps simplified Chinese conventions on a traditional-script system', () => {
    expect(formattingLocale('zh', ['zh-TW'])).toBe('zh-CN');
    expect(formattingLocale('zh', ['zh-HK'])).toBe('zh-CN');
  });

  it('maps back to its UI language and to a dayjs locale that is loaded', () => {
    for (const language of uiLanguages) {
      for (const os of [[], ['en-US'], ['zh-SG'], ['nl-BE'], ['ms-SG']]) {
        const locale = formattingLocale(language, os);
        expect(languageOfLocale(locale)).toBe(language);
        expect(['en', 'zh-cn', 'ms', 'id', 'nl']).toContain(dayjsLocaleName(locale));
      }
    }
  });

  it('formats a date the way each market writes it', () => {
    const date = new Date(Date.UTC(2026, 2, 14));
    const format = (language: (typeof uiLanguages)[number]) =>
      new Intl.DateTimeFormat(formattingLocale(language, []), {
        dateStyle: 'medium',
        timeZone: 'UTC',
      }).format(date);
    expect(format('en')).toBe('14 Mar 2026');
    expect(format('zh')).toBe('2026年3月14日');
    expect(format('ms')).toMatch(/^14 Mac 2026$/);
    expect(format('id')).toMatch(/^14 Mar 2026$/);
    expect(format('nl')).toMatch(/^14 mrt 2026$/);
  });
});

describe('the first day of the week', () => {
  it.each([
    ['zh-CN', 1],
    ['ms-MY', 1],
    ['id-ID', 0],
    ['nl-NL', 1],
    ['en-GB', 1],
    ['en-US', 0],
    ['en-MY', 1],
    ['ar-EG', 6],
    // No region: the language's likely region decides (Indonesian → Indonesia).
    ['id', 0],
    ['ms', 1],
  ] as const)('%s starts on day %i (0 Sunday)', (locale, day) => {
    expect(firstDayOfWeek(locale)).toBe(day);
  });

  it('falls back to Monday for a locale it cannot read', () => {
    expect(firstDayOfWeek('not a locale')).toBe(1);
  });

  it('reads CLDR week data by region when the runtime has no week info', () => {
    expect(firstDayByRegion('US')).toBe(0);
    expect(firstDayByRegion('MY')).toBe(1);
    expect(firstDayByRegion('AE')).toBe(6);
    expect(firstDayByRegion('')).toBe(1);
  });
});
