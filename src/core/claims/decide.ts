// Deciding a claim: approve (posts the awards), reject with a reason, or reverse an approved one
// (posts reversing entries). One batch per decision, checked against the revision the user saw, so
// two people deciding at once get one success and one conflict. Approvals and reversals are
// permanent: the ledger is append-only, so an approval is corrected by reversing the claim.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { ClaimStatus } from '../../shared/claims';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';

type Decision = ParsedInput<'claims.decide'>['decision'];

const moves: Record<Decision, { from: ClaimStatus; to: ClaimStatus; verb: string }> = {
  approve: { from: 'submitted', to: 'approved', verb: 'Approve' },
  reject: { from: 'submitted', to: 'rejected', verb: 'Reject' },
  reverse: { from: 'approved', to: 'reversed', verb: 'Reverse' },
};

const statusWords: Record<ClaimStatus, string> = {
  submitted: 'waiting for a decision',
  approved: 'already approved',
  rejected: 'already rejected',
  reversed: 'already reversed',
};

export async function decideClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.decide'>,
): Promise<ProcedureOutput<'claims.decide'>> {
  const move = moves[input.decision];
  const reason = input.reason.trim();
  if (input.decision !== 'approve' && reason === '') {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'Say why.',
      fields: { reason: fieldMessage('validation.reasonRequired') },
    });
  }
  const claim = await ctx.db
    .selectFrom('claims as c')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .innerJoin('partners as pa', 'pa.id', 'c.partnerId')
    .select([
      'c.id',
      'c.invoiceNumber',
      'c.status',
      'p.name as programName',
      'p.status as programStatus',
      'pa.name as partnerName',
    ])
    .where('c.id', '=', input.id)
    .where('c.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!claim)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This claim does not exist or was deleted.' });
  const what = `Claim ${claim.invoiceNumber} of ${claim.partnerName}`;
  if (claim.status !== move.from) {
    throw new CoreError({
      code: 'CONFLICT',
      message:
        input.decision === 'reverse'
          ? `${what} is ${statusWords[claim.status]}: only approved claims can be reversed.`
          : `${what} is ${statusWords[claim.status]}: only submitted claims can be ${input.decision === 'approve' ? 'approved' : 'rejected'}.`,
      details: { status: claim.status },
    });
  }
  if (input.decision === 'approve' && claim.programStatus === 'draft') {
    throw new CoreError({
      code: 'CONFLICT',
      message: `${claim.programName} is still a draft: activate the program before approving its claims.`,
      details: { programStatus: claim.programStatus },
    });
  }
  const { batchId } = await ctx.write({
    label: `${move.verb} claim ${claim.invoiceNumber} of ${claim.partnerName}`,
    origin: 'local',
    // Approvals and reversals post to the append-only ledger; a rejection posts nothing and may be undone.
    permanent: input.decision !== 'reject',
    expectRevision: { table: 'claims', rowId: claim.id, revision: input.revision, what },
    changes: rowChanges('claims', claim.id, {
      status: move.to,
      decisionReason: reason,
      decidedOn: input.today,
      decidedBy: ctx.selfOwnerId,
      revision: input.revision + 1,
    }),
  });
  return { id: claim.id, batchId: batchId ?? '' };
}
