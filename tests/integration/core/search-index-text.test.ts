// The faster trigger expressions of migration 0008-search must index exactly the text the first
// version did, for every input: both are run on a real SQLite connection and compared byte for byte.
import fc from 'fast-check';
import sqlite3 from 'sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/db/open-database';
import { spaced, words } from '../../../src/core/db/migrations/0008-search';

/** The first version's expressions, frozen here as the reference. */
const reference = (() => {
  const cjkRanges: readonly [number, number][] = [
    [0x2e80, 0x2fdf],
    [0x3040, 0x30ff],
    [0x3100, 0x312f],
    [0x31a0, 0x31ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
    [0x20000, 0x3134f],
  ];
  const positions = (n: string) =>
    `json_each('[' || substr(replace(hex(zeroblob(${n})), '00', ',0'), 2) || ']')`;
  return {
    spaced(text: string): string {
      const char = 'substr(c.chunk, k.key + 1, 1)';
      const isCjk = cjkRanges.map(([from, to]) => `unicode(${char}) between ${from} and ${to}`).join(' or ');
      const glob = cjkRanges
        .map(([from, to]) => `${String.fromCodePoint(from)}-${String.fromCodePoint(to)}`)
        .join('');
      return `(case when coalesce(${text}, '') glob '*[${glob}]*' then (
        select group_concat(${char} || case when ${isCjk} then ' ' else '' end, '' order by c.key, k.key)
        from (select key, substr(${text}, key * 64 + 1, 64) as chunk
              from ${positions(`(length(${text}) + 63) / 64`)} limit -1) as c,
          ${positions('length(c.chunk)')} as k
      ) else coalesce(${text}, '') end)`;
    },
    words: (json: string) => `(select group_concat(value, ' ') from json_each(${json}))`,
  };
})();

let db: sqlite3.Database;
const row = (query: string, params: unknown[]) =>
  new Promise<Record<string, unknown>>((resolve, reject) =>
    db.get(query, params, (error, result) =>
      error ? reject(error) : resolve(result as Record<string, unknown>),
    ),
  );

/** The reference and the new expression over the same value, as hex so any byte difference shows. */
async function bothOver(
  before: (column: string) => string,
  after: (column: string) => string,
  value: string | null,
) {
  return row(
    `select hex(${before('v.x')}) as before, hex(${after('v.x')}) as after from (select ? as x) as v`,
    [value],
  );
}

const piece = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
  fc.constantFrom('é', 'ñ', 'ü', 'Å', 'ß', 'kafé', 'São Paulo', 'Nguyễn', ' ', '\n', "'", '"', '[', ']', '*'),
  fc.constantFrom(
    '合同',
    '付款',
    '上海',
    'カタカナ',
    'ひらがな',
    '⺀',
    '㐀',
    '鿿',
    '豈',
    '𠀀',
    '𱍏',
    'ㄅ',
    'ㆠ',
  ),
  fc.constantFrom('😀', '👍🏽', '🇲🇾', '\u{1F468}\u200D\u{1F469}', '\uFFFD', '\u2E7F', '\u3130', '\u{3134F}'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
/** Mixed text, sometimes long enough to cross the 64-character chunks of the CJK walk. */
const mixedText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('search index text of migration 0008-search', () => {
  beforeAll(() => {
    db = new sqlite3.Database(':memory:');
  });
  afterAll(() => new Promise<void>((resolve) => db.close(() => resolve())));

  it('spaces CJK text exactly as the first version did, for any mix of scripts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(mixedText, { nil: null }), async (text) => {
        const { before, after } = await bothOver(reference.spaced, spaced, text);
        expect(after).toBe(before);
      }),
      { numRuns: 400 },
    );
  });

  it('spaces the known cases: ASCII untouched, every CJK character followed by a space', async () => {
    const text = async (value: string | null) =>
      (await row(`select ${spaced('v.x')} as t from (select ? as x) as v`, [value])).t;
    expect(await text('Maju Jaya')).toBe('Maju Jaya');
    expect(await text(null)).toBe('');
    expect(await text('kafé 😀')).toBe('kafé 😀');
    expect(await text('合同 PT 付款')).toBe('合 同  PT 付 款 ');
    const long = `${'a'.repeat(63)}合同`;
    expect(await text(long)).toBe(`${'a'.repeat(63)}合 同 `);
  });

  it('joins tags exactly as the first version did', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(mixedText, { maxLength: 5 }).map((tags) => JSON.stringify(tags)),
          fc.constantFrom('[]', '[ ]', '[""]', '["a",""]'),
        ),
        async (json) => {
          const { before, after } = await bothOver(reference.words, words, json);
          expect(after).toBe(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps a row indexed once through updates that leave its text as it was, and follows real changes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ck-search-text-'));
    const { db } = await openDatabase({ filePath: path.join(dir, 'db.sqlite') });
    try {
      const hits = async (query: string) =>
        (
          await sql<{
            n: number;
          }>`select count(*) as n from search_index where search_index match ${query}`.execute(db)
        ).rows[0]?.n;
      await sql`insert into partners (id, name, type, status, country, tags, created_at, updated_at)
        values ('p1', 'Maju Jaya 上海', 'retailer', 'active', 'MY', '["durian"]', '2026-01-01', '2026-01-01')`.execute(
        db,
      );
      await sql`update partners set name = name, tags = tags, status = 'inactive' where id = 'p1'`.execute(
        db,
      );
      expect([await hits('jaya'), await hits('"上 海"'), await hits('durian')]).toEqual([1, 1, 1]);
      await sql`update partners set name = 'Sinar Baru', tags = '[]' where id = 'p1'`.execute(db);
      expect([await hits('jaya'), await hits('sinar'), await hits('durian')]).toEqual([0, 1, 0]);
      await sql`update partners set deleted_at = '2026-02-01' where id = 'p1'`.execute(db);
      expect(await hits('sinar')).toBe(0);
    } finally {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
