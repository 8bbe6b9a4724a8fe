// Reading retention cases and actions as the contract shows them: with partner, owner and
// playbook names, counts of open and done actions, and whether an action is overdue.
import { sql } from 'kysely';
import type { RetentionAction, RetentionCaseSummary } from '../../shared/retention';
import type { CoreContext } from '../context';
import { playbookNames } from './playbooks';

export const openActionStatuses = ['planned', 'in-progress'] as const;

export function caseSummaryQuery(ctx: CoreContext) {
  return ctx.db
    .selectFrom('retentionCases as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .leftJoin('owners as o', (join) => join.onRef('o.id', '=', 'c.ownerId').on('o.deletedAt', 'is', null))
    .where('c.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null);
}

export function selectCaseSummary(query: ReturnType<typeof caseSummaryQuery>) {
  return query.select([
    'c.id',
    'c.partnerId',
    'p.name as partnerName',
    'p.region',
    'c.situation',
    'c.reason',
    'c.source',
    'c.ownerId',
    'o.name as ownerName',
    'c.openedOn',
    'c.outcome',
    'c.outcomeOn',
    'c.outcomeNote',
    'c.disputeId',
    'c.playbookId',
    'c.suggestedPlaybookId',
    'c.revision',
    sql<number>`(select count(*) from retention_actions a
      where a.case_id = c.id and a.deleted_at is null and a.status in ('planned', 'in-progress'))`.as(
      'actionsOpen',
    ),
    sql<number>`(select count(*) from retention_actions a
      where a.case_id = c.id and a.deleted_at is null and a.status = 'done')`.as('actionsDone'),
  ]);
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof selectCaseSummary>['execute']>>[number];

export async function toSummaries(
  ctx: CoreContext,
  rows: readonly CaseRow[],
): Promise<(RetentionCaseSummary & { outcomeNote: string; disputeId: string | null })[]> {
  const names = await playbookNames(
    ctx,
    rows.flatMap((row) => (row.playbookId ? [row.playbookId] : [])),
  );
  return rows.map((row) => ({
    ...row,
    ownerName: row.ownerName ?? null,
    playbookName: row.playbookId ? (names.get(row.playbookId) ?? null) : null,
    actionsOpen: Number(row.actionsOpen),
    actionsDone: Number(row.actionsDone),
  }));
}

export function actionQuery(ctx: CoreContext) {
  return ctx.db
    .selectFrom('retentionActions as a')
    .innerJoin('partners as p', 'p.id', 'a.partnerId')
    .leftJoin('owners as o', (join) => join.onRef('o.id', '=', 'a.ownerId').on('o.deletedAt', 'is', null))
    .where('a.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    .select([
      'a.id',
      'a.caseId',
      'a.partnerId',
      'p.name as partnerName',
      'a.kind',
      'a.title',
      'a.ownerId',
      'o.name as ownerName',
      'a.dueDate',
      'a.status',
      'a.notes',
      'a.outcome',
      'a.playbookId',
      'a.revision',
    ]);
}

type ActionRow = Awaited<ReturnType<ReturnType<typeof actionQuery>['execute']>>[number];

export function toAction(row: ActionRow, today: string): RetentionAction & { partnerName: string } {
  const open = (openActionStatuses as readonly string[]).includes(row.status);
  return { ...row, ownerName: row.ownerName ?? null, overdue: open && row.dueDate < today };
}
