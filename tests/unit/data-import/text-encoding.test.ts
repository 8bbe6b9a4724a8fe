import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/data-import/text-encoding';
import { readCsv } from '../../../src/core/data-import/read-spreadsheet';

const hex = (text: string) => Buffer.from(text, 'hex');
const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

describe('the text encoding of a CSV', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const text = 'Name,City\r\nCafé Crème,Düsseldorf\r\n广州五金,广州\r\n';
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeText(withBom)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks', () => {
    const text = 'Naam;Plaats\r\nGroothandel Ünal;’s-Hertogenbosch\r\n深圳电子;深圳\r\n';
    expect(decodeText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
    expect(readCsv(utf16(text, 'le'))).toEqual([
      ['Naam', 'Plaats'],
      ['Groothandel Ünal', '’s-Hertogenbosch'],
      ['深圳电子', '深圳'],
    ]);
  });

  it('recognises a Chinese Excel CSV in GB18030, even a very short one', () => {
    // "名称,城市 / 广州五金,广州" as Chinese Windows Excel saves it.
    expect(decodeText(hex('c3fbb3c62cb3c7cad00d0ab9e3d6ddcee5bdf02cb9e3d6dd0d0a'))).toEqual({
      text: '名称,城市\r\n广州五金,广州\r\n',
      encoding: 'gb18030',
    });
    expect(decodeText(hex('c3fbb3c60d0ab9e3d6dd0d0a')).text).toBe('名称\r\n广州\r\n');
  });

  it('reads Western Windows Excel CSVs as Windows-1252, not as Chinese', () => {
    expect(decodeText(hex('4e616d652c436974790d0a436166e9204372e86d652c44fc7373656c646f72660d0a'))).toEqual({
      text: 'Name,City\r\nCafé Crème,Düsseldorf\r\n',
      encoding: 'windows-1252',
    });
  });

  it('reads back any text written in UTF-8 or UTF-16 exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        // A leading BOM character would be taken as the file's mark, as every spreadsheet does.
        fc.pre(!text.startsWith('\uFEFF'));
        expect(decodeText(Buffer.from(text, 'utf8')).text).toBe(text);
        expect(decodeText(utf16(text, 'le')).text).toBe(text);
        expect(decodeText(utf16(text, 'be')).text).toBe(text);
      }),
    );
  });
});
