// Turns what a person typed into an FTS5 query for the search index. Only letters and digits
// reach the query, each term double-quoted, so nothing typed is ever read as FTS syntax (quotes,
// AND/OR/NOT/NEAR, column filters, parentheses, stars). Terms:
// - a Latin word matches that word, the last one also as a prefix while it is being typed
//   ("pemb" finds "pembayaran"), from two letters on (one letter matches only the word itself:
//   a one-letter prefix would read a large share of the index on every keystroke);
// - a run of CJK characters matches as a phrase of single characters, which is how the index
//   holds them, so "合同" finds 合同 inside "我们签了合同" and one character finds itself.
import { textWords } from './words';

export interface SearchTerm {
  /** Folded: a Latin word, or the CJK characters of a phrase. */
  text: string;
  cjk: boolean;
  prefix: boolean;
}

export interface SearchQuery {
  terms: SearchTerm[];
  /** The FTS5 MATCH expression. */
  match: string;
}

/** More words than this add nothing to a search box query and only cost time. */
export const maxTerms = 12;
const minPrefixLength = 2;

export function parseSearchQuery(typed: string): SearchQuery | null {
  // CJK characters that touch form one phrase; anything between them (a space, a comma) splits.
  const runs: { text: string; cjk: boolean; end: number }[] = [];
  for (const word of textWords(typed.normalize('NFC'))) {
    const previous = runs.at(-1);
    if (previous?.cjk && word.cjk && previous.end === word.start) {
      previous.text += word.folded;
      previous.end = word.end;
    } else {
      runs.push({ text: word.folded, cjk: word.cjk, end: word.end });
    }
  }
  const terms: SearchTerm[] = runs.slice(0, maxTerms).map(({ text, cjk }) => ({ text, cjk, prefix: false }));
  const last = terms.at(-1);
  if (!last) return null;
  if (!last.cjk && [...last.text].length >= minPrefixLength) last.prefix = true;
  return { terms, match: terms.map(termExpression).join(' ') };
}

function termExpression(term: SearchTerm): string {
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  if (term.cjk) return quoted([...term.text].join(' '));
  return quoted(term.text) + (term.prefix ? '*' : '');
}
