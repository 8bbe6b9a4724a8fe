// Retention cases: a partner at risk, why, who owns it, and how it ended. A partner has at most one
// open case; deciding it moves the partner's status (churned, or back to active when retained) in
// the same batch, and every edit checks the revision the user saw.
import { sql } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError, type FieldMessage } from '../../shared/errors';
import type { RetentionSituation, RetentionSource } from '../../shared/retention';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { localToday } from '../care/calendar-dates';
import { newId } from '../db/ids';
import { requireLiveOwner, requireLivePartner } from '../references';
import {
  actionQuery,
  caseSummaryQuery,
  openActionStatuses,
  selectCaseSummary,
  toAction,
  toSummaries,
} from './case-queries';
import { playbookNames } from './playbooks';

export interface CasePartner {
  id: string;
  name: string;
  ownerId: string | null;
  status: string;
}

export async function casePartner(ctx: CoreContext, partnerId: string): Promise<CasePartner> {
  await requireLivePartner(ctx, partnerId);
  return ctx.db
    .selectFrom('partners')
    .select(['id', 'name', 'ownerId', 'status'])
    .where('id', '=', partnerId)
    .executeTakeFirstOrThrow();
}

/** Refuses a second open case for a partner, naming the open one. */
export async function refuseSecondOpenCase(ctx: CoreContext, partner: CasePartner, exceptId?: string) {
  let query = ctx.db
    .selectFrom('retentionCases')
    .select(['id', 'openedOn'])
    .where('partnerId', '=', partner.id)
    .where('outcome', '=', 'open')
    .where('deletedAt', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const open = await query.executeTakeFirst();
  if (open) {
    throw new CoreError({
      code: 'CONFLICT',
      message: `${partner.name} is already marked at risk: a retention case opened on ${open.openedOn} is still open. Add to that case, or record its outcome first.`,
      details: { caseId: open.id },
    });
  }
}

export async function openPartnerCase(ctx: CoreContext, partnerId: string): Promise<string | null> {
  const open = await ctx.db
    .selectFrom('retentionCases')
    .select('id')
    .where('partnerId', '=', partnerId)
    .where('outcome', '=', 'open')
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return open?.id ?? null;
}

export interface NewCase {
  partner: CasePartner;
  situation: RetentionSituation;
  reason: string;
  ownerId: string | null;
  disputeId: string | null;
  source: RetentionSource;
  today: string;
  playbookId?: string | null;
}

/** The changes that open a case (also used by a playbook run that needs one). */
export function newCaseChanges(ctx: CoreContext, id: string, input: NewCase): FieldChange[] {
  return rowChanges('retentionCases', id, {
    partnerId: input.partner.id,
    situation: input.situation,
    reason: input.reason,
    source: input.source,
    disputeId: input.disputeId,
    ownerId: input.ownerId ?? input.partner.ownerId ?? ctx.selfOwnerId,
    openedOn: input.today,
    outcome: 'open',
    outcomeOn: null,
    outcomeNote: '',
    playbookId: input.playbookId ?? null,
    revision: 0,
    deletedAt: null,
  });
}

async function requireDispute(ctx: CoreContext, disputeId: string): Promise<void> {
  const dispute = await ctx.db
    .selectFrom('disputes')
    .select('id')
    .where('id', '=', disputeId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!dispute) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The linked dispute does not exist or was deleted.',
      fields: { disputeId: fieldMessage('validation.id') },
    });
  }
}

