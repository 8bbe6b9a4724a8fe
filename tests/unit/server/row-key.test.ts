// The 16-byte keys row_scopes stores row ids by: a ULID is its own 128 bits (so keys sort as the
// ids do), any other id a hash; two different ids never share a key.
import fc from 'fast-check';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { rowKey, rowKeyHex, storedRowKeyHex } from '../../../src/server/sync/row-key';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ulidText = fc
  .tuple(
    fc.constantFrom(...'01234567'),
    fc.array(fc.constantFrom(...crockford), { minLength: 25, maxLength: 25 }),
  )
  .map(([first, rest]) => first + rest.join(''));

describe('row keys', () => {
  it('decodes a ULID into its 128 bits', () => {
    expect(rowKeyHex('00000000000000000000000000')).toBe('0'.repeat(32));
    expect(rowKeyHex('7ZZZZZZZZZZZZZZZZZZZZZZZZZ')).toBe('f'.repeat(32));
    expect(rowKeyHex('0000000000000000000000000Z')).toBe(`${'0'.repeat(30)}1f`);
    expect(rowKeyHex('00000000000000000000000010')).toBe(`${'0'.repeat(30)}20`);
    // The 48-bit time comes first, as in the ULID's binary form.
    expect(rowKeyHex(ulid(0x0123456789ab)).slice(0, 12)).toBe('0123456789ab');
  });

  it('keeps every key 16 bytes, hashing what is not a canonical ULID', () => {
    for (const id of ['not-mine', '01hg9xqmv58dycss9sz5zhvjkq', '8ZZZZZZZZZZZZZZZZZZZZZZZZZ', '']) {
      expect(rowKey(id)).toHaveLength(16);
    }
    expect(rowKeyHex('not-mine')).not.toBe(rowKeyHex('not-mine '));
  });

  it('gives different ids different keys, and orders ULID keys as their ids', () => {
    fc.assert(
      fc.property(fc.oneof(ulidText, fc.string()), fc.oneof(ulidText, fc.string()), (a, b) => {
        fc.pre(a !== b);
        expect(rowKeyHex(a)).not.toBe(rowKeyHex(b));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(ulidText, ulidText, (a, b) => {
        expect(Math.sign(Buffer.compare(rowKey(a), rowKey(b)))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('reads a stored key back as hex from a PostgreSQL uuid or SQLite bytes', () => {
    const hex = rowKeyHex(ulid());
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    expect(storedRowKeyHex(uuid)).toBe(hex);
    expect(storedRowKeyHex(new Uint8Array(Buffer.from(hex, 'hex')))).toBe(hex);
  });
});
