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
  const open = () =>
    ctx.db
      .selectFrom('commitments as c')
      .innerJoin('partners as p', 'p.id', 'c.partnerId')
      .where('c.deletedAt', 'is', null)
      .where('c.status', '=', 'open')
      .where('c.dueDate', '<=', until)
      .where('p.deletedAt', 'is', null)
      .select(['c.id', 'c.partnerId', 'p.name as partnerName', 'c.description', 'c.madeBy', 'c.dueDate']);
  // The commitment's own owner keeps it; one without an owner falls to the partner's owner. Two
  // queries rather than one OR, each on its own index: the owners' open promises, and the few open
  // promises nobody owns (checked against their partner's owner).
  const rows = ownerIds.length
    ? (
        await Promise.all([
          open().where('c.ownerId', 'in', ownerIds).execute(),
          open().where('c.ownerId', 'is', null).where('p.ownerId', 'in', ownerIds).execute(),
        ])
      ).flat()
    : await open().execute();
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
