import { describe, expect, it } from 'vitest';
import { birthdayField } from '../../../src/shared/contacts';
import {
  birthdayParts,
  birthdayValue,
  daysInMonth,
  noBirthday,
} from '../../../src/renderer/src/features/contacts/birthday-fields';

describe('birthday fields', () => {
  it('round-trips a birthday with and without a year', () => {
    expect(birthdayParts('1985-03-14')).toEqual({ month: '3', day: '14', year: '1985' });
    expect(birthdayValue(birthdayParts('1985-03-14'))).toBe('1985-03-14');
    expect(birthdayParts('--12-01')).toEqual({ month: '12', day: '1', year: '' });
    expect(birthdayValue(birthdayParts('--12-01'))).toBe('--12-01');
  });

  it('stores nothing when nothing was entered', () => {
    expect(birthdayParts('')).toEqual(noBirthday);
    expect(birthdayValue(noBirthday)).toBe('');
  });

  it('refuses incomplete input so the form can say so', () => {
    expect(birthdayValue({ month: '3', day: null, year: '' })).toBeNull();
    expect(birthdayValue({ month: null, day: '3', year: '' })).toBeNull();
    expect(birthdayValue({ month: null, day: null, year: '1990' })).toBeNull();
    expect(birthdayValue({ month: '3', day: '4', year: '90' })).toBeNull();
  });

  it('leaves impossible dates for the shared schema to reject', () => {
    const value = birthdayValue({ month: '2', day: '30', year: '' });
    expect(value).toBe('--02-30');
    expect(birthdayField.safeParse(value).success).toBe(false);
    expect(birthdayField.safeParse(birthdayValue({ month: '2', day: '29', year: '' })).success).toBe(true);
  });

  it('offers 29 days in February unless the year is known and not leap', () => {
    expect(daysInMonth('2', '')).toBe(29);
    expect(daysInMonth('2', '2024')).toBe(29);
    expect(daysInMonth('2', '2023')).toBe(28);
    expect(daysInMonth('4', '')).toBe(30);
    expect(daysInMonth(null, '')).toBe(31);
  });
});
