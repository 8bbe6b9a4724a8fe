// Retention actions: what is done to keep a partner, by whom, by when, and what came of it. They
// belong to an open case (a decided case takes no new actions) and edits check the revision seen.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import type { RetentionActionFields } from '../../shared/retention';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';
import { requireLiveOwner } from '../references';
import { casePartner, storedCase } from './cases';

export async function createRetentionAction(
  ctx: CoreContext,
  input: ParsedInput<'retentionActions.create'>,
): Promise<ProcedureOutput<'retentionActions.create'>> {
  const retentionCase = await storedCase(ctx, input.caseId);
  if (retentionCase.outcome !== 'open') {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'This retention case is decided; set it back to open before adding actions.',
      fields: { caseId: fieldMessage('validation.caseClosed') },
    });
  }
  const partner = await casePartner(ctx, retentionCase.partnerId);
  const action = await withOwner(ctx, input.action, partner.ownerId);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Plan "${action.title}" for ${partner.name}`,
    origin: 'local',
    changes: rowChanges('retentionActions', id, {
      ...action,
      caseId: retentionCase.id,
      partnerId: partner.id,
      playbookId: null,
      stepKey: null,
      revision: 0,
      deletedAt: null,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateRetentionAction(
  ctx: CoreContext,
  input: ParsedInput<'retentionActions.update'>,
): Promise<ProcedureOutput<'retentionActions.update'>> {
  const current = await ctx.db
    .selectFrom('retentionActions')
    .select(['id', 'partnerId', 'status', 'title'])
    .where('id', '=', input.id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!current) {
    throw new CoreError({
      code: 'NOT_FOUND',
      message: 'This retention action does not exist or was deleted.',
    });
  }
  const partner = await casePartner(ctx, current.partnerId);
  const action = await withOwner(ctx, input.action, partner.ownerId);
  const label =
    current.status !== action.status
      ? `Mark "${action.title}" ${action.status.replace('-', ' ')} for ${partner.name}`
      : `Edit "${action.title}" for ${partner.name}`;
  const { batchId } = await ctx.write({
    label,
    origin: 'local',
    expectRevision: {
      table: 'retentionActions',
      rowId: input.id,
      revision: input.revision,
      what: `The action "${current.title}"`,
    },
    changes: rowChanges('retentionActions', input.id, { ...action, revision: input.revision + 1 }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}

/** An action without an owner goes to the partner's owner, else to the person planning it. */
async function withOwner(
  ctx: CoreContext,
  action: RetentionActionFields,
  partnerOwnerId: string | null,
): Promise<RetentionActionFields> {
  if (action.ownerId) {
    await requireLiveOwner(ctx, action.ownerId, 'action.ownerId');
    return action;
  }
  return { ...action, ownerId: partnerOwnerId ?? ctx.selfOwnerId };
}
