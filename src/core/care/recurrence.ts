// Expansion of a care event series (single or recurring, all-day or timed) into the occurrences a
// calendar view shows, and the check of the RRULE text a user types. Timed rules are expanded in the
// event's own wall-clock time, so a 09:00 weekly meeting stays at 09:00 after daylight saving.
import * as rruleModule from 'rrule';
import type { Options } from 'rrule';
import type { CareEventStatus } from '../../shared/care';
import { addDays, assertDateRange, epochDayOf, parseIsoDate, type DateRange } from './calendar-dates';
import { instantOfWallClock, isKnownTimeZone, wallClockOf, type WallClockMs } from './zoned-time';

// rrule ships a UMD bundle as "main" and ESM only as "module": bundlers and Vitest see named
// exports, plain Node (tsx: seed, bench) sees one CommonJS default. Take RRule from whichever is there.
const { RRule } =
  'RRule' in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default;
type RRule = InstanceType<typeof RRule>;

/** How one occurrence was closed (done or skipped, with what came of it), apart from the series. */
export interface OccurrenceClose {
  status?: CareEventStatus | undefined;
  outcomeNote?: string | undefined;
}

export type SeriesException =
  | { occurrence: string; kind: 'skip' }
  | ({ occurrence: string; kind: 'move'; start: string; end?: string | null } & OccurrenceClose)
  | { occurrence: string; kind: 'status'; status: CareEventStatus; outcomeNote?: string | undefined };

/** A stored care event as far as its dates go (the shape of shared/care.ts). */
export interface RecurringSeries {
  id: string;
  /** YYYY-MM-DD when allDay, else an ISO instant. */
  start: string;
  /** The last day (inclusive) when allDay, else the end instant; null or absent for none. */
  end?: string | null;
  allDay: boolean;
  /** IANA zone whose wall clock a timed rule follows; ignored for all-day events. */
  timeZone: string;
  /** An RFC 5545 RRULE without DTSTART, e.g. 'FREQ=WEEKLY;BYDAY=MO'; null for a single event. */
  rrule: string | null;
  exceptions: SeriesException[];
}

export interface Occurrence {
  seriesId: string;
  /** The original start (YYYY-MM-DD or UTC ISO instant); exceptions refer to it, also after a move. */
  occurrence: string;
  start: string;
  end: string | null;
  moved: boolean;
  /** This occurrence's own status when it was closed apart from the series; absent otherwise. */
  status?: CareEventStatus;
}

export interface Expansion {
  occurrences: Occurrence[];
  /** True when the range held more than maxOccurrencesPerExpansion occurrences and the rest were cut. */
  truncated: boolean;
  /** True when the stored rule is not valid any more; the series then shows its first date only. */
  ruleIgnored: boolean;
}

export type RruleCheck = { ok: true } | { ok: false; messageKey: string; message: string };

/** A calendar month of a daily rule needs 31; a cap keeps a runaway rule from hanging the core. */
export const maxOccurrencesPerExpansion = 5_000;

const msPerDay = 86_400_000;

const supportedParts = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
]);
const weekdayPattern = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
/** The longest each month can be (February in a leap year), to spot BYMONTH=2;BYMONTHDAY=31. */
const longestMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function invalid(message: string): RruleCheck {
  return { ok: false, messageKey: 'validation.rrule', message };
}

function neverOccurs(message: string): RruleCheck {
  return { ok: false, messageKey: 'validation.rruleEmpty', message };
}

function integerList(value: string, min: number, max: number): number[] | null {
  const numbers = value.split(',').map((item) => (/^[+-]?\d+$/.test(item) ? Number(item) : Number.NaN));
  return numbers.every((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) >= min && Math.abs(n) <= max)
    ? numbers
    : null;
}

/**
 * Checks the text alone. Beyond RFC 5545 syntax it refuses what a care calendar never needs but
 * what would make rrule search to the year 9999 for a date that never comes (sub-daily rules,
 * BYYEARDAY/BYWEEKNO, BYSETPOS on daily or weekly rules): rrule has no search limit of its own.
 */
