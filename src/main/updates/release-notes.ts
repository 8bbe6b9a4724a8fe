// Release notes as plain text. A feed's notes are often HTML (electron-builder copies them from
// the release page); the page shows text only, so markup can never run or restyle the app.

/** electron-updater's UpdateInfo.releaseNotes: one text, or one note per version (fullChangelog). */
export type ReleaseNotesInput =
  string | readonly { version: string; note: string | null }[] | null | undefined;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Turns HTML (or text) into readable text: block ends become line breaks, list items bullets. */
export function htmlToText(html: string): string {
  const text = html
    // Whatever a script or style element holds is not part of the notes.
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|tr|blockquote|pre)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function releaseNotesText(notes: ReleaseNotesInput): string {
  if (notes == null) return '';
  if (typeof notes === 'string') return htmlToText(notes);
  return notes
    .map((entry) => {
      const body = entry.note ? htmlToText(entry.note) : '';
      return body ? `${entry.version}\n${body}` : entry.version;
    })
    .join('\n\n');
}
