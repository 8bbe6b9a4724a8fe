// Turns what a person typed into an FTS5 query: every word must match as a prefix, and nothing
// they type can be read as FTS syntax (quotes, operators, column filters).
export function toFullTextQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[\s"'`()*:^{}[\]\\,;.!?+-]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}
