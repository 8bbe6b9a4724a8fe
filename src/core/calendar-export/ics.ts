// Exports care events as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple
// Calendar import. Hand-written: ical-generator needs Node 22, and `ics` 3.x (which would run)
// brings yup, nanoid and runes2 into the core for a format subset of a dozen properties, and its
// yup errors would not map onto our per-field VALIDATION errors. The tests parse the output back
// with ical.js (Mozilla's parser, as in Thunderbird) so hand-writing costs no confidence.
//
// Every occurrence is exported as its own VEVENT (no RRULE): care events are expanded by the app
// with exceptions and derived events, and importers disagree on RRULE exceptions.
import { CoreError } from '../../shared/errors';
import type { FieldMessage } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import { escapeIcsText, foldContentLine } from './content-line';

export interface CalendarExportEvent {
  /** The event or series this occurrence belongs to (an event id, or a derived key such as a contact's birthday). */
  seriesId: string;
  /** Which occurrence of the series: its original date, e.g. '2026-02-17'. Stable across moves. */
  occurrence: string;
  title: string;
  description?: string | null | undefined;
  location?: string | null | undefined;
  /** The care event kind ('birthday', 'visit', ...), exported as CATEGORIES. */
  kind: string;
  allDay: boolean;
  /** All-day: 'YYYY-MM-DD'. Timed: an ISO 8601 instant with Z or an offset. */
  start: string;
  /** All-day: the last day, inclusive ('YYYY-MM-DD'). Timed: an ISO 8601 instant. Null or '' for none. */
  end?: string | null | undefined;
  /** Lead time of the reminder; none when absent. */
  reminderMinutesBefore?: number | null | undefined;
  /** Increases each time the event is edited, so importers take the newer copy (SEQUENCE). */
  revision?: number | null | undefined;
}

export interface IcsOptions {
  /** Shown as the calendar's name when the file is subscribed to or imported (X-WR-CALNAME). */
  calendarName: string;
  /** When the file was made (DTSTAMP); defaults to now. */
  generatedAt?: Date | undefined;
}

export const icsProductId = '-//ChannelKeeper//Care calendar//EN';
const uidDomain = 'channelkeeper';
const idPattern = /^[A-Za-z0-9._:-]{1,200}$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// Timed values must say which instant they are: a time without Z or offset would be read in the
// importing computer's zone, so a visit in Jakarta would move when exported from Amsterdam.
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The stable UID of one occurrence: the same event exported twice gets the same UID. */
export function occurrenceUid(event: Pick<CalendarExportEvent, 'seriesId' | 'occurrence'>): string {
  return `${event.seriesId}-${event.occurrence}@${uidDomain}`;
}

/**
 * The calendar as an .ics string with CRLF line endings. Every event is checked before any line is
 * written; one bad event throws a VALIDATION CoreError naming it ("events.3.end") and nothing is
 * produced.
 */
export function eventsToIcs(events: readonly CalendarExportEvent[], options: IcsOptions): string {
  const problems = validateEvents(events);
  if (Object.keys(problems).length > 0) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `Cannot export ${Object.keys(problems).length === 1 ? 'an event' : 'some events'} to a calendar file.`,
      fields: problems,
    });
  }
  const stamp = utcDateTime(options.generatedAt ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${icsProductId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldContentLine).join('\r\n') + '\r\n';
}

