// One-time invitation codes people can read aloud and type: 12 characters of an alphabet without
// look-alikes (no 0/O, 1/I/L, U), shown as XXXX-XXXX-XXXX. Only the sha256 of the canonical form
// (upper case, no dashes or spaces) is stored, so "abcd efgh-jkmn" finds the same invitation.
import { randomInt } from 'node:crypto';
import { sha256 } from './tokens';

export const invitationAlphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const invitationCodeLength = 12;

export function generateInvitationCode(): string {
  let code = '';
  for (let i = 0; i < invitationCodeLength; i++) {
    code += invitationAlphabet[randomInt(invitationAlphabet.length)];
  }
  return formatInvitationCode(code);
}

/** Groups of four joined by dashes. */
export function formatInvitationCode(canonical: string): string {
  return canonical.match(/.{1,4}/g)?.join('-') ?? canonical;
}

/** What the user typed, as the code is stored: upper case, without dashes or spaces. */
export function canonicalInvitationCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

export function invitationCodeHash(typed: string): string {
  return sha256(canonicalInvitationCode(typed));
}
