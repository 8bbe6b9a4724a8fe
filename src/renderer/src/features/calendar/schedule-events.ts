// Calendar items (from calendar.range) as @mantine/schedule events: local wall-clock strings in
// the browser's zone (which is the zone the range was asked in), all-day items spanning whole days.
import type { ScheduleEventData } from '@mantine/schedule';
import dayjs from 'dayjs';
import type { CalendarItem } from '../../../../shared/calendar';
import { kindStyles } from './kind-style';

export interface ItemPayload {
  item: CalendarItem;
}

const format = 'YYYY-MM-DD HH:mm:ss';

/** A timed item without an end still needs some height in the week view. */
const defaultLengthMinutes = 30;

export function scheduleEventOf(item: CalendarItem, label: string): ScheduleEventData<ItemPayload> {
  const color = kindStyles[item.kind].color;
  const derived = item.source !== 'event';
  const base = {
    id: item.key,
    title: label,
    color,
    // Derived items (birthdays, anniversaries, festivals) are light; planned events are filled.
    variant: derived || item.status !== 'planned' ? ('light' as const) : ('filled' as const),
    payload: { item },
  };
  if (item.allDay) {
    const last = item.end && item.end > item.start ? item.end : item.start;
    return { ...base, start: `${item.start.slice(0, 10)} 00:00:00`, end: `${last.slice(0, 10)} 23:59:59` };
  }
  const start = dayjs(item.start);
  const end = item.end ? dayjs(item.end) : start.add(defaultLengthMinutes, 'minute');
  return { ...base, start: start.format(format), end: end.format(format) };
}

/** The moment to send to careEvents.reschedule for a drop at a schedule date-time string. */
export function droppedMoment(allDay: boolean, localDateTime: string): string {
  return allDay ? localDateTime.slice(0, 10) : dayjs(localDateTime).format();
}

/** The flag emoji of an ISO country code (regional indicator letters). */
export function countryFlag(country: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return '';
  return String.fromCodePoint(...[...country].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
