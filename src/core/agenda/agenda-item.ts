// One row of the home agenda, whatever it came from: each source fills in what it knows and the
// rest stays null, so every item has the same shape for sorting and for the screen.
import type { AgendaItem } from '../../shared/agenda';
import { epochDayOf } from '../care/calendar-dates';

type Known = Pick<AgendaItem, 'key' | 'type' | 'date' | 'title'> & Partial<Omit<AgendaItem, 'daysLate'>>;

/** Days from the item's date to today: positive when late, 0 today, negative ahead. */
export function daysLate(date: string, today: string): number {
  return epochDayOf(today) - epochDayOf(date);
}

/**
 * Every field written out rather than spread over a template: thousands of these are made per
 * query (a big owner's visits due), and objects of one fixed shape are several times cheaper.
 */
export function agendaItem(known: Known, today: string): AgendaItem {
  return {
    key: known.key,
    type: known.type,
    date: known.date,
    daysLate: daysLate(known.date, today),
    title: known.title,
    kind: known.kind ?? null,
    partnerId: known.partnerId ?? null,
    partnerName: known.partnerName ?? null,
    contactId: known.contactId ?? null,
    contactName: known.contactName ?? null,
    occasion: known.occasion ?? null,
    years: known.years ?? null,
    festivalKey: known.festivalKey ?? null,
    country: known.country ?? null,
    partnerCount: known.partnerCount ?? null,
    greetedCount: known.greetedCount ?? null,
    region: known.region ?? null,
    eventId: known.eventId ?? null,
    occurrence: known.occurrence ?? null,
    commitmentId: known.commitmentId ?? null,
    madeBy: known.madeBy ?? null,
    suppressed: known.suppressed ?? null,
  };
}
