// How the server stores a row id it must look up again (row_scopes): 16 bytes, a PostgreSQL uuid
// (fixed width, no length header) or a SQLite blob, instead of 26 characters. A canonical ULID,
// which nearly every id is, is its own 128 bits; any other id is the first 16 bytes of its
// sha256, so telling two ids apart rests on sha256: making an id collide with another is a
// 128-bit preimage search. The key is only ever compared, never read back.
import { createHash } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Each character's value by its code (a push keys tens of thousands of ids). */
const valueOf = new Uint8Array(128);
for (const [index, char] of [...alphabet].entries()) valueOf[char.charCodeAt(0)] = index;
/** Canonical: upper case, and a first character of at most 7 (26 × 5 bits hold 128 + 2 zero bits). */
const canonicalUlid = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

export function rowKey(rowId: string): Buffer {
  if (!canonicalUlid.test(rowId)) return createHash('sha256').update(rowId, 'utf8').digest().subarray(0, 16);
  const key = Buffer.alloc(16);
  // Base 32 from the last character: whole bytes fill the key from its end.
  let bits = 0;
  let pending = 0;
  let at = 15;
  for (let index = rowId.length - 1; index >= 0 && at >= 0; index--) {
    pending |= valueOf[rowId.charCodeAt(index)]! << bits;
    bits += 5;
    while (bits >= 8 && at >= 0) {
      key[at--] = pending & 0xff;
      pending >>>= 8;
      bits -= 8;
    }
  }
  return key;
}

/** The key as 32 hex digits: how it travels in statements (PostgreSQL reads them as a uuid). */
export const rowKeyHex = (rowId: string): string => rowKey(rowId).toString('hex');

/** A stored key as 32 hex digits, whichever way the driver answers it (a uuid string or bytes). */
export function storedRowKeyHex(stored: unknown): string {
  if (typeof stored === 'string') return stored.replaceAll('-', '').toLowerCase();
  if (stored instanceof Uint8Array) return Buffer.from(stored).toString('hex');
  throw new Error('A row key is neither a uuid nor bytes');
}
