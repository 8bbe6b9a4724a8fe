// Sorts the agenda's candidate items into its sections (overdue, today, this week) and picks the
// reminders whose lead time has come. Pure, so the rules are tested without a database.
import { agendaItemTypes, type Agenda, type AgendaItem } from '../../shared/agenda';
import type { ReminderKind } from '../../shared/greetings';
import { reminderDate } from '../care/reminders';
import type { AgendaWindow } from './agenda-window';

const typeOrder = new Map<string, number>(agendaItemTypes.map((type, i) => [type, i]));
/** One collator for every comparison: String.localeCompare sets one up per call. */
const titles = new Intl.Collator();

/** Earliest first, which puts the most overdue at the top; then by type and title. */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byType = (typeOrder.get(a.type) ?? 0) - (typeOrder.get(b.type) ?? 0);
  if (byType !== 0) return byType;
  return titles.compare(a.title, b.title) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The lead-time group of an item: commitments share the lead time of "other" events. */
export function reminderKindOfItem(item: AgendaItem): string {
  switch (item.type) {
    case 'festival':
      return 'festival';
    case 'visit-due':
      return 'visit';
    case 'commitment':
      return 'other';
    default:
      return item.kind ?? 'other';
  }
}

/**
 * Held-back greetings are not news, and a partner overdue for a visit is a backlog the planner
 * deals with, not an appointment: neither is announced. Everything else is, from its reminder day.
 */
export function isReminded(
  item: AgendaItem,
  today: string,
  leadDays: Readonly<Record<ReminderKind, number>>,
): boolean {
  if (item.suppressed !== null) return false;
  if (item.type === 'visit-due' && item.daysLate > 0) return false;
  return reminderDate({ kind: reminderKindOfItem(item), date: item.date }, leadDays) <= today;
}

export function arrangeAgenda(
  items: readonly AgendaItem[],
  window: AgendaWindow,
  leadDays: Readonly<Record<ReminderKind, number>>,
  limit: number,
): Agenda {
  const overdue: AgendaItem[] = [];
  const today: AgendaItem[] = [];
  const thisWeek: AgendaItem[] = [];
  const reminders: AgendaItem[] = [];
  for (const item of [...items].sort(compareAgendaItems)) {
    if (item.date < window.today) {
      // A greeting held back is not missed: it was never to be sent.
      if (item.suppressed === null) overdue.push(item);
    } else if (item.date === window.today) today.push(item);
    else if (item.date <= window.end) thisWeek.push(item);
    if (isReminded(item, window.today, leadDays)) reminders.push(item);
  }
  const section = (list: AgendaItem[]) => ({ items: list.slice(0, limit), total: list.length });
  return {
    overdue: section(overdue),
    today: section(today),
    thisWeek: section(thisWeek),
    reminders: reminders.slice(0, limit),
  };
}
