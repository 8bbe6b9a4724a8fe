// What partners read (the statement, award explanations, badges) prints in Chinese, Malay,
// Indonesian and Dutch: each of those languages has every key English has there, and no other.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/src/i18n/locales/en';
import { id } from '../../../src/renderer/src/i18n/locales/id';
import { ms } from '../../../src/renderer/src/i18n/locales/ms';
import { nl } from '../../../src/renderer/src/i18n/locales/nl';
import { zh } from '../../../src/renderer/src/i18n/locales/zh';

/**
 * Every leaf key of a resource tree, as dotted paths, without plural suffixes: Chinese, Malay and
 * Indonesian have one plural form ("_other") where English has two.
 */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null)
    return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  const keys = Object.entries(tree).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
  return [...new Set(keys)];
}

const partnerFacing = {
  statement: en.statement,
  'incentives.explanation': en.incentives.explanation,
  'gamification.badges': en.gamification.badges,
};

describe.each([
  ['zh', zh],
  ['ms', ms],
  ['id', id],
  ['nl', nl],
] as const)('%s', (_language, resources) => {
  const translated = {
    statement: resources.statement,
    'incentives.explanation': resources.incentives.explanation,
    'gamification.badges': resources.gamification.badges,
  };
  it.each(Object.keys(partnerFacing))('translates every key of %s', (part) => {
    const english = keysOf(partnerFacing[part as keyof typeof partnerFacing]).sort();
    const own = keysOf(translated[part as keyof typeof translated]).sort();
    expect(own).toEqual(english);
  });
});
