import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldContentLine } from '../../../src/core/calendar-export/content-line';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

function unfold(folded: string): string {
  return folded.replace(/\r\n[ \t]/g, '');
}

/** Splits the UTF-8 bytes of folded text at each CRLF, so every physical line is checked on its own. */
function physicalLineBytes(folded: string): Uint8Array[] {
  const bytes = encoder.encode(folded);
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(from, i));
      from = i + 2;
    }
  }
  lines.push(bytes.subarray(from));
  return lines;
}

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters that are not allowed in a content line, and keeps tabs', () => {
    expect(escapeIcsText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('foldContentLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldContentLine(line)).toBe(line);
    expect(foldContentLine(`${line}y`)).toBe(`${line}\r\n y`);
  });

  it('folds long Chinese text between characters, never inside one', () => {
    const line = `DESCRIPTION:${'新春快乐万事如意'.repeat(10)}`;
    const folded = foldContentLine(line);
    expect(folded.split('\r\n').length).toBeGreaterThan(3);
    for (const bytes of physicalLineBytes(folded)) {
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => strictDecoder.decode(bytes)).not.toThrow();
    }
    expect(unfold(folded)).toBe(line);
  });

  it('keeps emoji (4 octets, two UTF-16 units) whole', () => {
    const line = `SUMMARY:${'🧧🎉'.repeat(30)}`;
    const folded = foldContentLine(line);
    for (const bytes of physicalLineBytes(folded)) expect(() => strictDecoder.decode(bytes)).not.toThrow();
    expect(unfold(folded)).toBe(line);
  });

  it('for any text: lines of at most 75 octets, each valid UTF-8, and unfolding restores the line', () => {
    const lineText = fc.string({ unit: 'binary', maxLength: 400 }).map((s) => s.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(lineText, (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldContentLine(line);
        expect(unfold(folded)).toBe(line);
        for (const bytes of physicalLineBytes(folded)) {
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(() => strictDecoder.decode(bytes)).not.toThrow();
        }
        // Every continuation starts with exactly the one space folding adds.
        expect(folded.split('\r\n').every((physical, i) => i === 0 || physical.startsWith(' '))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
