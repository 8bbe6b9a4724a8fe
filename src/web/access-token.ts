// The random token that browser mode requires on every call, so other local programs and web
// pages cannot read or change the user's data through the loopback port.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export function createAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenMatches(expected: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token from "Authorization: Bearer <token>". */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
