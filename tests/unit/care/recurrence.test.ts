import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/care/calendar-dates';
import {
  expandOccurrences,
  maxOccurrencesPerExpansion,
  validateRrule,
  type RecurringSeries,
} from '../../../src/core/care/recurrence';
import { instantOfWallClock, wallClockOf } from '../../../src/core/care/zoned-time';

function series(fields: Partial<RecurringSeries>): RecurringSeries {
  return {
    id: 's1',
    start: '2026-01-05',
    allDay: true,
    timeZone: 'UTC',
    rrule: null,
    exceptions: [],
    ...fields,
  };
}

/** HH:MM on the zone's wall clock. */
function localTime(instant: string, timeZone: string): string {
  return new Date(wallClockOf(Date.parse(instant), timeZone)).toISOString().slice(11, 16);
}

describe('expandOccurrences', () => {
  it('shows a single event once, inside the range only', () => {
    const single = series({ start: '2026-03-10' });
    expect(expandOccurrences(single, { from: '2026-03-01', to: '2026-03-31' }).occurrences).toEqual([
      { seriesId: 's1', occurrence: '2026-03-10', start: '2026-03-10', end: null, moved: false },
    ]);
    expect(expandOccurrences(single, { from: '2026-04-01', to: '2026-04-30' }).occurrences).toEqual([]);
  });

  it('expands a weekly all-day rule with COUNT', () => {
    const weekly = series({ start: '2026-01-05', rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=10' });
    const { occurrences } = expandOccurrences(weekly, { from: '2026-01-01', to: '2026-12-31' });
    expect(occurrences.map((o) => o.start)).toEqual([
      '2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02',
      '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09',
    ]); // prettier-ignore
  });

  it('keeps 09:00 Amsterdam time across both daylight-saving changes', () => {
    const meeting = series({
      allDay: false,
      start: '2026-03-16T08:00:00.000Z', // Monday 09:00 CET
      end: '2026-03-16T09:00:00.000Z',
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
    });
    const { occurrences } = expandOccurrences(
      meeting,
      { from: '2026-03-16', to: '2026-11-02' },
      'Europe/Amsterdam',
    );
    expect(occurrences.every((o) => localTime(o.start, 'Europe/Amsterdam') === '09:00')).toBe(true);
    expect(occurrences.every((o) => localTime(o.end ?? '', 'Europe/Amsterdam') === '10:00')).toBe(true);
    expect(occurrences.slice(0, 3).map((o) => o.start)).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z', // after the switch to CEST on 29 March
    ]);
    expect(occurrences.at(-1)?.start).toBe('2026-11-02T08:00:00.000Z'); // back on CET after 25 October
  });

  it('selects timed occurrences by the user’s days, not the event’s', () => {
    // 23:30 in Amsterdam on the 5th is already the 6th in Kuala Lumpur.
    const late = series({
      allDay: false,
      start: '2026-01-05T22:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=DAILY',
    });
    const inKl = expandOccurrences(
      late,
      { from: '2026-01-06', to: '2026-01-06' },
      'Asia/Kuala_Lumpur',
    ).occurrences;
    expect(inKl.map((o) => o.occurrence)).toEqual(['2026-01-05T22:30:00.000Z']);
  });

  it('shows a time that the spring change skips an hour later, as RFC 5545 says', () => {
    const early = series({
      allDay: false,
      start: '2026-03-28T01:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=DAILY;COUNT=3',
    });
    const starts = expandOccurrences(early, { from: '2026-03-28', to: '2026-03-30' }).occurrences.map((o) =>
      localTime(o.start, 'Europe/Amsterdam'),
    );
    expect(starts).toEqual(['02:30', '03:30', '02:30']);
  });

  it('skips and moves single occurrences without touching the series', () => {
    const weekly = series({
      start: '2026-01-05',
      rrule: 'FREQ=WEEKLY;COUNT=4',
      exceptions: [
        { occurrence: '2026-01-12', kind: 'skip' },
        { occurrence: '2026-01-19', kind: 'move', start: '2026-02-20' },
      ],
    });
    const january = expandOccurrences(weekly, { from: '2026-01-01', to: '2026-01-31' }).occurrences;
    expect(january.map((o) => o.start)).toEqual(['2026-01-05', '2026-01-26']);
    const february = expandOccurrences(weekly, { from: '2026-02-01', to: '2026-02-28' }).occurrences;
    expect(february).toEqual([
      { seriesId: 's1', occurrence: '2026-01-19', start: '2026-02-20', end: null, moved: true },
    ]);
  });

  it('ignores an exception for a date the rule never produces', () => {
    const weekly = series({
      rrule: 'FREQ=WEEKLY;COUNT=2',
      exceptions: [{ occurrence: '2026-01-06', kind: 'move', start: '2026-01-08' }],
    });
    expect(expandOccurrences(weekly, { from: '2026-01-01', to: '2026-01-31' }).occurrences).toHaveLength(2);
  });

  it('keeps an all-day event’s length and shows it where it overlaps the range', () => {
    const trip = series({ start: '2026-01-30', end: '2026-02-02', rrule: 'FREQ=YEARLY;COUNT=2' });
    expect(expandOccurrences(trip, { from: '2026-02-01', to: '2026-02-28' }).occurrences).toEqual([
      { seriesId: 's1', occurrence: '2026-01-30', start: '2026-01-30', end: '2026-02-02', moved: false },
    ]);
  });

  it('caps a rule that would produce too many occurrences', () => {
    const daily = series({ start: '2000-01-01', rrule: 'FREQ=DAILY' });
    const result = expandOccurrences(daily, { from: '2000-01-01', to: '2030-12-31' });
    expect(result.occurrences).toHaveLength(maxOccurrencesPerExpansion);
    expect(result.truncated).toBe(true);
  });

  it('shows only the first date of a series whose stored rule is no longer valid', () => {
    const broken = series({ start: '2026-01-05', rrule: 'FREQ=SECONDLY' });
    const result = expandOccurrences(broken, { from: '2026-01-01', to: '2026-01-31' });
    expect(result.ruleIgnored).toBe(true);
    expect(result.occurrences.map((o) => o.start)).toEqual(['2026-01-05']);
  });
});

