// Ids are ULIDs made where the record is created, so replicas never need a server to allocate one.
// Records that are one per something (a partner's sales in a month, a partner's tier override)
// get an id derived from that something instead, so two computers creating it converge on one row.
import { createHash } from 'node:crypto';
import { monotonicFactory } from 'ulid';

export const newId: () => string = monotonicFactory();

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID-shaped id (26 Crockford characters, first 0-7) that is a hash of the parts. */
export function derivedId(...parts: readonly string[]): string {
  const digest = createHash('sha256').update(parts.join('\u001f')).digest();
  let id = crockford[digest[0]! & 7]!;
  for (let i = 1; i < 26; i++) id += crockford[digest[i]! & 31]!;
  return id;
}
