// The piece of a text shown under a search result: a window around the first place the query
// matches, cut at word edges, with the matching words marked. Built here from the row's own text
// (the index is contentless) with the index's rules for what matches, so the renderer gets plain
// segments and never parses markup out of user text.
import type { SnippetSegment } from '../../shared/search';
import type { SearchTerm } from './search-query';
import { textWords, type TextWord } from './words';

/** Room for a snippet in display columns; a CJK character takes two. */
export const snippetWidth = 110;
/** How much of the window goes before the first match. */
const leadWidth = 30;

interface Range {
  start: number;
  end: number;
}

/** Where any of the terms matches in the words of a text, merged where they touch. */
export function matchRanges(words: readonly TextWord[], terms: readonly SearchTerm[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    const found = term.cjk ? phraseRanges(words, [...term.text]) : wordRanges(words, term);
    ranges.push(...found);
  }
  return mergeRanges(ranges);
}

function wordRanges(words: readonly TextWord[], term: SearchTerm): Range[] {
  return words
    .filter((word) => (term.prefix ? word.folded.startsWith(term.text) : word.folded === term.text))
    .map(({ start, end }) => ({ start, end }));
}

function phraseRanges(words: readonly TextWord[], chars: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (let i = 0; i + chars.length <= words.length; i++) {
    if (chars.every((char, k) => words[i + k]!.folded === char)) {
      ranges.push({ start: words[i]!.start, end: words[i + chars.length - 1]!.end });
    }
  }
  return ranges;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

const width = (text: string) => {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60\u{20000}-\u{3FFFD}]/u.test(
      char,
    )
      ? 2
      : 1;
  return columns;
};

/**
 * Segments of the snippet of `text` for the query, or null when the query does not match it.
 * Whitespace runs (line breaks in notes) become single spaces.
 */
export function buildSnippet(
  text: string,
  terms: readonly SearchTerm[],
  maxWidth = snippetWidth,
): SnippetSegment[] | null {
  const words = textWords(text);
  const ranges = matchRanges(words, terms);
  const first = ranges[0];
  if (!first) return null;

  // A short text is shown whole; a long one from a word edge about leadWidth columns before the
  // match to a word edge within maxWidth.
  if (width(text) <= maxWidth)
    return withEllipses(markedSegments(text, ranges, 0, text.length), false, false);
  let start = first.start;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (word.start >= first.start) continue;
    if (width(text.slice(word.start, first.start)) > leadWidth) break;
    start = word.start;
  }
  if (width(text.slice(0, first.start)) <= leadWidth) start = 0;
  let end = first.end;
  for (const word of words) {
    if (word.end <= end) continue;
    if (width(text.slice(start, word.end)) > maxWidth) break;
    end = word.end;
  }
  if (width(text.slice(start)) <= maxWidth) end = text.length;

  return withEllipses(markedSegments(text, ranges, start, end), start > 0, end < text.length);
}

/** The text from start to end split at the matches, whitespace runs as single spaces. */
function markedSegments(
  text: string,
  ranges: readonly Range[],
  start: number,
  end: number,
): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (piece: string, match: boolean) => {
    const clean = piece.replace(/\s+/gu, ' ');
    const last = segments.at(-1);
    if (!clean) return;
    if (last && last.match === match) last.text += clean;
    else segments.push({ text: clean, match });
  };
  let at = start;
  for (const range of ranges) {
    if (range.start >= end) break;
    push(text.slice(at, range.start), false);
    push(text.slice(range.start, Math.min(range.end, end)), true);
    at = Math.min(range.end, end);
  }
  push(text.slice(at, end), false);
  return segments;
}

/** Trims the outer spaces and marks a cut start or end with an ellipsis. */
function withEllipses(segments: SnippetSegment[], cutStart: boolean, cutEnd: boolean): SnippetSegment[] {
  const head = segments[0];
  const tail = segments.at(-1);
  if (head && !head.match) head.text = head.text.trimStart();
  if (tail && !tail.match) tail.text = tail.text.trimEnd();
  const kept = segments.filter((segment) => segment.text !== '');
  if (cutStart) {
    if (kept[0] && !kept[0].match) kept[0].text = `… ${kept[0].text}`;
    else kept.unshift({ text: '… ', match: false });
  }
  if (cutEnd) {
    const last = kept.at(-1);
    if (last && !last.match) last.text = `${last.text} …`;
    else kept.push({ text: ' …', match: false });
  }
  return kept;
}

/** The snippet of the first text the query matches, in the order given (the document's order). */
export function firstSnippet(texts: readonly string[], terms: readonly SearchTerm[]): SnippetSegment[] {
  for (const text of texts) {
    if (!text) continue;
    const snippet = buildSnippet(text, terms);
    if (snippet) return snippet;
  }
  return [];
}
