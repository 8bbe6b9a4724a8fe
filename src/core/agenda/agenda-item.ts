// One row of the home agenda, whatever it came from: each source fills in what it knows and the
// rest stays null, so every item has the same shape for sorting and for the screen.
import type { AgendaItem } from '../../shared/agenda';
import { epochDayOf } from '../care/calendar-dates';

type Known = Pick<AgendaItem, 'key' | 'type' | 'date' | 'title'> & Partial<Omit<AgendaItem, 'daysLate'>>;

const blank = {
  kind: null,
  partnerId: null,
  partnerName: null,
  contactId: null,
  contactName: null,
  occasion: null,
  years: null,
  festivalKey: null,
  country: null,
  partnerCount: null,
  greetedCount: null,
  region: null,
  eventId: null,
  occurrence: null,
  commitmentId: null,
  madeBy: null,
  suppressed: null,
} satisfies Omit<AgendaItem, 'key' | 'type' | 'date' | 'title' | 'daysLate'>;

/** Days from the item's date to today: positive when late, 0 today, negative ahead. */
export function daysLate(date: string, today: string): number {
  return epochDayOf(today) - epochDayOf(date);
}

export function agendaItem(known: Known, today: string): AgendaItem {
  return { ...blank, ...known, daysLate: daysLate(known.date, today) };
}
