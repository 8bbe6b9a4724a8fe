// Every literal key the renderer passes to t() must exist in the English resources, so a
// missing string shows up here rather than as a raw key on screen.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/src/i18n/locales/en';
import { englishMessage } from '../../../src/shared/validation';

const rendererSource = path.resolve(__dirname, '../../../src/renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function lookup(key: string): unknown {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function exists(key: string): boolean {
  if (typeof lookup(key) === 'string') return true;
  // Plural keys live as key_one / key_other.
  return typeof lookup(`${key}_other`) === 'string' && typeof lookup(`${key}_one`) === 'string';
}

describe('English resources', () => {
  it('hold every literal key used with t()', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(rendererSource)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        if (!exists(match[1]!)) missing.push(`${path.relative(rendererSource, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('translate every validation key the core sends, with the same English', () => {
    for (const [key, text] of Object.entries(en.validation)) {
      // Fill each placeholder with itself, so the texts compare with their placeholders.
      const params = Object.fromEntries([...text.matchAll(/\{\{(\w+)\}\}/g)].map(([p, name]) => [name!, p]));
      expect(englishMessage(`validation.${key}`, params)).toBe(text);
    }
  });
});
