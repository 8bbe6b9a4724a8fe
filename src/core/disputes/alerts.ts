// Cases for the home screen: SLA breached, or due within the next day, for the people asked about
// (everyone when none). Open cases only, read along the open-due and open-owner partial indexes.
import type { DisputeAlerts } from '../../shared/disputes';
import type { ParsedInput } from '../../shared/contract';
import type { CoreContext } from '../context';
import { isOpenCase } from './list';
import { caseRows, summarize, summaryColumns } from './summary';

const dayMs = 86_400_000;

export async function disputeAlerts(
  ctx: CoreContext,
  input: ParsedInput<'disputes.alerts'>,
  now: Date = new Date(),
): Promise<DisputeAlerts> {
  const nowIso = now.toISOString();
  const dayAhead = new Date(now.getTime() + dayMs).toISOString();
  const openCases = () => {
    const q = caseRows(ctx).where(isOpenCase);
    return input.ownerIds.length ? q.where('d.ownerId', 'in', input.ownerIds) : q;
  };
  const breachedCases = () => openCases().where('d.dueAt', '<', nowIso);
  const dueSoonCases = () => openCases().where('d.dueAt', '>=', nowIso).where('d.dueAt', '<', dayAhead);
  const count = async (query: ReturnType<typeof openCases>) =>
    Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  // Longest overdue first; then the next to fall due.
  const breached = await breachedCases()
    .select(summaryColumns)
    .orderBy('d.dueAt')
    .orderBy('d.id')
    .limit(input.limit)
    .execute();
  const dueSoon = await dueSoonCases()
    .select(summaryColumns)
    .orderBy('d.dueAt')
    .orderBy('d.id')
    .limit(input.limit)
    .execute();
  return {
    breached: await summarize(ctx, breached, now),
    breachedTotal: breached.length < input.limit ? breached.length : await count(breachedCases()),
    dueSoon: await summarize(ctx, dueSoon, now),
    dueSoonTotal: dueSoon.length < input.limit ? dueSoon.length : await count(dueSoonCases()),
  };
}