describe('validateRrule', () => {
  it('accepts the rules the editor offers', () => {
    for (const rule of [
      'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
      'RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20271231T000000Z',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    ])
      expect(validateRrule(rule), rule).toEqual({ ok: true });
  });

  it('refuses invalid rules with the message key the UI shows', () => {
    for (const rule of [
      '',
      'garbage',
      'BYDAY=MO',
      'FREQ=BOGUS',
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=WEEKLY;COUNT=abc',
      'FREQ=WEEKLY;UNTIL=20260231',
      'FREQ=MONTHLY;BYMONTHDAY=32',
      'FREQ=WEEKLY;FOO=1',
      'FREQ=SECONDLY',
      'FREQ=WEEKLY;COUNT=2;UNTIL=20260101',
      'FREQ=DAILY;BYSETPOS=2',
      'FREQ=WEEKLY;BYDAY=1MO',
    ])
      // prettier-ignore
      expect(validateRrule(rule), rule).toMatchObject({ ok: false, messageKey: 'validation.rrule' });
  });

  it('refuses rules that never produce a date', () => {
    const start = { start: '2026-01-05', allDay: true, timeZone: 'UTC' };
    for (const rule of [
      'FREQ=DAILY;COUNT=0',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31',
      'FREQ=WEEKLY;UNTIL=20251231',
    ])
      expect(validateRrule(rule, start), rule).toMatchObject({
        ok: false,
        messageKey: 'validation.rruleEmpty',
      });
    expect(validateRrule('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', start)).toMatchObject({
      messageKey: 'validation.rruleEmpty',
    });
  });
});

const dateArb = fc.integer({ min: 0, max: 3650 }).map((offset) => addDays('2024-01-01', offset));
const ruleArb = fc.constantFrom(
  'FREQ=DAILY',
  'FREQ=WEEKLY;BYDAY=MO,TH',
  'FREQ=WEEKLY;INTERVAL=2',
  'FREQ=MONTHLY;BYMONTHDAY=31',
  'FREQ=MONTHLY;BYDAY=2TU',
  'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
  'FREQ=YEARLY',
);
const rangeArb = fc
  .tuple(dateArb, fc.integer({ min: 0, max: 120 }))
  .map(([from, days]) => ({ from, to: addDays(from, days) }));

