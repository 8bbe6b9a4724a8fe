// Drag-to-reschedule and closing of care events: a single event, one occurrence of a series (an
// exception; the other occurrences are untouched) or the whole series. One batch, one Undo each.
import type { CareEvent, CareEventStatus } from '../../shared/care';
import { CoreError, type FieldMessage } from '../../shared/errors';
import type { WriteResult } from '../../shared/history';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { parseIsoDate } from './calendar-dates';
import {
  endKeepingLength,
  shiftedSeries,
  storedMoment,
  withClosedOccurrence,
  withMovedOccurrence,
} from './occurrence-changes';
import { originalOccurrenceKey, validateRrule, type RecurringSeries } from './recurrence';
import { getCareEvent } from './service';

export interface RescheduleInput {
  id: string;
  occurrence: string | null;
  scope: 'occurrence' | 'series';
  start: string;
  end: string | null;
}

export interface CloseInput {
  id: string;
  occurrence: string | null;
  status: CareEventStatus;
  outcomeNote: string;
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function invalid(message: string, fields: Record<string, FieldMessage>): never {
  throw new CoreError({ code: 'VALIDATION', message, fields });
}

/** Refuses a start or end that is not the event's kind of moment (a date, or an instant). */
function checkMoment(allDay: boolean, value: string, field: 'start' | 'end'): void {
  const ok = allDay
    ? parseIsoDate(value) !== null
    : instantPattern.test(value) && !Number.isNaN(Date.parse(value));
  if (!ok) {
    const key = allDay ? 'validation.date' : 'validation.dateTime';
    invalid(allDay ? 'Enter a real date.' : 'Enter a real date and time.', { [field]: fieldMessage(key) });
  }
}

function seriesOf(event: CareEvent): RecurringSeries {
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    timeZone: event.timeZone,
    rrule: event.rrule,
    exceptions: event.exceptions,
  };
}

/** The original occurrence key of a series, or a VALIDATION error at `occurrence`. */
function requireOccurrence(event: CareEvent, occurrence: string | null): string {
  const key = occurrence === null ? null : originalOccurrenceKey(seriesOf(event), occurrence);
  if (key === null) {
    invalid('This date is not an occurrence of the event.', {
      occurrence: fieldMessage('validation.occurrence'),
    });
  }
  return key;
}

/** "3 Dec" for a day, "3 Dec 14:00" for a time (on the event's clock), as labels read them. */
export function dayLabel(allDay: boolean, moment: string, timeZone: string): string {
  if (allDay) {
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${moment.slice(0, 10)}T00:00:00Z`),
    );
  }
  const date = new Date(moment);
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
  return `${day} ${time}`;
}

export async function rescheduleCareEvent(ctx: CoreContext, input: RescheduleInput): Promise<WriteResult> {
  const event = await getCareEvent(ctx, input.id);
  checkMoment(event.allDay, input.start, 'start');
  if (input.end) checkMoment(event.allDay, input.end, 'end');
  const start = storedMoment(event.allDay, input.start);
  const givenEnd = input.end ? storedMoment(event.allDay, input.end) : null;
  if (givenEnd !== null && (event.allDay ? givenEnd < start : Date.parse(givenEnd) < Date.parse(start))) {
    invalid('The end is before the start.', { end: fieldMessage('validation.endBeforeStart') });
  }
  const to = dayLabel(event.allDay, start, event.timeZone);

  if (event.rrule === null) {
    const end = givenEnd ?? endKeepingLength(event, start);
    return write(ctx, input.id, `Move ${event.title} to ${to}`, { start, end });
  }

  const series = seriesOf(event);
  // Moving the series without naming an occurrence moves it by its first one.
  const from =
    input.occurrence === null && input.scope === 'series'
      ? storedMoment(event.allDay, event.start)
      : requireOccurrence(event, input.occurrence);
  const fromLabel = dayLabel(event.allDay, from, event.timeZone);

  if (input.scope === 'occurrence') {
    const end = givenEnd ?? endKeepingLength(event, start);
    const exceptions = withMovedOccurrence(
      event.exceptions,
      from,
      { start, end },
      endKeepingLength(event, from),
    );
    return write(ctx, input.id, `Move ${event.title} of ${fromLabel} to ${to}`, { exceptions });
  }

  const shifted = shiftedSeries(series, from, start, givenEnd);
  if (shifted === null) {
    invalid('This repeat rule fixes its days; move only this occurrence, or edit the rule.', {
      scope: fieldMessage('validation.rrulePinsDays'),
    });
  }
  if (shifted.rrule !== null) {
    const check = validateRrule(shifted.rrule, { ...series, start: shifted.start });
    if (!check.ok) invalid(check.message, { scope: { key: check.messageKey, message: check.message } });
  }
  return write(ctx, input.id, `Move series ${event.title} from ${fromLabel} to ${to}`, shifted);
}

export async function closeCareEvent(ctx: CoreContext, input: CloseInput): Promise<WriteResult> {
  const event = await getCareEvent(ctx, input.id);
  const verb = { done: 'Mark', skipped: 'Skip', planned: 'Reopen' }[input.status];
  const tail = input.status === 'done' ? ' done' : '';
  if (event.rrule === null) {
    return write(ctx, input.id, `${verb} ${event.title}${tail}`, {
      status: input.status,
      outcomeNote: input.outcomeNote,
    });
  }
  const occurrence = requireOccurrence(event, input.occurrence);
  const exceptions = withClosedOccurrence(event.exceptions, occurrence, input.status, input.outcomeNote);
  const on = dayLabel(event.allDay, occurrence, event.timeZone);
  return write(ctx, input.id, `${verb} ${event.title} of ${on}${tail}`, { exceptions });
}

async function write(ctx: CoreContext, id: string, label: string, fields: object): Promise<WriteResult> {
  const { batchId } = await ctx.write({
    label,
    origin: 'local',
    changes: rowChanges('careEvents', id, fields),
  });
  return { id, batchId: batchId ?? '' };
}
