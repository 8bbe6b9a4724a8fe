// Running a playbook for a partner: its steps become actions with owners and due days, in one batch
// (one Undo removes the whole run). It adds to the partner's open case, or opens one.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { dueDates, stepProblems } from '../../shared/playbook-schedule';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { newId } from '../db/ids';
import { casePartner, newCaseChanges, openPartnerCase, storedCase } from './cases';
import { getPlaybook } from './playbooks';

export async function runPlaybook(
  ctx: CoreContext,
  input: ParsedInput<'playbooks.run'>,
): Promise<ProcedureOutput<'playbooks.run'>> {
  const partner = await casePartner(ctx, input.partnerId);
  const playbook = await getPlaybook(ctx, input.playbookId);
  if (stepProblems(playbook.steps).length > 0 || playbook.steps.length === 0) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `The steps of playbook "${playbook.name}" do not form a schedule; fix them in the playbook editor first.`,
    });
  }
  const changes: FieldChange[] = [];
  let caseId = input.caseId ?? (await openPartnerCase(ctx, partner.id));
  if (caseId) {
    const chosen = await storedCase(ctx, caseId);
    if (chosen.partnerId !== partner.id) {
      throw new CoreError({
        code: 'VALIDATION',
        message: `This retention case is not about ${partner.name}.`,
        fields: { caseId: fieldMessage('validation.id') },
      });
    }
    if (chosen.outcome !== 'open') {
      throw new CoreError({
        code: 'VALIDATION',
        message: 'This retention case is decided; set it back to open before running a playbook on it.',
        fields: { caseId: fieldMessage('validation.caseClosed') },
      });
    }
    changes.push(...rowChanges('retentionCases', caseId, { playbookId: playbook.id }));
  } else {
    caseId = newId();
    changes.push(
      ...newCaseChanges(ctx, caseId, {
        partner,
        situation: playbook.situation,
        reason: input.reason || playbook.name,
        ownerId: null,
        disputeId: null,
        source: 'manual',
        today: input.today,
        playbookId: playbook.id,
      }),
    );
  }

  const due = dueDates(playbook.steps, input.today);
  const assignees = await liveOwners(
    ctx,
    playbook.steps.flatMap((step) => (step.assigneeId ? [step.assigneeId] : [])),
  );
  const actionIds = playbook.steps.map(() => newId());
  playbook.steps.forEach((step, index) => {
    changes.push(
      ...rowChanges('retentionActions', actionIds[index]!, {
        caseId,
        partnerId: partner.id,
        kind: step.kind,
        title: step.title,
        // A teammate who has left since the playbook was written: the partner's owner takes it.
        ownerId:
          (step.assigneeId && assignees.has(step.assigneeId) ? step.assigneeId : null) ??
          partner.ownerId ??
          ctx.selfOwnerId,
        dueDate: due[index]!,
        status: 'planned',
        notes: step.notes,
        outcome: '',
        playbookId: playbook.id,
        stepKey: step.key,
        revision: 0,
        deletedAt: null,
      }),
    );
  });
  const { batchId } = await ctx.write({
    label: `Run playbook "${playbook.name}" for ${partner.name}`,
    origin: 'local',
    changes,
  });
  return { caseId, actionIds, batchId: batchId ?? '' };
}

async function liveOwners(ctx: CoreContext, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .selectFrom('owners')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .where('deletedAt', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.id));
}
