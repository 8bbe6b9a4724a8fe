// Splits text into the words the search index holds, with their places in the text: runs of
// letters, digits and marks, except that every CJK character is a word of its own. Words are
// compared folded (case and accents removed), as the index's unicode61 tokenizer with
// remove_diacritics 2 compares them.
import { isCjk } from './cjk';

export interface TextWord {
  /** Offsets in the original text, in UTF-16 code units. */
  start: number;
  end: number;
  folded: string;
  cjk: boolean;
}

const wordPattern = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function textWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const run of text.matchAll(wordPattern)) {
    let offset = run.index;
    let latinStart = -1;
    const closeLatin = (end: number) => {
      if (latinStart < 0) return;
      const folded = foldWord(text.slice(latinStart, end));
      if (folded) words.push({ start: latinStart, end, folded, cjk: false });
      latinStart = -1;
    };
    for (const char of run[0]) {
      if (isCjk(char)) {
        closeLatin(offset);
        words.push({ start: offset, end: offset + char.length, folded: char, cjk: true });
      } else if (latinStart < 0) {
        latinStart = offset;
      }
      offset += char.length;
    }
    closeLatin(offset);
  }
  return words;
}