export async function openRetentionCase(
  ctx: CoreContext,
  input: ParsedInput<'retentionCases.open'>,
): Promise<ProcedureOutput<'retentionCases.open'>> {
  const partner = await casePartner(ctx, input.partnerId);
  if (input.ownerId) await requireLiveOwner(ctx, input.ownerId);
  if (input.disputeId) await requireDispute(ctx, input.disputeId);
  await refuseSecondOpenCase(ctx, partner);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Mark ${partner.name} at risk`,
    origin: 'local',
    changes: newCaseChanges(ctx, id, { ...input, partner, source: 'manual' }),
  });
  return { id, batchId: batchId ?? '' };
}

interface StoredCase {
  id: string;
  partnerId: string;
  openedOn: string;
  outcome: string;
  revision: number;
}

export async function storedCase(ctx: CoreContext, id: string): Promise<StoredCase> {
  const row = await ctx.db
    .selectFrom('retentionCases')
    .select(['id', 'partnerId', 'openedOn', 'outcome', 'revision'])
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This retention case does not exist or was deleted.' });
  return row;
}

export async function updateRetentionCase(
  ctx: CoreContext,
  input: ParsedInput<'retentionCases.update'>,
): Promise<ProcedureOutput<'retentionCases.update'>> {
  const current = await storedCase(ctx, input.id);
  const partner = await casePartner(ctx, current.partnerId);
  if (input.ownerId) await requireLiveOwner(ctx, input.ownerId);
  const { batchId } = await ctx.write({
    label: `Edit retention case of ${partner.name}`,
    origin: 'local',
    expectRevision: caseRevision(input.id, input.revision, partner.name),
    changes: rowChanges('retentionCases', input.id, {
      situation: input.situation,
      reason: input.reason,
      ownerId: input.ownerId ?? partner.ownerId ?? ctx.selfOwnerId,
      revision: input.revision + 1,
    }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}

function caseRevision(id: string, revision: number, partnerName: string) {
  return {
    table: 'retentionCases' as const,
    rowId: id,
    revision,
    what: `The retention case of ${partnerName}`,
  };
}

export async function setRetentionOutcome(
  ctx: CoreContext,
  input: ParsedInput<'retentionCases.setOutcome'>,
): Promise<ProcedureOutput<'retentionCases.setOutcome'>> {
  const current = await storedCase(ctx, input.id);
  const partner = await casePartner(ctx, current.partnerId);
  if (input.on !== null && input.on < current.openedOn) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The outcome cannot be decided before the case was opened.',
      fields: { on: outcomeBeforeOpened(current.openedOn) },
    });
  }
  const changes: FieldChange[] = [];
  let label: string;
  if (input.outcome === 'open') {
    await refuseSecondOpenCase(ctx, partner, current.id);
    label = `Set retention case of ${partner.name} back to open`;
    changes.push(
      ...rowChanges('retentionCases', input.id, {
        outcome: 'open',
        outcomeOn: null,
        outcomeNote: input.note,
        revision: input.revision + 1,
      }),
    );
  } else {
    label = `Record ${partner.name} ${input.outcome}`;
    changes.push(
      ...rowChanges('retentionCases', input.id, {
        outcome: input.outcome,
        outcomeOn: input.on,
        outcomeNote: input.note,
        revision: input.revision + 1,
      }),
    );
    const status = input.outcome === 'churned' ? 'churned' : partner.status === 'churned' ? 'active' : null;
    if (status && status !== partner.status) {
      changes.push({ table: 'partners', rowId: partner.id, field: 'status', value: status });
    }
    if (input.cancelOpenActions) changes.push(...(await cancelledActions(ctx, input.id)));
  }
  const { batchId } = await ctx.write({
    label,
    origin: 'local',
    expectRevision: caseRevision(input.id, input.revision, partner.name),
    changes,
  });
  return { id: input.id, batchId: batchId ?? '' };
}

function outcomeBeforeOpened(openedOn: string): FieldMessage {
  return {
    key: 'retention.validation.outcomeBeforeOpened',
    params: { opened: openedOn },
    message: `Choose a day on or after the case was opened (${openedOn}).`,
  };
}

async function cancelledActions(ctx: CoreContext, caseId: string): Promise<FieldChange[]> {
  const open = await ctx.db
    .selectFrom('retentionActions')
    .select(['id', 'revision'])
    .where('caseId', '=', caseId)
    .where('deletedAt', 'is', null)
    .where('status', 'in', openActionStatuses)
    .execute();
  return open.flatMap((action) =>
    rowChanges('retentionActions', action.id, { status: 'cancelled', revision: action.revision + 1 }),
  );
}

export async function getRetentionCase(
  ctx: CoreContext,
  input: ParsedInput<'retentionCases.get'>,
): Promise<ProcedureOutput<'retentionCases.get'>> {
  const rows = await selectCaseSummary(caseSummaryQuery(ctx).where('c.id', '=', input.id)).execute();
  const [summary] = await toSummaries(ctx, rows);
  if (!summary) {
    throw new CoreError({ code: 'NOT_FOUND', message: 'This retention case does not exist or was deleted.' });
  }
  const suggested = await ctx.db
    .selectFrom('retentionCases')
    .select('suggestedPlaybookId')
    .where('id', '=', input.id)
    .executeTakeFirst();
  const suggestedPlaybookId = suggested?.suggestedPlaybookId ?? null;
  const suggestedNames = await playbookNames(ctx, suggestedPlaybookId ? [suggestedPlaybookId] : []);
  const today = input.today ?? localToday();
  const actions = await actionQuery(ctx)
    .where('a.caseId', '=', input.id)
    .orderBy('a.dueDate')
    .orderBy('a.id')
    .execute();
  return {
    ...summary,
    suggestedPlaybookId,
    suggestedPlaybookName: suggestedPlaybookId ? (suggestedNames.get(suggestedPlaybookId) ?? null) : null,
    actions: actions.map((row) => {
      const { partnerName: _partnerName, ...action } = toAction(row, today);
      return action;
    }),
  };
}

export async function listRetentionCases(
  ctx: CoreContext,
  input: ParsedInput<'retentionCases.list'>,
): Promise<ProcedureOutput<'retentionCases.list'>> {
  let query = caseSummaryQuery(ctx);
  if (input.partnerId) query = query.where('c.partnerId', '=', input.partnerId);
  if (input.outcomes.length) query = query.where('c.outcome', 'in', input.outcomes);
  if (input.ownerId) query = query.where('c.ownerId', '=', input.ownerId);
  if (input.region !== null) query = query.where('p.region', '=', input.region);
  if (input.playbookId) query = query.where('c.playbookId', '=', input.playbookId);
  if (input.withoutPlaybook) query = query.where('c.playbookId', 'is', null);
  if (input.outcomeFrom) query = query.where('c.outcomeOn', '>=', input.outcomeFrom);
  if (input.outcomeTo) query = query.where('c.outcomeOn', '<=', input.outcomeTo);
  const [rows, count] = await Promise.all([
    selectCaseSummary(query)
      .orderBy(sql`case when c.outcome = 'open' then 0 else 1 end`)
      .orderBy('c.openedOn', 'desc')
      // Ids derived for cases the loyalty score opened do not sort by time: the moment of writing does.
      .orderBy('c.createdAt', 'desc')
      .orderBy('c.id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const summaries = await toSummaries(ctx, rows);
  return {
    rows: summaries.map(({ outcomeNote: _note, disputeId: _dispute, ...summary }) => summary),
    total: Number(count.total),
  };
}
