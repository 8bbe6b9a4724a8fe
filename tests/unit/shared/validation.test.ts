import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthdayField, formatBirthday, parseBirthday } from '../../../src/shared/contacts';
import { partnerInputSchema } from '../../../src/shared/partners';
import {
  emailField,
  fieldMessagesFromZod,
  isCalendarDate,
  phoneField,
  websiteField,
} from '../../../src/shared/validation';

describe('field rules', () => {
  it('accepts phone numbers as people write them and refuses the rest', () => {
    for (const ok of ['+60 12-345 6789', '(021) 555-0199', '+31 20 123 4567', '13800138000', ''])
      expect(phoneField.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['12', 'call me', '+60 12 345 6789 0000 12', '555-CALL'])
      expect(phoneField.safeParse(bad).success, bad).toBe(false);
  });

  it('checks e-mail addresses', () => {
    expect(emailField.parse(' sales@maju.com.my ')).toBe('sales@maju.com.my');
    expect(emailField.safeParse('sales@').success).toBe(false);
  });

  it('adds https:// to a bare domain and refuses other schemes', () => {
    expect(websiteField.parse('majujaya.com.my')).toBe('https://majujaya.com.my');
    expect(websiteField.parse('http://example.nl/a')).toBe('http://example.nl/a');
    expect(websiteField.safeParse('javascript:alert(1)').success).toBe(false);
    expect(websiteField.safeParse('localhost').success).toBe(false);
  });

  it('knows which calendar dates exist', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(2026, 4, 31)).toBe(false);
    expect(isCalendarDate(2026, 12, 31)).toBe(true);
  });

  it('birthdays round-trip between their parts and the stored form', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const stored = formatBirthday(year, month, day);
          const valid = isCalendarDate(year ?? 2000, month, day);
          expect(birthdayField.safeParse(stored).success).toBe(valid);
          if (valid) expect(parseBirthday(stored)).toEqual({ year, month, day });
        },
      ),
    );
  });

  it('fills partner defaults and de-duplicates tags case-insensitively', () => {
    const parsed = partnerInputSchema.parse({
      name: '  Van Dijk ',
      type: 'wholesaler',
      country: 'nl',
      tags: [' export', 'Export', 'key account'],
    });
    expect(parsed).toMatchObject({
      name: 'Van Dijk',
      country: 'NL',
      status: 'active',
      tags: ['export', 'key account'],
      ownerId: null,
    });
  });
});

describe('field messages from zod issues', () => {
  const messages = (input: unknown) => {
    const parsed = partnerInputSchema.safeParse(input);
    return parsed.success ? {} : fieldMessagesFromZod(parsed.error);
  };

  it('say the limit of a text that is too long', () => {
    const fields = messages({ name: 'x'.repeat(201), type: 'dealer', country: 'MY' });
    expect(fields.name).toMatchObject({ key: 'validation.tooLong', params: { max: 200 } });
  });

  it("keep a number field's own message when it is out of range", () => {
    const fields = messages({ name: 'Maju', type: 'dealer', country: 'MY', visitCadenceDays: 731 });
    expect(fields.visitCadenceDays).toMatchObject({
      key: 'validation.days',
      message: 'Enter a whole number of days from 1 to 730.',
    });
  });
});
