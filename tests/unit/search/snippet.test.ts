import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../src/core/search/search-query';
import { buildSnippet, firstSnippet } from '../../../src/core/search/snippet';
import type { SnippetSegment } from '../../../src/shared/search';

const terms = (typed: string) => parseSearchQuery(typed)!.terms;
const marked = (segments: readonly SnippetSegment[] | null) =>
  segments?.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('') ?? null;

describe('search snippets', () => {
  it('marks whole words and the prefix being typed, never the inside of a word', () => {
    expect(marked(buildSnippet('Rebates and the rebate form', terms('rebate')))).toBe(
      '[Rebates] and the [rebate] form',
    );
    expect(marked(buildSnippet('Rebates and the rebate form', terms('rebate form')))).toBe(
      'Rebates and the [rebate] [form]',
    );
    expect(marked(buildSnippet('Prebate is no word', terms('rebat')))).toBeNull();
  });

  it('matches accents either way and keeps the text as written', () => {
    expect(marked(buildSnippet('Eén bestelling, zeer geïnteresseerd', terms('een geinteresseerd')))).toBe(
      '[Eén] bestelling, zeer [geïnteresseerd]',
    );
  });

  it('marks a Chinese word inside a sentence', () => {
    expect(marked(buildSnippet('我们上周签了合同。', terms('合同')))).toBe('我们上周签了[合同]。');
    expect(marked(buildSnippet('合作和同事', terms('合同')))).toBeNull();
  });

  it('cuts a long text at word edges around the first match, with ellipses', () => {
    const text = `${'Opening words of the report. '.repeat(8)}The quokka display was moved. ${'Closing remarks go on. '.repeat(8)}`;
    const snippet = marked(buildSnippet(text, terms('quokka')))!;
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('The [quokka] display was moved.');
    expect(snippet.length).toBeLessThan(130);
  });

  it('turns line breaks into spaces', () => {
    expect(marked(buildSnippet('Visit\n\n- shelf moved\n- kiwi stock low', terms('kiwi')))).toBe(
      'Visit - shelf moved - [kiwi] stock low',
    );
  });

  it('takes the first text that matches', () => {
    expect(marked(firstSnippet(['', 'no match here', 'the kiwi one'], terms('kiwi')))).toBe('the [kiwi] one');
    expect(firstSnippet(['nothing'], terms('kiwi'))).toEqual([]);
  });

  it('is always a piece of the text: segments alternate, marks are matches, nothing is invented', () => {
    const word = fc.constantFrom(
      'kiwi',
      'Kiwi',
      'kiwis',
      'café',
      '合同',
      '付款',
      'the',
      'a',
      'pemb',
      'pembayaran',
    );
    const text = fc
      .array(fc.oneof(word, fc.constantFrom(' ', '\n', ', ', '。', '')), { maxLength: 80 })
      .map((parts) => parts.join(''));
    const typed = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, typed, (content, query) => {
        const segments = buildSnippet(content, terms(query));
        if (segments === null) return;
        expect(segments.some((segment) => segment.match)).toBe(true);
        for (let i = 1; i < segments.length; i++) expect(segments[i]!.match).not.toBe(segments[i - 1]!.match);
        const flattened = (s: string) => s.replace(/\s+/g, ' ');
        const shown = segments
          .map((segment) => segment.text)
          .join('')
          .replace(/^… /, '')
          .replace(/ …$/, '');
        expect(flattened(content)).toContain(shown.trim());
        for (const segment of segments.filter((s) => s.match)) expect(segment.text.trim()).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
