// Open commitments due by the end of the look-ahead: overdue ones however old, since a promise
// does not stop mattering because it is late.
import type { AgendaItem } from '../../shared/agenda';
import type { CoreContext } from '../context';
import { agendaItem } from './agenda-item';

export async function commitmentItems(
  ctx: CoreContext,
  ownerIds: readonly string[],
  today: string,
  until: string,
): Promise<AgendaItem[]> {
  let query = ctx.db
    .selectFrom('commitments as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .where('c.deletedAt', 'is', null)
    .where('c.status', '=', 'open')
    .where('c.dueDate', '<=', until)
    .where('p.deletedAt', 'is', null)
    .select(['c.id', 'c.partnerId', 'p.name as partnerName', 'c.description', 'c.madeBy', 'c.dueDate']);
  if (ownerIds.length) {
    // The commitment's own owner keeps it; one without an owner falls to the partner's owner.
    query = query.where((eb) =>
      eb.or([
        eb('c.ownerId', 'in', ownerIds),
        eb.and([eb('c.ownerId', 'is', null), eb('p.ownerId', 'in', ownerIds)]),
      ]),
    );
  }
  const rows = await query.execute();
  return rows.map((row) =>
    agendaItem(
      {
        key: `commitment:${row.id}`,
        type: 'commitment',
        date: row.dueDate,
        title: row.description,
        partnerId: row.partnerId,
        partnerName: row.partnerName,
        commitmentId: row.id,
        madeBy: row.madeBy,
      },
      today,
    ),
  );
}
