// The text rules of RFC 5545 content lines: escaping TEXT values (3.3.11) and folding lines longer
// than 75 octets (3.1). Folding counts UTF-8 octets and cuts only between code points, because a
// cut inside a multi-byte character turns Chinese names into mojibake in Outlook and Google.

const maxLineOctets = 75;

// Controls other than tab are not allowed in a content line; a stray one from a pasted note would
// make strict importers reject the whole file, so it is dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const forbiddenControls = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (as \n). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(forbiddenControls, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into physical lines of at most 75 octets, each continuation starting with
 * a space (which counts towards its 75). Joined with CRLF, without a trailing CRLF.
 */
export function foldContentLine(line: string): string {
  // Most lines are short ASCII; 75 UTF-16 units can be at most 75 * 3 octets, so check octets then.
  if (line.length <= maxLineOctets / 3 || (line.length <= maxLineOctets && !/[^\x20-\x7e]/.test(line))) {
    return line;
  }
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  let limit = maxLineOctets;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      physical.push(current);
      current = '';
      octets = 0;
      limit = maxLineOctets - 1;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join('\r\n ');
}
