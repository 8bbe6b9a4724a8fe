// The .ics export of the calendar for a filter and period: the same items the calendar shows,
// each with a reminder at its kind's lead time (from the team's settings) and a UID that stays the same on re-export.
import type { CalendarItem } from '../../shared/calendar';
import type { CareEventKind } from '../../shared/care';
import type { CoreContext } from '../context';
import { calendarRange, type CalendarRangeQuery } from '../calendar/service';
import { addDays } from '../care/calendar-dates';
import { reminderKindOf } from '../care/reminders';
import { readCareSettings } from '../care/settings';
import { eventsToIcs, type CalendarExportEvent } from './ics';

export interface CalendarExportQuery extends CalendarRangeQuery {
  calendarName: string;
}

/** calendar.range answers at most this many days at a time. */
const windowDays = 62;

export async function exportCalendar(
  ctx: CoreContext,
  input: CalendarExportQuery,
): Promise<{ fileName: string; content: string; eventCount: number }> {
  const items: CalendarItem[] = [];
  for (let from = input.from; from <= input.to; from = addDays(from, windowDays)) {
    const to = addDays(from, windowDays - 1) < input.to ? addDays(from, windowDays - 1) : input.to;
    items.push(...(await calendarRange(ctx, { ...input, from, to }, Number.POSITIVE_INFINITY)).items);
  }
  const { reminderLeadDays } = await readCareSettings(ctx);
  const events = items.map((item) => toExportEvent(item, reminderLeadDays[reminderKindOf(item.kind)]));
  const content = eventsToIcs(events, { calendarName: input.calendarName });
  const slug = input.calendarName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'calendar';
  return { fileName: `${slug}-${input.from}-to-${input.to}.ics`, content, eventCount: events.length };
}

function toExportEvent(item: CalendarItem, leadDays: number): CalendarExportEvent {
  return {
    // The key is stable per occurrence and per derived item (contact + date, country + festival).
    seriesId:
      item.eventId ??
      item.key
        .split(':')
        .slice(0, -1)
        .join(':')
        .replace(/[^A-Za-z0-9._:-]/g, '-'),
    occurrence: item.occurrence ?? item.start.slice(0, 10),
    title: titleOf(item),
    description: item.partnerName,
    kind: item.kind,
    allDay: item.allDay,
    start: item.start,
    end: item.end,
    reminderMinutesBefore: leadDays * 24 * 60,
  };
}

const derivedTitles: Partial<Record<CareEventKind, (item: CalendarItem) => string>> = {
  birthday: (item) => `Birthday: ${item.title}${item.partnerName ? ` (${item.partnerName})` : ''}`,
  anniversary: (item) => `${item.years ?? ''} years of partnership: ${item.title}`,
  festival: (item) => `${item.title} (${item.country ?? ''})`,
};

function titleOf(item: CalendarItem): string {
  const derived = item.source === 'event' ? undefined : derivedTitles[item.kind];
  return derived ? derived(item) : `${item.title}${item.partnerName ? ` — ${item.partnerName}` : ''}`;
}
