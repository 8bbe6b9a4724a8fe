// Random tokens and their hashes: tokens and invitation codes are shown once and stored only as
// sha256, so a copy of the database opens no session.
import { createHash, randomBytes } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
