import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseLightMarkdown,
  type NoteBlock,
} from '../../../src/renderer/src/features/visit-notes/light-markdown';

describe('light Markdown of visit notes', () => {
  it('reads paragraphs, bullet lists and numbered lists', () => {
    const text = [
      'Met Mr Tan and his daughter.',
      'They run the shop together now.',
      '',
      '- Display moved to the front',
      '* Stock of SKU 12 low',
      'Agreed next steps:',
      '3. Send the price list',
      '4) Plan the training',
    ].join('\n');
    expect(parseLightMarkdown(text)).toEqual<NoteBlock[]>([
      { kind: 'paragraph', lines: ['Met Mr Tan and his daughter.', 'They run the shop together now.'] },
      { kind: 'bullets', items: ['Display moved to the front', 'Stock of SKU 12 low'] },
      { kind: 'paragraph', lines: ['Agreed next steps:'] },
      { kind: 'numbered', start: 3, items: ['Send the price list', 'Plan the training'] },
    ]);
  });

  it('joins an indented line to the list item above, and separates lists by a blank line', () => {
    expect(parseLightMarkdown('- a long item\n   that wraps\n\n- second list')).toEqual([
      { kind: 'bullets', items: ['a long item that wraps'] },
      { kind: 'bullets', items: ['second list'] },
    ]);
  });

  it('keeps markup-looking text as text (never HTML), and a dash without a space is not a bullet', () => {
    expect(parseLightMarkdown('<b>bold</b> -5% margin\r\n-not a bullet')).toEqual([
      { kind: 'paragraph', lines: ['<b>bold</b> -5% margin', '-not a bullet'] },
    ]);
    expect(parseLightMarkdown('   \n\n')).toEqual([]);
  });

  it('loses no word and makes no empty block, whatever is typed', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ maxLength: 20 }).map((s) => `- ${s}`),
      fc.string({ maxLength: 20 }).map((s) => `12. ${s}`),
      fc.constant(''),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const text = lines.join('\n');
        const blocks = parseLightMarkdown(text);
        const rendered = blocks.flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.items)).join(' ');
        const words = (s: string) =>
          s.split(/\s+/).filter((w) => w !== '' && !/^([-*•]|\d{1,9}[.)])$/.test(w));
        expect(words(rendered)).toEqual(words(text.replace(/^\s*([-*•]|\d{1,9}[.)])\s+/gm, '')));
        for (const block of blocks) {
          expect(block.kind === 'paragraph' ? block.lines.length : block.items.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