function checkRruleText(text: string): RruleCheck {
  const body = text
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  if (body === '') return invalid('The repeat rule is empty.');
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || value === '' || rest.length > 0)
      return invalid(`Cannot read "${part}".`);
    if (parts.has(key)) return invalid(`${key} is given twice.`);
    if (!supportedParts.has(key)) return invalid(`${key} is not supported in care events.`);
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (freq === undefined) return invalid('FREQ is missing.');
  if (['SECONDLY', 'MINUTELY', 'HOURLY'].includes(freq)) return invalid('Care events repeat at most daily.');
  if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq))
    return invalid(`FREQ=${freq} is not a frequency.`);
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && (!/^\d+$/.test(interval) || Number(interval) < 1 || Number(interval) > 1000))
    return invalid('INTERVAL must be a whole number from 1 to 1000.');
  const count = parts.get('COUNT');
  if (count !== undefined && !/^\d+$/.test(count)) return invalid('COUNT must be a whole number.');
  if (count !== undefined && Number(count) === 0) return neverOccurs('COUNT=0 produces no date.');
  if (count !== undefined && parts.has('UNTIL')) return invalid('COUNT and UNTIL cannot be used together.');
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(until);
    if (!m || parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`) === null) return invalid('UNTIL is not a real date.');
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    for (const item of byDay.split(',')) {
      const m = weekdayPattern.exec(item);
      if (!m) return invalid(`BYDAY=${byDay} is not a list of weekdays.`);
      if (m[1] !== undefined) {
        const nth = Math.abs(Number(m[1]));
        if (freq !== 'MONTHLY' && freq !== 'YEARLY')
          return invalid('A numbered weekday needs FREQ=MONTHLY or YEARLY.');
        if (nth === 0 || nth > (freq === 'MONTHLY' ? 5 : 53))
          return invalid(`BYDAY=${item} is out of range.`);
      }
    }
  }
  const monthDays = parts.has('BYMONTHDAY') ? integerList(parts.get('BYMONTHDAY') ?? '', 1, 31) : [];
  if (monthDays === null) return invalid('BYMONTHDAY must list days from 1 to 31 (or -1 to -31).');
  const months = parts.has('BYMONTH') ? integerList(parts.get('BYMONTH') ?? '', 1, 12) : [];
  if (months === null || months.some((month) => month < 0))
    return invalid('BYMONTH must list months from 1 to 12.');
  if (parts.has('BYSETPOS')) {
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') return invalid('BYSETPOS needs FREQ=MONTHLY or YEARLY.');
    if (integerList(parts.get('BYSETPOS') ?? '', 1, 366) === null)
      return invalid('BYSETPOS is out of range.');
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(wkst)) return invalid('WKST is not a weekday.');
  if (months.length > 0 && monthDays.length > 0) {
    const someDayExists = months.some((month) =>
      monthDays.some((day) => Math.abs(day) <= (longestMonth[month - 1] ?? 0)),
    );
    if (!someDayExists) return neverOccurs('None of these months has that day.');
  }
  return { ok: true };
}

/** The series start as a floating wall-clock time of its own calendar (see zoned-time.ts). */
function floatingStartOf(series: RecurringSeries): WallClockMs {
  if (series.allDay) {
    if (parseIsoDate(series.start) === null) throw new RangeError(`Not a date: ${series.start}`);
    return epochDayOf(series.start) * msPerDay;
  }
  const instant = Date.parse(series.start);
  if (Number.isNaN(instant)) throw new RangeError(`Not an instant: ${series.start}`);
  return wallClockOf(instant, series.timeZone);
}

/** rrule computes in UTC; feeding it wall-clock times as UTC makes it follow the local clock. */
function floatingRuleOf(series: RecurringSeries, rruleText: string, notBefore?: WallClockMs): RRule {
  const options: Partial<Options> = RRule.parseString(
    rruleText
      .trim()
      .replace(/^RRULE:/i, '')
      .toUpperCase(),
  );
  const untilText = /UNTIL=([0-9TZ]+)/i.exec(rruleText)?.[1]?.toUpperCase();
  if (options.until && untilText) {
    if (untilText.endsWith('Z') && !series.allDay) {
      // A UTC UNTIL (what RFC 5545 requires with a zone) becomes the zone's wall clock at that instant.
      options.until = new Date(wallClockOf(options.until.getTime(), series.timeZone));
    } else if (untilText.length === 8 && !series.allDay) {
      // A date-only UNTIL on a timed event includes that whole local day.
      options.until = new Date(options.until.getTime() + msPerDay - 1);
    }
  }
  let dtstart = floatingStartOf(series);
  // rrule walks from DTSTART on every query (~6 µs a step): a daily rule from 2020 costs
  // milliseconds per month shown. Without COUNT, a daily or weekly rule may start whole periods
  // later without changing any date from there on (the week phase of INTERVAL is kept too).
  const periodDays = options.freq === RRule.DAILY ? 1 : options.freq === RRule.WEEKLY ? 7 : 0;
  if (notBefore !== undefined && !options.count && periodDays > 0 && notBefore > dtstart) {
    const step = periodDays * (options.interval ?? 1) * msPerDay;
    const periods = Math.floor((notBefore - dtstart) / step) - 1;
    if (periods > 0) dtstart += periods * step;
  }
  if (notBefore !== undefined && !options.count && options.freq === RRule.MONTHLY && notBefore > dtstart) {
    dtstart = monthlyStartNear(dtstart, notBefore, options);
  }
  return new RRule({ ...options, dtstart: new Date(dtstart), tzid: null });
}

/**
 * A monthly rule's start moved forward by whole intervals of months, to just before `notBefore`
 * (a monthly meeting since 2019 then costs one step per month shown, not one per month since). The
 * start's day only matters when the rule names no days; it is kept only where every month has it.
 */
function monthlyStartNear(
  dtstart: WallClockMs,
  notBefore: WallClockMs,
  options: Partial<Options>,
): WallClockMs {
  const start = new Date(dtstart);
  const namesDays = options.byweekday != null || options.bymonthday != null || options.bysetpos != null;
  if (!namesDays && start.getUTCDate() > 28) return dtstart;
  const interval = options.interval ?? 1;
  const target = new Date(notBefore);
  const months =
    (target.getUTCFullYear() - start.getUTCFullYear()) * 12 + target.getUTCMonth() - start.getUTCMonth();
  const periods = Math.floor(months / interval) - 1;
  if (periods <= 0) return dtstart;
  return Date.UTC(
    start.getUTCFullYear(),
    start.getUTCMonth() + periods * interval,
    // A rule naming its days ignores the start's day; day 1 keeps the month from overflowing.
    namesDays ? 1 : start.getUTCDate(),
    start.getUTCHours(),
    start.getUTCMinutes(),
    start.getUTCSeconds(),
    start.getUTCMilliseconds(),
  );
}

/**
 * Checks an RRULE as typed; with the series' start it also refuses rules that never produce a date
 * from that start (UNTIL before the start, an impossible BYSETPOS, ...).
 */
export function validateRrule(
  text: string,
  series?: Pick<RecurringSeries, 'start' | 'allDay' | 'timeZone'>,
): RruleCheck {
  const textCheck = checkRruleText(text);
  if (!textCheck.ok || series === undefined) return textCheck;
  if (!series.allDay && !isKnownTimeZone(series.timeZone))
    return invalid(`Unknown time zone ${series.timeZone}.`);
  let first: Date | undefined;
  try {
    floatingRuleOf({ ...series, id: '', rrule: text, exceptions: [] }, text).all((date) => {
      first = date;
      return false;
    });
  } catch (error) {
    return invalid(error instanceof Error ? error.message : 'The repeat rule cannot be read.');
  }
  return first === undefined
    ? neverOccurs('The repeat rule produces no date after the start.')
    : { ok: true };
}

/** How a series' floating times are written out, compared and shifted by its duration. */
interface SeriesFrame {
  keyOf(floating: WallClockMs): string;
  floatingOfKey(key: string): WallClockMs | null;
  endOf(start: string): string | null;
  overlapsRange(start: string, end: string | null): boolean;
  /** The floating window in which an original start may lie for its occurrence to touch the range. */
  window: { from: WallClockMs; to: WallClockMs };
}

function allDayFrame(series: RecurringSeries, range: DateRange): SeriesFrame {
  const lengthDays = series.end ? Math.max(0, epochDayOf(series.end) - epochDayOf(series.start)) : 0;
  const dateOf = (floating: WallClockMs): string => new Date(floating).toISOString().slice(0, 10);
  return {
    keyOf: dateOf,
    floatingOfKey: (key) =>
      parseIsoDate(key.slice(0, 10)) === null ? null : epochDayOf(key.slice(0, 10)) * msPerDay,
    endOf: (start) => (series.end ? addDays(start, lengthDays) : null),
    overlapsRange: (start, end) => start <= range.to && (end ?? start) >= range.from,
    window: { from: (epochDayOf(range.from) - lengthDays) * msPerDay, to: epochDayOf(range.to) * msPerDay },
  };
}

function timedFrame(series: RecurringSeries, range: DateRange, userTimeZone: string): SeriesFrame {
  const durationMs = series.end ? Math.max(0, Date.parse(series.end) - Date.parse(series.start)) : 0;
  // The range is whole days on the user's clock; the event's rule runs on the event's clock.
  const rangeStart = instantOfWallClock(epochDayOf(range.from) * msPerDay, userTimeZone);
  const rangeEnd = instantOfWallClock((epochDayOf(range.to) + 1) * msPerDay, userTimeZone);
  const toIso = (instant: number): string => new Date(instant).toISOString();
  return {
    keyOf: (floating) => toIso(instantOfWallClock(floating, series.timeZone)),
    floatingOfKey: (key) => {
      const instant = Date.parse(key);
      return Number.isNaN(instant) ? null : wallClockOf(instant, series.timeZone);
    },
    endOf: (start) => (series.end ? toIso(Date.parse(start) + durationMs) : null),
    overlapsRange: (start, end) => {
      const s = Date.parse(start);
      const e = end === null ? s : Date.parse(end);
      return e > s ? s < rangeEnd && e > rangeStart : s >= rangeStart && s < rangeEnd;
    },
    // A day of margin on each side covers every zone offset; overlapsRange decides exactly.
    window: {
      from: wallClockOf(rangeStart - durationMs, series.timeZone) - msPerDay,
      to: wallClockOf(rangeEnd, series.timeZone) + msPerDay,
    },
  };
}

/** The occurrence key an exception names, written the way keyOf writes it. */
export function normalizedKey(series: Pick<RecurringSeries, 'allDay'>, text: string): string | null {
  if (series.allDay) return parseIsoDate(text.slice(0, 10)) === null ? null : text.slice(0, 10);
  const instant = Date.parse(text);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

/** True when the floating time is an original (rule-made) start of the series. */
function isOriginalStart(series: RecurringSeries, ruleUsable: boolean, floating: WallClockMs): boolean {
  return series.rrule === null || !ruleUsable
    ? floating === floatingStartOf(series)
    : floatingRuleOf(series, series.rrule).between(new Date(floating), new Date(floating), true).length === 1;
}

/**
 * The key of an original occurrence of the series (as the calendar reports it), or null when the
 * text names no date the series' rule produces.
 */
export function originalOccurrenceKey(series: RecurringSeries, text: string): string | null {
  const key = normalizedKey(series, text);
  if (key === null) return null;
  const floating = series.allDay ? epochDayOf(key) * msPerDay : wallClockOf(Date.parse(key), series.timeZone);
  const ruleUsable = series.rrule !== null && validateRrule(series.rrule).ok;
  return isOriginalStart(series, ruleUsable, floating) ? key : null;
}

/** The status an exception gives its occurrence, if any. */
function closedStatus(exception: SeriesException | undefined): { status?: CareEventStatus } {
  return exception && exception.kind !== 'skip' && exception.status ? { status: exception.status } : {};
}

/**
 * The occurrences of one series that touch the range (whole days on the user's clock): skipped
 * ones removed, moved ones at their new date (also when only the new date touches the range).
 */
export function expandOccurrences(
  series: RecurringSeries,
  range: DateRange,
  userTimeZone = 'UTC',
): Expansion {
  assertDateRange(range);
  const frame = series.allDay ? allDayFrame(series, range) : timedFrame(series, range, userTimeZone);
  const ruleIgnored = series.rrule !== null && !validateRrule(series.rrule).ok;
  const rule =
    series.rrule !== null && !ruleIgnored ? floatingRuleOf(series, series.rrule, frame.window.from) : null;
  const startFloating = floatingStartOf(series);

  const exceptions = new Map<string, SeriesException>();
  for (const exception of series.exceptions) {
    const key = normalizedKey(series, exception.occurrence);
    if (key !== null) exceptions.set(key, exception);
  }
  // A move may bring an occurrence from long before the window, which the shifted rule skips.
  const isOriginal = (floating: WallClockMs): boolean => isOriginalStart(series, !ruleIgnored, floating);

  const occurrences: Occurrence[] = [];
  let truncated = false;
  const push = (occurrence: Occurrence): void => {
    if (occurrences.length >= maxOccurrencesPerExpansion) truncated = true;
    else occurrences.push(occurrence);
  };

  const originals: WallClockMs[] = [];
  if (rule === null) {
    if (startFloating >= frame.window.from && startFloating <= frame.window.to) originals.push(startFloating);
  } else {
    rule.between(new Date(frame.window.from), new Date(frame.window.to), true, (date) => {
      originals.push(date.getTime());
      // One past the cap tells "more than the cap" from "exactly the cap".
      return originals.length <= maxOccurrencesPerExpansion;
    });
  }
  for (const floating of originals) {
    const key = frame.keyOf(floating);
    const exception = exceptions.get(key);
    if (exception && exception.kind !== 'status') continue;
    const end = frame.endOf(key);
    if (frame.overlapsRange(key, end))
      push({
        seriesId: series.id,
        occurrence: key,
        start: key,
        end,
        moved: false,
        ...closedStatus(exception),
      });
  }
  for (const [key, exception] of exceptions) {
    if (exception.kind !== 'move') continue;
    const start = normalizedKey(series, exception.start);
    const floating = frame.floatingOfKey(key);
    if (start === null || floating === null) continue;
    const end = exception.end ? normalizedKey(series, exception.end) : frame.endOf(start);
    if (frame.overlapsRange(start, end) && isOriginal(floating))
      push({ seriesId: series.id, occurrence: key, start, end, moved: true, ...closedStatus(exception) });
  }
  occurrences.sort((a, b) => compareStarts(a.start, b.start) || compareStarts(a.occurrence, b.occurrence));
  return { occurrences, truncated, ruleIgnored };
}

function compareStarts(a: string, b: string): number {
  return a.length === 10 && b.length === 10 ? a.localeCompare(b) : Date.parse(a) - Date.parse(b);
}
