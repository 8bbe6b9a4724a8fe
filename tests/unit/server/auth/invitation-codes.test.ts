// Invitation codes: readable groups from an alphabet without look-alikes, found again however the
// person types them (case, dashes, spaces), and different codes never share a hash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalInvitationCode,
  generateInvitationCode,
  invitationAlphabet,
  invitationCodeHash,
} from '../../../../src/server/auth/invitation-codes';

describe('invitation codes', () => {
  it('are three groups of four characters without look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateInvitationCode();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(code).not.toMatch(/[01OILU]/);
    }
    expect(new Set(Array.from({ length: 1000 }, generateInvitationCode)).size).toBe(1000);
  });

  it('hash the same however the code is typed', () => {
    const canonical = fc
      .array(fc.constantFrom(...invitationAlphabet), { minLength: 12, maxLength: 12 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        canonical,
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.array(fc.constantFrom('', '-', ' ', ' - '), { minLength: 12, maxLength: 12 }),
        (code, lower, separators) => {
          const typed = [...code]
            .map((char, i) => (lower[i] ? char.toLowerCase() : char) + separators[i])
            .join('');
          expect(canonicalInvitationCode(typed)).toBe(code);
          expect(invitationCodeHash(typed)).toBe(invitationCodeHash(code));
        },
      ),
    );
  });

  it('hash different codes differently', () => {
    expect(invitationCodeHash('ABCD-EFGH-JKMN')).not.toBe(invitationCodeHash('ABCD-EFGH-JKMP'));
  });
});
