// The days the home agenda looks at: today to the end of "This week", a look back for what was
// missed, and a look ahead as far as the longest reminder lead time reaches.
import type { ReminderKind } from '../../shared/greetings';
import { addDays } from '../care/calendar-dates';

export interface AgendaWindow {
  today: string;
  /** The last day of "This week" (inclusive). */
  end: string;
  /** Birthdays, anniversaries and festivals missed this far back still count as overdue. */
  greetingsSince: string;
  /** Planned events left open this far back still count as overdue. */
  eventsSince: string;
  /** Per reminder kind, the last day whose reminder may be due today (at least the window's end). */
  aheadUntil: Readonly<Record<ReminderKind, string>>;
}

/** A late birthday greeting is still kind within a week; after that it is simply missed. */
export const greetingLookBackDays = 7;
/** A planned meeting nobody closed is worth a nudge for a month; older ones are history. */
export const eventLookBackDays = 30;

export function agendaWindow(
  today: string,
  days: number,
  leadDays: Readonly<Record<ReminderKind, number>>,
): AgendaWindow {
  const end = addDays(today, days - 1);
  const ahead = (kind: ReminderKind): string => {
    const reminded = addDays(today, leadDays[kind]);
    return reminded > end ? reminded : end;
  };
  return {
    today,
    end,
    greetingsSince: addDays(today, -greetingLookBackDays),
    eventsSince: addDays(today, -eventLookBackDays),
    aheadUntil: {
      birthday: ahead('birthday'),
      anniversary: ahead('anniversary'),
      festival: ahead('festival'),
      visit: ahead('visit'),
      other: ahead('other'),
    },
  };
}

/** The furthest day any kind looks ahead (stored events may be of any kind). */
export function furthestAhead(window: AgendaWindow): string {
  return Object.values(window.aheadUntil).reduce((a, b) => (a > b ? a : b));
}
