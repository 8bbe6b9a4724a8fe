// Which characters are CJK (Chinese ideographs, kana, radicals): the search index makes each of
// them a word of its own, because Chinese and Japanese write words without spaces. Kept in step
// with the ranges in migration 0008-search, which writes the index.
const cjkPattern =
  /[\u2E80-\u2FDF\u3040-\u30FF\u3100-\u312F\u31A0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3134F}]/u;

export function isCjk(char: string): boolean {
  return cjkPattern.test(char);
}
