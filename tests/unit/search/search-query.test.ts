import fc from 'fast-check';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxTerms, parseSearchQuery } from '../../../src/core/search/search-query';

describe('turning typed text into a search index query', () => {
  it('quotes every word and takes the last one as a prefix from two letters on', () => {
    expect(parseSearchQuery('Maju jaya')?.match).toBe('"maju" "jaya"*');
    expect(parseSearchQuery('maju j')?.match).toBe('"maju" "j"');
    expect(parseSearchQuery('  pemb  ')?.match).toBe('"pemb"*');
  });

  it('folds case and accents as the index does', () => {
    expect(parseSearchQuery('Geïnteresseerd CAFÉ')?.match).toBe('"geinteresseerd" "cafe"*');
    // Decomposed accents (as some keyboards type them) fold the same way.
    expect(parseSearchQuery('cafe\u0301')?.match).toBe('"cafe"*');
  });

  it('reads nothing typed as FTS syntax: quotes, operators, columns, stars, brackets', () => {
    expect(parseSearchQuery('"maju" OR jaya*')?.match).toBe('"maju" "or" "jaya"*');
    expect(parseSearchQuery('title:rebate NEAR(a b)')?.match).toBe('"title" "rebate" "near" "a" "b"');
    expect(parseSearchQuery('-toko ^kedai')?.match).toBe('"toko" "kedai"*');
    expect(parseSearchQuery('"*()^:')).toBeNull();
    expect(parseSearchQuery('')).toBeNull();
  });

  it('makes CJK text a phrase of single characters, split where something stands between', () => {
    expect(parseSearchQuery('合同')?.match).toBe('"合 同"');
    expect(parseSearchQuery('合同付款')?.match).toBe('"合 同 付 款"');
    expect(parseSearchQuery('合同 付款')?.match).toBe('"合 同" "付 款"');
    expect(parseSearchQuery('合同，付款')?.match).toBe('"合 同" "付 款"');
    expect(parseSearchQuery('合')?.match).toBe('"合"');
    // Latin next to Chinese is a word of its own, still a prefix at the end.
    expect(parseSearchQuery('SKU12合同')?.match).toBe('"sku12" "合 同"');
    expect(parseSearchQuery('合同sku')?.match).toBe('"合 同" "sku"*');
    expect(parseSearchQuery('カタログ')?.match).toBe('"カ タ ロ グ"');
  });

  it(`keeps at most ${maxTerms} terms`, () => {
    const query = parseSearchQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '));
    expect(query?.terms).toHaveLength(maxTerms);
  });
});

describe('any typed text makes a query FTS5 accepts', () => {
  let db: sqlite3.Database;
  const all = (statement: string, params: unknown[] = []) =>
    new Promise<unknown[]>((resolve, reject) =>
      db.all(statement, params, (error, rows) => (error ? reject(error) : resolve(rows))),
    );
  beforeAll(async () => {
    db = new sqlite3.Database(':memory:');
    // The index's own settings (migration 0008-search).
    await all(`create virtual table search_index using fts5(
      title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')`);
    await all(`insert into search_index(rowid, title, body) values (1, 'Maju Jaya', 'kedai 合 同 café')`);
  });
  afterAll(() => new Promise<void>((resolve) => db.close(() => resolve())));

  it('never throws and never fails in SQLite, whatever the text', async () => {
    const typed = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc
        .array(
          fc.constantFrom(
            '"',
            '*',
            '(',
            ')',
            ':',
            '^',
            '-',
            '+',
            'OR',
            'AND',
            'NOT',
            'NEAR',
            '{',
            '}',
            ' ',
            '合',
            'é',
            '\u0301',
            'a',
          ),
          { maxLength: 20 },
        )
        .map((parts) => parts.join('')),
    );
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        const query = parseSearchQuery(text);
        if (!query) return;
        await all('select rowid from search_index where search_index match ?', [query.match]);
      }),
      { numRuns: 400 },
    );
  });
});
