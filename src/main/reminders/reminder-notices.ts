// The words of a native reminder notification for an agenda item, and the one summary notice when
// many fall due at once. The desktop shell has no translations yet, so these are English.
import { agendaItemPath, type AgendaItem } from '../../shared/agenda';

export interface ReminderNotice {
  title: string;
  body: string;
  /** The app path a click opens (a calendar day or a partner page). */
  path: string;
}

/** More new reminders than this at once become one notice instead of a pile of them. */
export const maxSeparateNotices = 3;

export function whenText(daysLate: number): string {
  if (daysLate > 1) return `${daysLate} days late`;
  if (daysLate === 1) return '1 day late';
  if (daysLate === 0) return 'today';
  if (daysLate === -1) return 'tomorrow';
  return `in ${-daysLate} days`;
}

function headline(item: AgendaItem): string {
  switch (item.type) {
    case 'greeting':
      if (item.occasion === 'anniversary') {
        return item.years === null
          ? `Partnership anniversary: ${item.title}`
          : `Partnership anniversary: ${item.title} (${item.years} years)`;
      }
      return item.years === null
        ? `Birthday of ${item.contactName ?? item.title}`
        : `Birthday of ${item.contactName ?? item.title} (${item.years})`;
    case 'festival':
      return `${item.title}: ${item.greetedCount ?? 0} of ${item.partnerCount ?? 0} partners greeted`;
    case 'visit-due':
      return `Visit due: ${item.title}`;
    default:
      return item.title;
  }
}

export function noticeOf(item: AgendaItem): ReminderNotice {
  const partner = item.type === 'visit-due' || item.occasion === 'anniversary' ? null : item.partnerName;
  return {
    title: headline(item),
    body: [partner, whenText(item.daysLate)].filter(Boolean).join(' · '),
    path: agendaItemPath(item),
  };
}

/** One notice per new reminder, or a single summary opening today's agenda when there are many. */
export function noticesFor(fresh: readonly AgendaItem[]): ReminderNotice[] {
  if (fresh.length <= maxSeparateNotices) return fresh.map(noticeOf);
  const overdue = fresh.filter((item) => item.daysLate > 0).length;
  return [
    {
      title: `${fresh.length} reminders due`,
      body:
        overdue > 0
          ? `${overdue} overdue. Open ChannelKeeper to see them.`
          : 'Open ChannelKeeper to see them.',
      path: '/',
    },
  ];
}
