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

/**
 * Folds one content line into physical lines of at most 75 octets, each continuation starting with
 * a space (which counts towards its 75). Joined with CRLF, without a trailing CRLF.
 */
export function foldContentLine(line: string): string {
  // Most lines are short ASCII; 25 UTF-16 units are at most 75 octets whatever they hold.
  if (line.length <= maxLineOctets / 3 || (line.length <= maxLineOctets && !/[^\x20-\x7e]/.test(line))) {
    return line;
  }
  // Walks UTF-16 units counting UTF-8 octets; a surrogate pair is one 4-octet character and is
  // never separated. An export of thousands of events folds many lines, hence slices, not concatenation.
  const physical: string[] = [];
  let from = 0;
  let octets = 0;
  let limit = maxLineOctets;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    const isPair = unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(line.charCodeAt(i + 1));
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : isPair ? 4 : 3;
    if (octets + size > limit) {
      physical.push(line.slice(from, i));
      from = i;
      octets = 0;
      limit = maxLineOctets - 1;
    }
    octets += size;
    if (isPair) i++;
  }
  physical.push(line.slice(from));
  return physical.join('\r\n ');
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
