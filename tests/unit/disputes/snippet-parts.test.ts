import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../../src/renderer/src/features/case-library/snippet-parts';

describe('library snippets', () => {
  it('marks the words between « and »', () => {
    expect(snippetParts('…split the «Ipoh» accounts by «street»')).toEqual([
      { text: '…split the ', marked: false },
      { text: 'Ipoh', marked: true },
      { text: ' accounts by ', marked: false },
      { text: 'street', marked: true },
    ]);
    expect(snippetParts('')).toEqual([]);
    expect(snippetParts('<b>not html</b> «x')).toEqual([{ text: '<b>not html</b> «x', marked: false }]);
  });

  it('keeps every character of the text outside the markers, in order', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const joined = snippetParts(text)
          .map((part) => part.text)
          .join('');
        expect(joined.replace(/[«»]/g, '')).toBe(text.replace(/[«»]/g, ''));
      }),
    );
  });
});
