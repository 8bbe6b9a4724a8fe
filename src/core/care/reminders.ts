// Which care events to remind the user of today: each kind has a lead time (a birthday greeting
// three days ahead, a festival a week ahead), and what was missed stays on the list as overdue.
import { defaultReminderLeadDays, reminderKinds, type ReminderKind } from '../../shared/greetings';
import { addDays, epochDayOf, parseIsoDate } from './calendar-dates';

export { defaultReminderLeadDays, reminderKinds, type ReminderKind };

/** Meetings, trainings, hardship care, follow-ups and the rest share the 'other' lead time. */
export function reminderKindOf(eventKind: string): ReminderKind {
  return (reminderKinds as readonly string[]).includes(eventKind) ? (eventKind as ReminderKind) : 'other';
}

export interface ReminderItem {
  id: string;
  /** A care event kind (shared/care.ts careEventKinds). */
  kind: string;
  /** The event's day in the user's time zone, YYYY-MM-DD. */
  date: string;
  /** Done or skipped events need no reminder. */
  closed: boolean;
}

export interface DueReminder<Item extends ReminderItem> {
  item: Item;
  remindOn: string;
  /** Negative when the day has passed. */
  daysUntil: number;
  overdue: boolean;
}

/** The day a reminder for the item starts showing. */
export function reminderDate(
  item: Pick<ReminderItem, 'kind' | 'date'>,
  leadDays: Readonly<Record<ReminderKind, number>> = defaultReminderLeadDays,
): string {
  return addDays(item.date, -leadDays[reminderKindOf(item.kind)]);
}

/** Open items whose reminder day has come, overdue ones first (oldest first), then by day. */
export function dueReminders<Item extends ReminderItem>(
  items: readonly Item[],
  today: string,
  leadDays: Readonly<Record<ReminderKind, number>> = defaultReminderLeadDays,
): DueReminder<Item>[] {
  if (parseIsoDate(today) === null) throw new RangeError(`Not a date: ${today}`);
  const due: DueReminder<Item>[] = [];
  for (const item of items) {
    if (item.closed || parseIsoDate(item.date) === null) continue;
    const remindOn = reminderDate(item, leadDays);
    if (remindOn > today) continue;
    const daysUntil = epochDayOf(item.date) - epochDayOf(today);
    due.push({ item, remindOn, daysUntil, overdue: daysUntil < 0 });
  }
  return due.sort((a, b) => a.daysUntil - b.daysUntil || a.item.id.localeCompare(b.item.id));
}
