// The event form's values and their translation to and from a care event: date and time fields
// become a date or an instant in the user's zone, the repeat choice becomes an RRULE string.
import dayjs from 'dayjs';
import type { CareEvent, CareEventInput, CareEventKind, CareEventStatus } from '../../../../shared/care';
import type { FieldMessage } from '../../../../shared/errors';
import { fieldMessage } from '../../../../shared/validation';

export const repeatChoices = ['none', 'weekly', 'monthly', 'yearly', 'custom'] as const;
export type RepeatChoice = (typeof repeatChoices)[number];
export const endChoices = ['never', 'on', 'after'] as const;
export type EndChoice = (typeof endChoices)[number];

export interface EventFormValues {
  partnerId: string | null;
  kind: CareEventKind;
  title: string;
  ownerId: string | null;
  contactIds: string[];
  allDay: boolean;
  startDate: string;
  /** Last day of an all-day event (optional), or the day a timed event ends (defaults to start). */
  endDate: string;
  startTime: string;
  endTime: string;
  repeat: RepeatChoice;
  customRule: string;
  ends: EndChoice;
  untilDate: string;
  count: string;
  status: CareEventStatus;
  outcomeNote: string;
  description: string;
}

/** The fields a core VALIDATION error can name, as the form places them. */
export const eventFormFields = [
  'partnerId',
  'kind',
  'title',
  'ownerId',
  'contactIds',
  'start',
  'end',
  'rrule',
  'status',
  'outcomeNote',
  'description',
] as const;
export type EventFormField = (typeof eventFormFields)[number];

export function emptyEventValues(fields: Partial<EventFormValues> = {}): EventFormValues {
  return {
    partnerId: null,
    kind: 'visit',
    title: '',
    ownerId: null,
    contactIds: [],
    allDay: true,
    startDate: '',
    endDate: '',
    startTime: '09:00',
    endTime: '10:00',
    repeat: 'none',
    customRule: '',
    ends: 'never',
    untilDate: '',
    count: '',
    status: 'planned',
    outcomeNote: '',
    description: '',
    ...fields,
  };
}

const presetPattern = /^FREQ=(WEEKLY|MONTHLY|YEARLY)(?:;UNTIL=(\d{4})(\d{2})(\d{2}))?(?:;COUNT=(\d+))?$/;

export function eventValuesFrom(event: CareEvent): EventFormValues {
  const start = dayjs(event.start);
  const end = event.end ? dayjs(event.end) : null;
  const preset = event.rrule ? presetPattern.exec(event.rrule.toUpperCase()) : null;
  return emptyEventValues({
    partnerId: event.partnerId,
    kind: event.kind,
    title: event.title,
    ownerId: event.ownerId,
    contactIds: event.contactIds,
    allDay: event.allDay,
    startDate: event.allDay ? event.start : start.format('YYYY-MM-DD'),
    endDate: event.allDay ? (event.end ?? '') : (end?.format('YYYY-MM-DD') ?? ''),
    startTime: event.allDay ? '09:00' : start.format('HH:mm'),
    endTime: event.allDay ? '10:00' : (end?.format('HH:mm') ?? ''),
    repeat: event.rrule === null ? 'none' : preset ? (preset[1]!.toLowerCase() as RepeatChoice) : 'custom',
    customRule: preset ? '' : (event.rrule ?? ''),
    ends: preset?.[2] ? 'on' : preset?.[5] ? 'after' : 'never',
    untilDate: preset?.[2] ? `${preset[2]}-${preset[3]}-${preset[4]}` : '',
    count: preset?.[5] ?? '',
    status: event.status,
    outcomeNote: event.outcomeNote,
    description: event.description,
  });
}

/** The RRULE the repeat fields describe; null for a single event. */
export function rruleOf(values: EventFormValues): string | null {
  if (values.repeat === 'none') return null;
  if (values.repeat === 'custom') return values.customRule.trim().replace(/^RRULE:/i, '');
  const rule = `FREQ=${values.repeat.toUpperCase()}`;
  if (values.ends === 'on') return `${rule};UNTIL=${values.untilDate.replace(/-/g, '')}`;
  if (values.ends === 'after') return `${rule};COUNT=${values.count.trim()}`;
  return rule;
}

/** A date and a local time as an instant with the user's offset; left as typed when unreadable. */
function instantOf(date: string, time: string): string {
  const local = dayjs(`${date}T${time}`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) && local.isValid()
    ? local.format()
    : `${date}T${time}`;
}

export function eventInputFrom(
  values: EventFormValues,
  timeZone: string,
  exceptions: CareEvent['exceptions'] = [],
): CareEventInput {
  const start = values.allDay ? values.startDate : instantOf(values.startDate, values.startTime);
  const end = values.allDay
    ? values.endDate || null
    : values.endTime
      ? instantOf(values.endDate || values.startDate, values.endTime)
      : null;
  return {
    partnerId: values.partnerId ?? '',
    kind: values.kind,
    title: values.title,
    ownerId: values.ownerId,
    contactIds: values.contactIds,
    allDay: values.allDay,
    start,
    end,
    timeZone,
    rrule: rruleOf(values),
    exceptions,
    status: values.status,
    outcomeNote: values.outcomeNote,
    description: values.description,
  };
}

/** What the form itself can tell before asking the core: the repeat fields filled in. */
export function repeatFieldErrors(values: EventFormValues): Partial<Record<'rrule', FieldMessage>> {
  if (values.repeat === 'custom' && values.customRule.trim() === '')
    return { rrule: fieldMessage('validation.required') };
  if (values.repeat !== 'none' && values.repeat !== 'custom') {
    if (values.ends === 'on' && !/^\d{4}-\d{2}-\d{2}$/.test(values.untilDate))
      return { rrule: fieldMessage('validation.date') };
    if (values.ends === 'after' && !/^[1-9]\d{0,3}$/.test(values.count.trim()))
      return { rrule: { key: 'calendar.form.countInvalid', message: 'Enter how many times: 1 to 9999.' } };
  }
  return {};
}
