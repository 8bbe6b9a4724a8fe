// The light Markdown of visit notes: paragraphs separated by blank lines, "- " (or "* ") bullet
// lists and "1. " numbered lists. Parsed into plain blocks that are rendered as React elements,
// so nothing a user types is ever interpreted as HTML.

export type NoteBlock =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbered'; start: number; items: string[] };

const bulletLine = /^\s*[-*•]\s+(.*)$/;
const numberedLine = /^\s*(\d{1,9})[.)]\s+(.*)$/;

export function parseLightMarkdown(text: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let current: NoteBlock | null = null;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      close();
      continue;
    }
    const bullet = bulletLine.exec(line);
    const numbered = bullet ? null : numberedLine.exec(line);
    if (bullet) {
      if (current?.kind !== 'bullets') {
        close();
        current = { kind: 'bullets', items: [] };
      }
      current.items.push((bullet[1] ?? '').trim());
    } else if (numbered) {
      if (current?.kind !== 'numbered') {
        close();
        current = { kind: 'numbered', start: Number(numbered[1]), items: [] };
      }
      current.items.push((numbered[2] ?? '').trim());
    } else if (current && current.kind !== 'paragraph' && /^\s{2,}\S/.test(raw)) {
      // An indented line continues the list item above it (a long item wrapped by hand).
      const items = current.items;
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
    } else {
      if (current?.kind !== 'paragraph') {
        close();
        current = { kind: 'paragraph', lines: [] };
      }
      current.lines.push(line.trim());
    }
  }
  close();
  return blocks;
}