describe('expandOccurrences invariants', () => {
  it('yields occurrences inside the range, sorted by start', () => {
    fc.assert(
      fc.property(dateArb, ruleArb, rangeArb, (start, rrule, range) => {
        const { occurrences } = expandOccurrences(series({ start, rrule }), range);
        const starts = occurrences.map((o) => o.start);
        expect(starts.every((s) => s >= range.from && s <= range.to && s >= start)).toBe(true);
        expect(starts).toEqual([...starts].sort());
      }),
    );
  });

  it('a late window shows the same dates as one long expansion from the start', () => {
    const rules = fc.constantFrom(
      'FREQ=DAILY;INTERVAL=3',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR',
      'FREQ=WEEKLY;INTERVAL=3',
      'FREQ=MONTHLY',
      'FREQ=MONTHLY;BYDAY=1TU',
      'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    );
    fc.assert(
      fc.property(dateArb, rules, rangeArb, (start, rrule, range) => {
        fc.pre(range.to >= start);
        const whole = expandOccurrences(series({ start, rrule }), { from: start, to: range.to }).occurrences;
        const late = expandOccurrences(series({ start, rrule }), range).occurrences;
        expect(late.map((o) => o.start)).toEqual(whole.map((o) => o.start).filter((d) => d >= range.from));
      }),
    );
  });

  it('skip removes exactly that occurrence; move keeps the count', () => {
    fc.assert(
      fc.property(
        dateArb,
        ruleArb,
        fc.nat(),
        fc.integer({ min: -3, max: 3 }),
        (start, rrule, pick, shift) => {
          const range = { from: start, to: addDays(start, 400) };
          const plain = expandOccurrences(series({ start, rrule }), range).occurrences;
          fc.pre(plain.length > 0);
          const chosen = plain[pick % plain.length]!;
          const skipped = expandOccurrences(
            series({ start, rrule, exceptions: [{ occurrence: chosen.occurrence, kind: 'skip' }] }),
            range,
          ).occurrences;
          expect(skipped.map((o) => o.occurrence)).toEqual(
            plain.map((o) => o.occurrence).filter((k) => k !== chosen.occurrence),
          );
          // A move that stays inside the range keeps the number of occurrences.
          const target = addDays(chosen.start, shift);
          fc.pre(target >= range.from && target <= range.to);
          const moved = expandOccurrences(
            series({
              start,
              rrule,
              exceptions: [{ occurrence: chosen.occurrence, kind: 'move', start: target }],
            }),
            range,
          ).occurrences;
          expect(moved).toHaveLength(plain.length);
          expect(moved.filter((o) => o.moved)).toEqual([
            { seriesId: 's1', occurrence: chosen.occurrence, start: target, end: null, moved: true },
          ]);
        },
      ),
    );
  });

  it('COUNT=n yields n occurrences when the range covers them all', () => {
    fc.assert(
      fc.property(dateArb, ruleArb, fc.integer({ min: 1, max: 30 }), (start, rrule, count) => {
        const range = { from: start, to: addDays(start, 366 * 125) };
        const { occurrences } = expandOccurrences(series({ start, rrule: `${rrule};COUNT=${count}` }), range);
        expect(occurrences).toHaveLength(count);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the wall-clock time of a timed rule in every zone across DST', () => {
    const zones = [
      'Europe/Amsterdam',
      'America/New_York',
      'Australia/Sydney',
      'Asia/Kuala_Lumpur',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        dateArb,
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.constantFrom('FREQ=DAILY', 'FREQ=WEEKLY', 'FREQ=MONTHLY'),
        (day, timeZone, hour, minute, rrule) => {
          // Hours that some DST change skips (Santiago skips 00:00) are covered by their own test.
          fc.pre(hour > 3);
          const wall = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const startInstant = new Date(
            instantOfWallClock(Date.parse(`${day}T${wall}:00.000Z`), timeZone),
          ).toISOString();
          const { occurrences } = expandOccurrences(
            series({ allDay: false, start: startInstant, timeZone, rrule }),
            { from: day, to: addDays(day, 400) },
            timeZone,
          );
          expect(occurrences.length).toBeGreaterThan(0);
          for (const o of occurrences) expect(localTime(o.start, timeZone)).toBe(wall);
        },
      ),
      { numRuns: 60 },
    );
  });
});
