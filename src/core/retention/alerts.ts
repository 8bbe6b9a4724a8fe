// Retention for the home screen: partners newly at risk (cases opened in the last days and still
// open) and retention actions due today or overdue, for the chosen owners (none: everyone).
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { addDays } from '../care/calendar-dates';
import type { CoreContext } from '../context';
import {
  actionQuery,
  caseSummaryQuery,
  openActionStatuses,
  selectCaseSummary,
  toAction,
  toSummaries,
} from './case-queries';

export async function retentionAlerts(
  ctx: CoreContext,
  input: ParsedInput<'retention.alerts'>,
): Promise<ProcedureOutput<'retention.alerts'>> {
  const since = addDays(input.today, -(input.days - 1));
  let cases = caseSummaryQuery(ctx).where('c.outcome', '=', 'open').where('c.openedOn', '>=', since);
  if (input.ownerIds.length) cases = cases.where('c.ownerId', 'in', input.ownerIds);
  let actions = actionQuery(ctx)
    .where('a.status', 'in', openActionStatuses)
    .where('a.dueDate', '<=', input.today);
  if (input.ownerIds.length) actions = actions.where('a.ownerId', 'in', input.ownerIds);

  const [caseRows, caseCount, actionRows, actionCount] = await Promise.all([
    selectCaseSummary(cases)
      .orderBy('c.openedOn', 'desc')
      // Ids derived for cases the loyalty score opened do not sort by time: the moment of writing does.
      .orderBy('c.createdAt', 'desc')
      .orderBy('c.id', 'desc')
      .limit(input.limit)
      .execute(),
    cases.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    actions.orderBy('a.dueDate').orderBy('a.id').limit(input.limit).execute(),
    actions
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  const newlyAtRisk = await toSummaries(ctx, caseRows);
  return {
    newlyAtRisk: newlyAtRisk.map(({ outcomeNote: _note, disputeId: _dispute, ...summary }) => summary),
    newlyAtRiskTotal: Number(caseCount.total),
    actionsDue: actionRows.map((row) => toAction(row, input.today)),
    actionsDueTotal: Number(actionCount.total),
  };
}