function eventLines(event: CalendarExportEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${occurrenceUid(event)}`, `DTSTAMP:${stamp}`];
  if (event.allDay) {
    const lastDay = event.end || event.start;
    lines.push(`DTSTART;VALUE=DATE:${compactDate(event.start)}`);
    // DTEND of an all-day event is exclusive: the day after the last day.
    lines.push(`DTEND;VALUE=DATE:${compactDate(nextDay(lastDay))}`);
    // Birthdays and festivals should not show the owner as busy all day.
    lines.push('TRANSP:TRANSPARENT');
  } else {
    lines.push(`DTSTART:${utcDateTime(new Date(event.start))}`);
    if (event.end) lines.push(`DTEND:${utcDateTime(new Date(event.end))}`);
    lines.push('TRANSP:OPAQUE');
  }
  lines.push(`SEQUENCE:${event.revision ?? 0}`);
  lines.push(`SUMMARY:${escapeIcsText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  lines.push(`CATEGORIES:${escapeIcsText(event.kind)}`);
  if (event.reminderMinutesBefore != null) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      // DISPLAY alarms require a DESCRIPTION; the title is what the reminder should say.
      `DESCRIPTION:${escapeIcsText(event.title)}`,
      `TRIGGER:${triggerBefore(event.reminderMinutesBefore)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A trigger relative to the start, in the largest exact unit: -P1W, -P3D, -PT2H, -P1DT2H30M,
 * PT0S for "at the start". For all-day events the start is midnight, so -P3D fires three days
 * before at 00:00 local time, as Google and Outlook show it.
 */
export function triggerBefore(minutes: number): string {
  if (minutes === 0) return 'PT0S';
  const weeks = minutes % (7 * 24 * 60) === 0 ? minutes / (7 * 24 * 60) : 0;
  if (weeks > 0) return `-P${weeks}W`;
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  const time = (hours ? `${hours}H` : '') + (rest ? `${rest}M` : '');
  return `-P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

function validateEvents(events: readonly CalendarExportEvent[]): Record<string, FieldMessage> {
  const problems: Record<string, FieldMessage> = {};
  const seen = new Set<string>();
  events.forEach((event, index) => {
    const at = (field: string) => `events.${index}.${field}`;
    if (!idPattern.test(event.seriesId)) problems[at('seriesId')] = fieldMessage('validation.id');
    if (!idPattern.test(event.occurrence)) problems[at('occurrence')] = fieldMessage('validation.id');
    const uid = occurrenceUid(event);
    if (seen.has(uid)) problems[at('occurrence')] = duplicateOccurrenceMessage(uid);
    seen.add(uid);
    if (event.title.trim() === '') problems[at('title')] = fieldMessage('validation.required');
    const parse = event.allDay ? dateValue : instantValue;
    const start = parse(event.start);
    const end = event.end ? parse(event.end) : start;
    if (start === null)
      problems[at('start')] = fieldMessage(event.allDay ? 'validation.date' : 'validation.dateTime');
    // A missing end takes the start's value, so only an end that was given is reported as bad.
    if (end === null) {
      if (event.end)
        problems[at('end')] = fieldMessage(event.allDay ? 'validation.date' : 'validation.dateTime');
    } else if (start !== null && end < start) {
      problems[at('end')] = fieldMessage('validation.endBeforeStart');
    }
    const reminder = event.reminderMinutesBefore;
    if (reminder != null && !(Number.isInteger(reminder) && reminder >= 0 && reminder <= 366 * 24 * 60)) {
      problems[at('reminderMinutesBefore')] = fieldMessage('validation.invalid');
    }
    const revision = event.revision;
    if (revision != null && !(Number.isInteger(revision) && revision >= 0)) {
      problems[at('revision')] = fieldMessage('validation.invalid');
    }
  });
  return problems;
}

// Two VEVENTs with one UID would collapse into one in every importer, silently losing the other.
function duplicateOccurrenceMessage(uid: string): FieldMessage {
  return {
    key: 'calendarExport.duplicateOccurrence',
    params: { uid },
    message: `The same occurrence is exported twice (${uid}).`,
  };
}

/** Days since the epoch for a real calendar date, or null. */
function dateValue(value: string): number | null {
  const m = datePattern.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Four-digit years only, including the day after: DATE values have no room for year 10000.
  if (year < 1000 || (year === 9999 && month === 12 && day === 31)) return null;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return time / 86_400_000;
}

function instantValue(value: string): number | null {
  if (!instantPattern.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function compactDate(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
