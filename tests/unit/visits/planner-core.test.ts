import { describe, expect, it } from 'vitest';
import { bringGreetingsLine, greetingPhrase } from '../../../src/core/visits/greeting-phrase';
import { holidaysOfWeek, weekOf } from '../../../src/core/visits/planner-holidays';
import { dateOfGreetingKey } from '../../../src/core/visits/schedule';
import { defaultGreetingFestivals } from '../../../src/core/care/festivals';

describe('planner holidays', () => {
  it('list each day off of the week per country, marking the greeted festivals', () => {
    // Chinese New Year 2026 is 17 February, with 18 February off as well in MY.
    const week = weekOf('2026-02-16');
    expect(week).toEqual({ from: '2026-02-16', to: '2026-02-22' });
    const holidays = holidaysOfWeek(['MY', 'MY', 'NL'], week, defaultGreetingFestivals);
    expect(holidays.map((h) => [h.date, h.country, h.festivalKey, h.publicHoliday])).toEqual([
      ['2026-02-17', 'MY', 'chinese-new-year', true],
      ['2026-02-18', 'MY', 'chinese-new-year', true],
    ]);
  });

  it('list greeted festivals that are no day off, and no others', () => {
    const holidays = holidaysOfWeek(['NL'], weekOf('2026-11-30'), { NL: ['sinterklaas'] });
    expect(holidays).toEqual([
      {
        date: '2026-12-05',
        country: 'NL',
        name: 'Sinterklaasavond',
        festivalKey: 'sinterklaas',
        publicHoliday: false,
      },
    ]);
    expect(holidaysOfWeek(['NL'], weekOf('2026-11-30'), { NL: [] })).toEqual([]);
  });

  it('know nothing of a country the holiday library lacks', () => {
    expect(holidaysOfWeek(['XX'], weekOf('2026-12-21'), {})).toEqual([]);
  });
});

describe('greetings in a visit description', () => {
  it('read as words with a short date', () => {
    const base = { date: '2026-12-12', years: null };
    expect(greetingPhrase({ ...base, kind: 'birthday', title: 'Tan Wei Ming' })).toBe(
      'birthday of Tan Wei Ming (12 Dec)',
    );
    expect(greetingPhrase({ ...base, kind: 'anniversary', title: 'Maju', years: 1 })).toBe(
      '1 year of partnership (12 Dec)',
    );
    expect(greetingPhrase({ ...base, kind: 'anniversary', title: 'Maju', years: 6 })).toBe(
      '6 years of partnership (12 Dec)',
    );
    expect(greetingPhrase({ ...base, kind: 'festival', title: 'Deepavali', date: '2026-11-08' })).toBe(
      'Deepavali (8 Nov)',
    );
    expect(bringGreetingsLine([])).toBe('');
  });

  it('come from keys whose date is where the calendar puts it', () => {
    expect(dateOfGreetingKey('birthday:01ABC:2026-12-12')).toBe('2026-12-12');
    expect(dateOfGreetingKey('anniversary:01ABC:2026-11-10')).toBe('2026-11-10');
    expect(dateOfGreetingKey('festival:MY:deepavali:2026-11-08:01ABC')).toBe('2026-11-08');
    expect(dateOfGreetingKey('festival:MY:deepavali:2026-11-08')).toBeNull();
    expect(dateOfGreetingKey('birthday:01ABC:2026-02-30')).toBeNull();
    expect(dateOfGreetingKey('nonsense')).toBeNull();
  });
});
