// Birthdays and partnership anniversaries to greet, from the care calendar's own derivation (29
// February, lunar birthdays, greeting-log marks, mourning and hardship marks). Greeted ones are
// done and left out: the agenda is a to-do list, and the calendar still shows them as greeted.
import type { AgendaItem } from '../../shared/agenda';
import type { CalendarItem } from '../../shared/calendar';
import type { CoreContext } from '../context';
import type { DateRange } from '../care/calendar-dates';
import { anniversaries, birthdays, markGreeted, type CalendarRangeQuery } from '../calendar/service';
import { agendaItem } from './agenda-item';

export interface GreetingItemsQuery {
  ownerIds: readonly string[];
  today: string;
  timeZone: string;
  birthdays: DateRange;
  anniversaries: DateRange;
}

function toAgendaItem(item: CalendarItem, today: string): AgendaItem {
  const isBirthday = item.source === 'birthday';
  return agendaItem(
    {
      key: item.key,
      type: 'greeting',
      date: item.start,
      title: item.title,
      kind: item.kind,
      partnerId: item.partnerId,
      partnerName: item.partnerName,
      contactId: item.contactId,
      contactName: isBirthday ? item.title : null,
      occasion: isBirthday ? 'birthday' : 'anniversary',
      years: item.years,
      suppressed: item.suppressed,
    },
    today,
  );
}

export async function greetingItems(ctx: CoreContext, query: GreetingItemsQuery): Promise<AgendaItem[]> {
  const scope = (range: DateRange): CalendarRangeQuery => ({
    ...range,
    ownerIds: [...query.ownerIds],
    regions: [],
    kinds: [],
    timeZone: query.timeZone,
  });
  const found = (
    await Promise.all([
      birthdays(ctx, scope(query.birthdays), query.birthdays),
      anniversaries(ctx, scope(query.anniversaries), query.anniversaries),
    ])
  ).flat();
  await markGreeted(ctx, found);
  return found.filter((item) => !item.greeted).map((item) => toAgendaItem(item, query.today));
}
