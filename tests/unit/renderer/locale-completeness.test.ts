// Every language of the UI says everything English says: the same keys (with the plural forms its
// own plural rules need, no more), the same {{placeholders}} and <0></0> tags, and no empty text.
// Greeting templates, festival names and e-mail subjects exist in every UI language too.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mailSubject } from '../../../src/core/greetings/mail-subjects';
import {
  defaultGreetingTemplate,
  festivalKeys,
  festivalNames,
  greetingLanguages,
  greetingOccasions,
} from '../../../src/core/greetings/templates';
import { en } from '../../../src/renderer/src/i18n/locales/en';
import { id } from '../../../src/renderer/src/i18n/locales/id';
import { ms } from '../../../src/renderer/src/i18n/locales/ms';
import { nl } from '../../../src/renderer/src/i18n/locales/nl';
import { zh } from '../../../src/renderer/src/i18n/locales/zh';
import { uiLanguages } from '../../../src/shared/ui-language';

const localesDir = path.resolve(__dirname, '../../../src/renderer/src/i18n/locales');
const translations = { zh, ms, id, nl } as const;
type Translated = keyof typeof translations;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every string of a resource tree by dotted path; a non-string leaf maps to null. */
function leaves(tree: unknown, prefix = '', into = new Map<string, string | null>()) {
  if (typeof tree === 'object' && tree !== null) {
    for (const [key, value] of Object.entries(tree)) leaves(value, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, typeof tree === 'string' ? tree : null);
  }
  return into;
}

/**
 * The paths a language must have, each with the English text it translates. English plural groups
 * (x_one, x_other) become the forms the language's Intl.PluralRules uses (Chinese, Malay and
 * Indonesian: only x_other; Dutch: x_one and x_other); x_zero, which i18next uses for a count of 0
 * in any language, is kept wherever English has it.
 */
function expectedPaths(language: string): Map<string, { english: string; group: string[] }> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const english = leaves(en);
  const expected = new Map<string, { english: string; group: string[] }>();
  for (const [key, text] of english) {
    const suffix = pluralSuffix.exec(key)?.[1];
    if (!suffix) {
      expected.set(key, { english: text ?? '', group: [text ?? ''] });
      continue;
    }
    const base = key.slice(0, -suffix.length - 1);
    const group = [...english].filter(([k]) => k.replace(pluralSuffix, '') === base && k !== base);
    const forms = group.map(([, t]) => t ?? '');
    const otherText = english.get(`${base}_other`) ?? text ?? '';
    if (suffix === 'zero') expected.set(key, { english: text ?? '', group: forms });
    for (const category of categories) {
      expected.set(`${base}_${category}`, {
        english: english.get(`${base}_${category}`) ?? otherText,
        group: forms,
      });
    }
  }
  return expected;
}

/** A failure message that names every path, however many (vitest's diff shortens long arrays). */
const listing = (title: string, paths: string[]) => `${title} (${paths.length}):\n  ${paths.join('\n  ')}\n`;

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!);
const tags = (text: string) => [...text.matchAll(/<\/?(\d+)\s*\/?>/g)].map((m) => m[0]).sort();

describe('UI languages', () => {
  it('are English plus every translated language', () => {
    expect([...uiLanguages].sort()).toEqual(['en', ...Object.keys(translations)].sort());
  });
});

describe.each(Object.keys(translations) as Translated[])('%s translation', (language) => {
  const own = leaves(translations[language]);
  const expected = expectedPaths(language);

  it('has a namespace file for every English namespace file', () => {
    const files = (dir: string) => readdirSync(path.join(localesDir, dir)).sort();
    const missing = files('en').filter((file) => !files(language).includes(file));
    expect(missing, listing(`locales/${language}/ lacks files of locales/en/`, missing)).toEqual([]);
  });

  it('has every key English has (plural forms as its plural rules need)', () => {
    const missing = [...expected.keys()].filter((key) => !own.has(key));
    expect(missing, listing(`${language} lacks keys English has`, missing)).toEqual([]);
  });

  it('has no key English lacks', () => {
    const extra = [...own.keys()].filter((key) => !expected.has(key));
    expect(extra, listing(`${language} has keys English does not`, extra)).toEqual([]);
  });

  it('keeps every {{placeholder}} and <0></0> tag, and invents none', () => {
    const problems: string[] = [];
    for (const [key, { english, group }] of expected) {
      const text = own.get(key);
      if (typeof text !== 'string') continue;
      const lost = placeholders(english).filter((name) => !placeholders(text).includes(name));
      const known = new Set(group.flatMap(placeholders));
      const invented = placeholders(text).filter((name) => !known.has(name));
      if (lost.length) problems.push(`${key}: lost {{${lost.join('}}, {{')}}}`);
      if (invented.length) problems.push(`${key}: unknown {{${invented.join('}}, {{')}}}`);
      if (tags(text).join() !== tags(english).join())
        problems.push(`${key}: tags ${tags(english).join(' ')}`);
    }
    expect(problems, listing(`${language} placeholders or tags differ from English`, problems)).toEqual([]);
  });

  it('has no empty or non-text values', () => {
    const empty = [...own].filter(([key, text]) => expected.has(key) && !text?.trim()).map(([key]) => key);
    expect(empty, listing(`${language} has empty texts`, empty)).toEqual([]);
  });
});

describe('greetings in every UI language', () => {
  it('have templates written for each UI language', () => {
    expect([...greetingLanguages].sort()).toEqual([...uiLanguages].sort());
  });

  it.each([...uiLanguages])(
    '%s: a default text, a mail subject and festival names for each occasion',
    (language) => {
      const problems: string[] = [];
      for (const occasion of greetingOccasions) {
        if (!defaultGreetingTemplate(occasion, language).trim()) problems.push(`template ${occasion}`);
        if (!mailSubject(occasion, language, 'Thaipusam').trim()) problems.push(`subject ${occasion}`);
      }
      for (const festival of festivalKeys) {
        if (!festivalNames[festival][language].trim()) problems.push(`festival name ${festival}`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('speak the contact’s language, not English, outside English', () => {
    for (const language of greetingLanguages.filter((l) => l !== 'en')) {
      for (const occasion of greetingOccasions) {
        expect(defaultGreetingTemplate(occasion, language), `${occasion} in ${language}`).not.toBe(
          defaultGreetingTemplate(occasion, 'en'),
        );
      }
    }
  });

  it('name every occasion on screen (greetings.occasions) in English, so every language translates it', () => {
    expect(Object.keys(en.greetings.occasions).sort()).toEqual([...greetingOccasions].sort());
  });
});
