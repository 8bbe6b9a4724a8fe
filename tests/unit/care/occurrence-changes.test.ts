import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/care/calendar-dates';
import {
  endKeepingLength,
  shiftedRule,
  shiftedSeries,
  withClosedOccurrence,
  withMovedOccurrence,
} from '../../../src/core/care/occurrence-changes';
import {
  expandOccurrences,
  originalOccurrenceKey,
  type RecurringSeries,
} from '../../../src/core/care/recurrence';
import { wallClockOf } from '../../../src/core/care/zoned-time';

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

const year = { from: '2026-01-01', to: '2026-12-31' };
const wide = { from: '2025-11-01', to: '2027-02-28' };

describe('one occurrence moved or closed', () => {
  it('keeps a closed status with the occurrence when it is moved, and drops a move back to its slot', () => {
    const closed = withClosedOccurrence([], '2026-01-12', 'done', 'Order placed.');
    const moved = withMovedOccurrence(closed, '2026-01-12', { start: '2026-01-14', end: null }, null);
    expect(moved).toEqual([
      {
        kind: 'move',
        occurrence: '2026-01-12',
        start: '2026-01-14',
        end: null,
        status: 'done',
        outcomeNote: 'Order placed.',
      },
    ]);
    expect(withMovedOccurrence(moved, '2026-01-12', { start: '2026-01-12', end: null }, null)).toEqual([
      { kind: 'status', occurrence: '2026-01-12', status: 'done', outcomeNote: 'Order placed.' },
    ]);
    expect(withMovedOccurrence([], '2026-01-12', { start: '2026-01-12', end: null }, null)).toEqual([]);
  });

  it('reopening with no note forgets the close; closing a skipped occurrence brings it back', () => {
    const closed = withClosedOccurrence([], '2026-01-12', 'skipped', '');
    expect(withClosedOccurrence(closed, '2026-01-12', 'planned', '')).toEqual([]);
    const skipped = [{ kind: 'skip' as const, occurrence: '2026-01-19' }];
    const weekly = series({
      rrule: 'FREQ=WEEKLY',
      exceptions: withClosedOccurrence(skipped, '2026-01-19', 'done', ''),
    });
    const { occurrences } = expandOccurrences(weekly, { from: '2026-01-05', to: '2026-01-26' });
    expect(occurrences.map((o) => [o.start, o.status ?? 'series'])).toEqual([
      ['2026-01-05', 'series'],
      ['2026-01-12', 'series'],
      ['2026-01-19', 'done'],
      ['2026-01-26', 'series'],
    ]);
  });

  it('a closed occurrence never changes which dates a series shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 51 }), fc.constantFrom('done', 'skipped'), (week, status) => {
        const weekly = series({ rrule: 'FREQ=WEEKLY' });
        const occurrence = addDays('2026-01-05', week * 7);
        const closed = { ...weekly, exceptions: withClosedOccurrence([], occurrence, status, 'x') };
        const before = expandOccurrences(weekly, year).occurrences;
        const after = expandOccurrences(closed, year).occurrences;
        expect(after.map((o) => o.start)).toEqual(before.map((o) => o.start));
        expect(after.filter((o) => o.status).map((o) => [o.start, o.status])).toEqual([[occurrence, status]]);
      }),
      { numRuns: 40 },
    );
  });

  it('knows which dates are occurrences of a series', () => {
    const weekly = series({ rrule: 'FREQ=WEEKLY;COUNT=3' });
    expect(originalOccurrenceKey(weekly, '2026-01-19')).toBe('2026-01-19');
    expect(originalOccurrenceKey(weekly, '2026-01-26')).toBeNull(); // after COUNT
    expect(originalOccurrenceKey(weekly, '2026-01-06')).toBeNull();
    const timed = series({
      allDay: false,
      start: '2026-01-05T01:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      rrule: 'FREQ=DAILY',
    });
    expect(originalOccurrenceKey(timed, '2026-01-07T08:00:00+07:00')).toBe('2026-01-07T01:00:00.000Z');
    expect(originalOccurrenceKey(timed, '2026-01-07T09:00:00+07:00')).toBeNull();
    expect(originalOccurrenceKey(series({}), '2026-01-05')).toBe('2026-01-05');
  });
});

