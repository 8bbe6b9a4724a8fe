// The date arithmetic of rescheduling and closing care events, kept pure so it can be tested
// without a database: moving a single event, moving or closing one occurrence of a series (an
// exception), and shifting a whole series with its rule, end and exceptions by the same amount.
import type { CareEventStatus } from '../../shared/care';
import { addDays, epochDayOf } from './calendar-dates';
import type { RecurringSeries, SeriesException } from './recurrence';
import { instantOfWallClock, wallClockOf } from './zoned-time';

const msPerDay = 86_400_000;

export interface EventDates {
  start: string;
  end: string | null;
}

/** The end that keeps the event's length when only a new start is given. */
export function endKeepingLength(
  event: Pick<RecurringSeries, 'allDay' | 'start' | 'end'>,
  newStart: string,
): string | null {
  if (!event.end) return null;
  if (event.allDay) return addDays(newStart, epochDayOf(event.end) - epochDayOf(event.start));
  return new Date(Date.parse(newStart) + (Date.parse(event.end) - Date.parse(event.start))).toISOString();
}

/** A start or end written the way the event stores it: a date, or a UTC instant. */
export function storedMoment(allDay: boolean, text: string): string {
  return allDay ? text.slice(0, 10) : new Date(Date.parse(text)).toISOString();
}

/**
 * The exceptions after moving one occurrence (named by its original key). Moving it back to its
 * own slot removes the move; a status it was closed with stays with it either way.
 */
export function withMovedOccurrence(
  exceptions: readonly SeriesException[],
  occurrence: string,
  moved: EventDates,
  originalEnd: string | null,
): SeriesException[] {
  const previous = exceptions.find((e) => e.occurrence === occurrence);
  const close = previous && previous.kind !== 'skip' ? closeOf(previous) : null;
  const others = exceptions.filter((e) => e.occurrence !== occurrence);
  if (moved.start === occurrence && moved.end === originalEnd) {
    return close?.status
      ? [...others, { kind: 'status', occurrence, ...close, status: close.status }]
      : others;
  }
  return [...others, { kind: 'move', occurrence, start: moved.start, end: moved.end, ...(close ?? {}) }];
}

/** The exceptions after closing one occurrence; a moved occurrence stays where it was moved to. */
export function withClosedOccurrence(
  exceptions: readonly SeriesException[],
  occurrence: string,
  status: CareEventStatus,
  outcomeNote: string,
): SeriesException[] {
  const previous = exceptions.find((e) => e.occurrence === occurrence);
  const others = exceptions.filter((e) => e.occurrence !== occurrence);
  if (previous?.kind === 'move') return [...others, { ...previous, status, outcomeNote }];
  // Reopening with nothing to say is the same as never having closed it.
  if (status === 'planned' && outcomeNote === '') return others;
  // Closing a skipped occurrence brings it back: the user has just said what happened that day.
  return [...others, { kind: 'status', occurrence, status, outcomeNote }];
}

function closeOf(exception: Exclude<SeriesException, { kind: 'skip' }>): {
  status?: CareEventStatus;
  outcomeNote?: string;
} {
  return {
    ...(exception.status ? { status: exception.status } : {}),
    ...(exception.outcomeNote ? { outcomeNote: exception.outcomeNote } : {}),
  };
}

