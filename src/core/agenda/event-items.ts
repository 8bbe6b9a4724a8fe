// Planned care events (visits, meetings, trainings, hardship care, ...) in the look-ahead, and
// the occurrences of the past month that nobody closed (overdue). An occurrence of a series may
// be closed on its own; otherwise it follows the series' status.
import type { AgendaItem } from '../../shared/agenda';
import type { CoreContext } from '../context';
import { addDays, type DateRange } from '../care/calendar-dates';
import { expandOccurrences, type Occurrence, type SeriesException } from '../care/recurrence';
import { wallClockOf } from '../care/zoned-time';
import { agendaItem } from './agenda-item';

export interface EventItemsQuery {
  ownerIds: readonly string[];
  today: string;
  /** The oldest day an unclosed single event still counts as overdue. */
  since: string;
  until: string;
  timeZone: string;
}

function plannedEvents(ctx: CoreContext) {
  return ctx.db
    .selectFrom('careEvents as e')
    .innerJoin('partners as p', 'p.id', 'e.partnerId')
    .where('e.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    .select([
      'e.id',
      'e.partnerId',
      'p.name as partnerName',
      'e.kind',
      'e.title',
      'e.contactIds',
      'e.allDay',
      'e.start',
      'e.end',
      'e.timeZone',
      'e.rrule',
      'e.exceptions',
      'e.status',
    ]);
}
type PlannedEvents = ReturnType<typeof plannedEvents>;
type EventRow = Awaited<ReturnType<PlannedEvents['execute']>>[number];

/**
 * Runs the query for the owners' events: those they own, and those without an owner at their
 * partners. Two queries rather than one OR, so both walk the (owner, start) index: ownerless
 * events are few, so checking their partner's owner afterwards is cheaper than visiting every
 * partner of the owner.
 */
async function ownersEvents(
  ctx: CoreContext,
  ownerIds: readonly string[],
  narrow: (query: PlannedEvents) => PlannedEvents,
): Promise<EventRow[]> {
  if (ownerIds.length === 0) return narrow(plannedEvents(ctx)).execute();
  const owned = narrow(plannedEvents(ctx).where('e.ownerId', 'in', ownerIds)).execute();
  const atTheirPartners = narrow(
    plannedEvents(ctx).where('e.ownerId', 'is', null).where('p.ownerId', 'in', ownerIds),
  ).execute();
  return (await Promise.all([owned, atTheirPartners])).flat();
}

/** The day an occurrence's start or end falls on in the user's zone. */
function localDay(moment: string, allDay: boolean, timeZone: string): string {
  if (allDay || moment.length === 10) return moment.slice(0, 10);
  const instant = Date.parse(moment);
  return new Date(wallClockOf(instant, timeZone)).toISOString().slice(0, 10);
}

/** A single event's occurrence: its start (an instant normalized to UTC, as the calendar keys it). */
export function singleOccurrence(row: { allDay: number; start: string; end: string | null }) {
  const instant = (moment: string) => new Date(Date.parse(moment)).toISOString();
  if (row.allDay === 1) return { occurrence: row.start, start: row.start, end: row.end };
  return {
    occurrence: instant(row.start),
    start: instant(row.start),
    end: row.end ? instant(row.end) : null,
  };
}

/** The agenda day of an occurrence: its first day, or today while a multi-day one is under way. */
export function agendaDayOf(
  occurrence: Pick<Occurrence, 'start' | 'end'>,
  allDay: boolean,
  timeZone: string,
  today: string,
): string {
  const first = localDay(occurrence.start, allDay, timeZone);
  if (first >= today || occurrence.end === null) return first;
  return localDay(occurrence.end, allDay, timeZone) >= today ? today : first;
}

export async function eventItems(ctx: CoreContext, query: EventItemsQuery): Promise<AgendaItem[]> {
  // Instants are stored with their offset, so a day either side catches every zone; the exact day
  // is settled after expansion.
  const [single, repeating] = await Promise.all([
    ownersEvents(ctx, query.ownerIds, (q) =>
      q
        .where('e.rrule', 'is', null)
        .where('e.status', '=', 'planned')
        .where('e.start', '>=', addDays(query.since, -1))
        .where('e.start', '<', addDays(query.until, 2)),
    ),
    // Few; each occurrence's own status (or the series') is checked after expansion.
    ownersEvents(ctx, query.ownerIds, (q) => q.where('e.rrule', 'is not', null)),
  ]);
  const items: AgendaItem[] = [];
  const range: DateRange = { from: query.since, to: query.until };
  const add = (row: EventRow, occurrence: Pick<Occurrence, 'occurrence' | 'start' | 'end'>): void => {
    const date = agendaDayOf(occurrence, row.allDay === 1, query.timeZone, query.today);
    if (date < range.from || date > range.to) return;
    const contactIds = JSON.parse(row.contactIds) as string[];
    items.push(
      agendaItem(
        {
          key: `${row.id}:${occurrence.occurrence}`,
          type: 'event',
          date,
          title: row.title,
          kind: row.kind,
          partnerId: row.partnerId,
          partnerName: row.partnerName,
          contactId: contactIds[0] ?? null,
          eventId: row.id,
          occurrence: occurrence.occurrence,
        },
        query.today,
      ),
    );
  };
  // A single event is its own one occurrence (keyed as the calendar keys it); the expansion's
  // time-zone work is only needed for repeats.
  for (const row of single) add(row, singleOccurrence(row));
  for (const row of repeating) {
    const { occurrences } = expandOccurrences(
      {
        id: row.id,
        start: row.start,
        end: row.end,
        allDay: row.allDay === 1,
        timeZone: row.timeZone,
        rrule: row.rrule,
        exceptions: JSON.parse(row.exceptions) as SeriesException[],
      },
      range,
      query.timeZone,
    );
    for (const occurrence of occurrences) {
      if ((occurrence.status ?? row.status) === 'planned') add(row, occurrence);
    }
  }
  return items;
}
