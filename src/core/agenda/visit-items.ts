// Partners due for a visit (by their cadence) with none planned yet: overdue ones and those
// falling due within the look-ahead, from the visit planner's own query.
import type { AgendaItem } from '../../shared/agenda';
import type { CoreContext } from '../context';
import { epochDayOf } from '../care/calendar-dates';
import { visitsDue } from '../visits/due';
import { agendaItem } from './agenda-item';

/** All of them: the query works through every partner in scope to sort anyway. */
const everyPartner = 1_000_000;

export async function visitItems(
  ctx: CoreContext,
  ownerIds: readonly string[],
  today: string,
  until: string,
): Promise<AgendaItem[]> {
  const due = await visitsDue(ctx, {
    regions: [],
    ownerIds: [...ownerIds],
    today,
    horizonDays: epochDayOf(until) - epochDayOf(today),
    limit: everyPartner,
  });
  return due.map((visit) =>
    agendaItem(
      {
        key: `visit-due:${visit.partnerId}`,
        type: 'visit-due',
        date: visit.dueDate,
        title: visit.partnerName,
        kind: 'visit',
        partnerId: visit.partnerId,
        partnerName: visit.partnerName,
        region: visit.region,
        country: visit.country,
      },
      today,
    ),
  );
}