export interface ShiftedSeries {
  start: string;
  end: string | null;
  rrule: string | null;
  exceptions: SeriesException[];
}

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The series moved so that the occurrence `from` now starts at `to`; every other occurrence moves
 * by the same amount of wall-clock time in the event's zone (so 09:00 stays 09:00 across daylight
 * saving). `newEnd` (the moved occurrence's end) sets a new length. Null when the rule pins the days
 * in a way that cannot follow the move (e.g. "the 2nd Tuesday of the month" moved by two days).
 */
export function shiftedSeries(
  series: RecurringSeries,
  from: string,
  to: string,
  newEnd: string | null,
): ShiftedSeries | null {
  const shift = series.allDay ? allDayShift(from, to) : timedShift(series.timeZone, from, to);
  const rrule = series.rrule === null ? null : shiftedRule(series.rrule, shift.days, shift.until);
  if (rrule === null && series.rrule !== null) return null;
  const start = shift.moment(series.start);
  const end = newEnd
    ? series.allDay
      ? addDays(start, epochDayOf(newEnd) - epochDayOf(to))
      : new Date(Date.parse(start) + Date.parse(newEnd) - Date.parse(to)).toISOString()
    : endKeepingLength(series, start);
  const exceptions = series.exceptions.map((exception): SeriesException => {
    const occurrence = shift.moment(exception.occurrence);
    if (exception.kind !== 'move') return { ...exception, occurrence };
    return {
      ...exception,
      occurrence,
      start: shift.moment(exception.start),
      end: exception.end ? shift.moment(exception.end) : null,
    };
  });
  return { start, end, rrule, exceptions };
}

interface Shift {
  /** Whole days every occurrence's date moves by. */
  days: number;
  moment: (value: string) => string;
  until: (value: string) => string;
}

function allDayShift(from: string, to: string): Shift {
  const days = epochDayOf(to.slice(0, 10)) - epochDayOf(from.slice(0, 10));
  return {
    days,
    moment: (value) => addDays(value.slice(0, 10), days),
    until: (value) => compactDate(addDays(isoDateOfCompact(value), days)) + value.slice(8),
  };
}

function timedShift(timeZone: string, from: string, to: string): Shift {
  const fromWall = wallClockOf(Date.parse(from), timeZone);
  const delta = wallClockOf(Date.parse(to), timeZone) - fromWall;
  const days = Math.floor((fromWall + delta) / msPerDay) - Math.floor(fromWall / msPerDay);
  const moment = (value: string): string =>
    new Date(instantOfWallClock(wallClockOf(Date.parse(value), timeZone) + delta, timeZone)).toISOString();
  return {
    days,
    moment,
    until: (value) => {
      if (value.length === 8) return compactDate(addDays(isoDateOfCompact(value), days));
      // A UTC UNTIL instant: move it like an occurrence so the last one stays included.
      const iso = `${isoDateOfCompact(value)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}Z`;
      return moment(iso)
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    },
  };
}

function isoDateOfCompact(value: string): string {
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

function compactDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/**
 * The rule with the parts that name days moved along: weekdays turn with the move, days of the
 * month move if they stay valid in every month, UNTIL moves with the last occurrence.
 */
export function shiftedRule(
  rrule: string,
  days: number,
  shiftUntil: (until: string) => string,
): string | null {
  const parts = rrule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase()
    .split(';')
    .map((part) => {
      const [key = '', value = ''] = part.split('=');
      return { key, value };
    });
  const shifted: string[] = [];
  for (const { key, value } of parts) {
    if (key === 'UNTIL') shifted.push(`UNTIL=${shiftUntil(value)}`);
    else if (days === 0) shifted.push(`${key}=${value}`);
    else if (key === 'BYDAY') {
      const moved = value.split(',').map((day) => {
        const index = weekdays.indexOf(day);
        return index < 0 ? null : weekdays[(((index + days) % 7) + 7) % 7];
      });
      if (moved.some((day) => day === null || day === undefined)) return null;
      shifted.push(`BYDAY=${moved.join(',')}`);
    } else if (key === 'BYMONTHDAY') {
      const moved = value
        .split(',')
        .map(Number)
        .map((day) => day + days);
      if (value.startsWith('-') || value.includes(',-') || moved.some((day) => day < 1 || day > 28))
        return null;
      shifted.push(`BYMONTHDAY=${moved.join(',')}`);
    } else if (key === 'BYMONTH' || key === 'BYSETPOS') return null;
    else shifted.push(`${key}=${value}`);
  }
  return shifted.join(';');
}
