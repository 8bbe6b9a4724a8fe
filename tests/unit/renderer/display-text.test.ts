import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { changeValueText } from '../../../src/renderer/src/features/history/change-values';
import { birthdayText, calendarDate, relativeTime } from '../../../src/renderer/src/i18n/date-format';
import { countryName, countryOptions, languageName } from '../../../src/renderer/src/i18n/display-names';
import { startI18n } from '../../../src/renderer/src/i18n/setup';

describe('display names and dates', () => {
  it('names countries and languages through Intl', () => {
    expect(countryName('MY', 'en')).toBe('Malaysia');
    expect(languageName('ms', 'en')).toBe('Malay');
    expect(countryName('', 'en')).toBe('');
  });

  it('lists the four primary markets first', () => {
    expect(
      countryOptions('en')
        .slice(0, 4)
        .map((option) => option.value),
    ).toEqual(['MY', 'ID', 'NL', 'CN']);
  });

  it('formats all-day dates without shifting them a day', () => {
    expect(calendarDate('2024-01-01', 'en')).toBe('Jan 1, 2024');
    expect(birthdayText('--03-14', 'en')).toBe('March 14');
  });

  it('says how long ago something happened', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(relativeTime('2026-05-01T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2026-04-30T12:00:00Z', now, 'en')).toBe('yesterday');
  });
});

describe('timeline change values', () => {
  startI18n();
  const context = {
    t: i18next.t,
    locale: 'en',
    ownerName: (id: string) => (id === 'O1' ? 'Aisyah' : undefined),
  };

  it('reads enum values, owners and empties in words', () => {
    expect(changeValueText('type', 'dealer', context)).toBe('Dealer');
    expect(changeValueText('ownerId', 'O1', context)).toBe('Aisyah');
    expect(changeValueText('ownerId', 'gone', context)).toBe('(removed teammate)');
    expect(changeValueText('notes', '', context)).toBe('(empty)');
    expect(changeValueText('tags', ['a', 'b'], context)).toBe('a, b');
    expect(changeValueText('country', 'NL', context)).toBe('Netherlands');
  });
});
