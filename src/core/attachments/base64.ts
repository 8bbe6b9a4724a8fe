// Strict base64 decoding for uploads: Node's decoder silently skips characters it does not know,
// which would store a damaged file under a hash as if all were well.

/** The decoded size of a base64 string, computed from its length and padding without decoding. */
export function decodedBase64Size(content: string): number {
  let padding = 0;
  if (content.endsWith('==')) padding = 2;
  else if (content.endsWith('=')) padding = 1;
  return Math.floor((content.length * 3) / 4) - padding;
}

/**
 * The bytes of standard, padded base64 (what browsers' FileReader produces), or null for anything
 * else: stray characters, whitespace, a data: prefix, the URL alphabet, missing padding. Decoding
 * and encoding again is done natively, so a 50 MB file is checked in milliseconds.
 */
export function decodeStrictBase64(content: string): Buffer | null {
  if (content.length % 4 !== 0) return null;
  const bytes = Buffer.from(content, 'base64');
  return bytes.toString('base64') === content ? bytes : null;
}
