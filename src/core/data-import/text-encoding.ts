// Which text encoding a CSV was saved in, and its text: byte-order marks first (UTF-8, UTF-16 LE
// and BE), then strict UTF-8, then a statistical guess for files without a mark: Chinese Excel
// saves "CSV" in GB18030 (GBK), Western Windows Excel in Windows-1252.
import chardet from 'chardet';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding the bytes were read in, e.g. "utf-8", "gb18030". */
  encoding: string;
}

const boms: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** chardet's names of East Asian encodings, by the decoder that reads them. */
const eastAsian: Readonly<Record<string, string>> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
};

/** A guess this sure is taken as it is; below it, Chinese is recognised by its characters. */
const confidentGuess = 50;

export function decodeText(bytes: Uint8Array): DecodedText {
  for (const bom of boms) {
    if (bom.bytes.every((byte, i) => bytes[i] === byte)) {
      return { text: decode(bom.encoding, bytes.subarray(bom.bytes.length)), encoding: bom.encoding };
    }
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const guesses = chardet.analyse(bytes);
  const best = guesses[0];
  if (best && (best.name === 'UTF-16LE' || best.name === 'UTF-16BE') && best.confidence >= confidentGuess) {
    const encoding = best.name.toLowerCase();
    return { text: decode(encoding, bytes), encoding };
  }
  const asian = best ? eastAsian[best.name] : undefined;
  if (best && asian && best.confidence >= confidentGuess) {
    const text = strictDecode(asian, bytes);
    if (text !== null) return { text, encoding: asian };
  }
  // Short Chinese files give chardet too little to be sure: GB18030 that decodes cleanly into
  // mostly Chinese characters is Chinese. Western text in Windows-1252 does not decode cleanly.
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null && mostlyHan(gb)) return { text: gb, encoding: 'gb18030' };
  return { text: decode('windows-1252', bytes), encoding: 'windows-1252' };
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Most characters outside ASCII are Han ideographs or CJK punctuation. */
function mostlyHan(text: string): boolean {
  let other = 0;
  let han = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char)) han++;
    else other++;
  }
  return han > 0 && han >= other * 3;
}