describe('a whole series shifted', () => {
  it('moves every all-day occurrence by the same number of days (weekdays and month days follow)', () => {
    const rules = [
      'FREQ=DAILY;INTERVAL=3',
      'FREQ=WEEKLY',
      'FREQ=WEEKLY;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      'FREQ=MONTHLY',
      'FREQ=MONTHLY;BYMONTHDAY=5,20',
      'FREQ=WEEKLY;UNTIL=20260601',
      'FREQ=WEEKLY;COUNT=10',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: -3, max: 3 }),
        (rrule, nth, days) => {
          const original = series({ start: '2026-01-05', rrule, end: '2026-01-06' });
          const occurrences = expandOccurrences(original, year).occurrences;
          const from = occurrences[nth]?.occurrence ?? '2026-01-05';
          const shifted = shiftedSeries(original, from, addDays(from, days), null);
          expect(shifted).not.toBeNull();
          const shiftedYear = { from: addDays(year.from, days), to: addDays(year.to, days) };
          const moved = expandOccurrences({ ...original, ...shifted! }, shiftedYear).occurrences;
          expect(moved.map((o) => o.start)).toEqual(occurrences.map((o) => addDays(o.start, days)));
          expect(moved.every((o) => o.end === addDays(o.start, 1))).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('keeps timed occurrences at one local time across daylight saving, in any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Amsterdam', 'America/New_York', 'Australia/Sydney', 'Asia/Kuala_Lumpur'),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: -36, max: 36 }),
        (timeZone, nth, halfHours) => {
          const original = series({
            allDay: false,
            start: '2026-01-05T08:00:00.000Z',
            end: '2026-01-05T09:30:00.000Z',
            timeZone,
            rrule: 'FREQ=WEEKLY',
          });
          const occurrences = expandOccurrences(original, year, timeZone).occurrences;
          const from = occurrences[nth]!.occurrence;
          const to = new Date(Date.parse(from) + halfHours * 1_800_000).toISOString();
          const shifted = shiftedSeries(original, from, to, null)!;
          const moved = expandOccurrences({ ...original, ...shifted }, wide, timeZone).occurrences;
          const localTime = (iso: string) =>
            new Date(wallClockOf(Date.parse(iso), timeZone)).toISOString().slice(11, 16);
          expect(new Set(moved.map((o) => localTime(o.start))).size).toBe(1);
          expect(moved.map((o) => o.start)).toContain(to);
          expect(moved.every((o) => Date.parse(o.end!) - Date.parse(o.start) === 5_400_000)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses rules whose days cannot follow the move, unless the day stays', () => {
    const keep = (until: string) => until;
    expect(shiftedRule('FREQ=MONTHLY;BYDAY=2TU', 2, keep)).toBeNull();
    expect(shiftedRule('FREQ=MONTHLY;BYMONTHDAY=27', 3, keep)).toBeNull();
    expect(shiftedRule('FREQ=MONTHLY;BYMONTHDAY=-1', 1, keep)).toBeNull();
    expect(shiftedRule('FREQ=YEARLY;BYMONTH=3', 1, keep)).toBeNull();
    expect(shiftedRule('FREQ=MONTHLY;BYDAY=2TU', 0, keep)).toBe('FREQ=MONTHLY;BYDAY=2TU');
    expect(shiftedRule('FREQ=WEEKLY;BYDAY=SU,MO', -1, keep)).toBe('FREQ=WEEKLY;BYDAY=SA,SU');
  });

  it('keeps the length a drag gives and the end of a single event', () => {
    const timed = series({
      allDay: false,
      start: '2026-01-05T08:00:00.000Z',
      end: '2026-01-05T09:00:00.000Z',
    });
    expect(endKeepingLength(timed, '2026-02-01T10:00:00.000Z')).toBe('2026-02-01T11:00:00.000Z');
    expect(endKeepingLength(series({ end: null }), '2026-02-01')).toBeNull();
    const shifted = shiftedSeries(
      { ...timed, rrule: 'FREQ=DAILY' },
      '2026-01-06T08:00:00.000Z',
      '2026-01-06T09:00:00.000Z',
      '2026-01-06T11:00:00.000Z',
    );
    expect(shifted).toMatchObject({ start: '2026-01-05T09:00:00.000Z', end: '2026-01-05T11:00:00.000Z' });
  });
});
