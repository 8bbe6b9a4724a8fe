// Fund requests: a partner asks for money for a planned activity (within what is left of its
// allocation), staff approve all or part of it or reject it with a reason, the partner brings proof
// of performance once the activity took place (never before its planned day), and the brand
// reimburses at most what was approved. Every decision names the revision the user saw, so of two
// people deciding at once one succeeds and the other gets a CONFLICT.
import type { AttachmentRef } from '../../shared/visit-notes';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError, type FieldMessage } from '../../shared/errors';
import type { FundRequest, FundRequestStatus } from '../../shared/funds';
import { fieldMessage } from '../../shared/validation';
import { attachmentExists } from '../attachments/store';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';
import { isEnrolled, programFacts, type ProgramFacts } from '../gamification/program-facts';
import { allocationHold, budgetHold, sumOf, type RequestAmounts } from './holds';
import { moneyText } from './service';

function requestRows(ctx: CoreContext) {
  return ctx.db
    .selectFrom('fundRequests as r')
    .innerJoin('programs as g', 'g.id', 'r.programId')
    .innerJoin('partners as p', 'p.id', 'r.partnerId')
    .where('r.deletedAt', 'is', null)
    .select([
      'r.id',
      'r.programId',
      'g.name as programName',
      'r.partnerId',
      'p.name as partnerName',
      'r.activity',
      'r.plannedOn',
      'r.amountMinor',
      'r.approvedMinor',
      'r.reimbursedMinor',
      'r.currency',
      'r.status',
      'r.note',
      'r.decisionReason',
      'r.attachments',
      'r.proofNote',
      'r.decidedOn',
      'r.reimbursedOn',
      'r.revision',
      'r.createdAt',
    ]);
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof requestRows>['executeTakeFirstOrThrow']>>;

function requestOf(row: RequestRow): FundRequest {
  return { ...row, attachments: JSON.parse(row.attachments) as AttachmentRef[] };
}

async function storedRequest(ctx: CoreContext, id: string): Promise<FundRequest> {
  const row = await requestRows(ctx).where('r.id', '=', id).executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This fund request does not exist or was deleted.' });
  return requestOf(row);
}

function invalid(message: string, fields: Record<string, FieldMessage>): CoreError {
  return new CoreError({ code: 'VALIDATION', message, fields });
}

const statusWords: Record<FundRequestStatus, string> = {
  submitted: 'waiting for a decision',
  approved: 'approved',
  rejected: 'rejected',
  'proof-submitted': 'waiting for reimbursement',
  reimbursed: 'reimbursed',
};

/** A step that does not fit the request's status (the list the user saw is out of date). */
function requireStatus(request: FundRequest, allowed: FundRequestStatus, step: string): void {
  if (request.status === allowed) return;
  throw new CoreError({
    code: 'CONFLICT',
    message: `The request "${request.activity}" of ${request.partnerName} is ${statusWords[request.status]}: it cannot be ${step}.`,
    details: { status: request.status },
  });
}

/**
 * Writes one step of a request's life at the revision the user saw (and moves it on by one), so of
 * two people deciding at once one succeeds and the other gets a CONFLICT.
 */
async function writeRequestStep(
  ctx: CoreContext,
  request: FundRequest,
  revision: number,
  label: string,
  fields: object,
): Promise<{ id: string; batchId: string }> {
  const { batchId } = await ctx.write({
    label,
    origin: 'local',
    expectRevision: {
      table: 'fundRequests',
      rowId: request.id,
      revision,
      what: `The fund request "${request.activity}" of ${request.partnerName}`,
    },
    changes: rowChanges('fundRequests', request.id, { ...fields, revision: revision + 1 }),
  });
  return { id: request.id, batchId: batchId ?? '' };
}

interface RequestPlan {
  programId: string;
  partnerId: string;
  plannedOn: string;
  amountMinor: number;
}

/** The checks of a new or edited request: enrolment, an active program, its period, the allocation. */
async function checkPlan(
  ctx: CoreContext,
  plan: RequestPlan,
  exceptId: string | null,
): Promise<ProgramFacts> {
  const program = await programFacts(ctx.db, plan.programId);
  if (!(await isEnrolled(ctx.db, program.id, plan.partnerId))) {
    const partner = await ctx.db
      .selectFrom('partners')
      .select('name')
      .where('id', '=', plan.partnerId)
      .executeTakeFirst();
    throw invalid('Only partners enrolled in the program can request funds.', {
      partnerId: fieldMessage('validation.partnerNotEnrolled', { partner: partner?.name ?? 'This partner' }),
    });
  }
  if (program.status !== 'active') {
    throw invalid('Funds can be requested while the program is active.', {
      programId: fieldMessage('validation.fundProgramNotActive', { status: program.status }),
    });
  }
  if (plan.plannedOn < program.startsOn || plan.plannedOn > program.endsOn) {
    throw invalid('The activity is outside the program period.', {
      plannedOn: fieldMessage('validation.programPeriod', { from: program.startsOn, to: program.endsOn }),
    });
  }
  const allocation = await ctx.db
    .selectFrom('fundAllocations')
    .select('amountMinor')
    .where('programId', '=', program.id)
    .where('partnerId', '=', plan.partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  // Without an allocation a partner's requests are limited only by the budget at approval.
  if (!allocation) return program;
  let others = ctx.db
    .selectFrom('fundRequests')
    .select(['status', 'amountMinor', 'approvedMinor', 'reimbursedMinor'])
    .where('programId', '=', program.id)
    .where('partnerId', '=', plan.partnerId)
    .where('deletedAt', 'is', null);
  if (exceptId) others = others.where('id', '!=', exceptId);
  const held = sumOf((await others.execute()) as RequestAmounts[], allocationHold);
  const left = Math.max(0, allocation.amountMinor - held);
  if (plan.amountMinor > left) {
    throw invalid(`Only ${moneyText(left, program.currency)} of this partner's allocation is left.`, {
      amountMinor: fieldMessage('validation.overRequest', {
        remaining: moneyText(left, program.currency),
        allocated: moneyText(allocation.amountMinor, program.currency),
      }),
    });
  }
  return program;
}

export async function createFundRequest(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.create'>,
): Promise<ProcedureOutput<'fundRequests.create'>> {
  const program = await checkPlan(ctx, input, null);
  const partner = await ctx.db
    .selectFrom('partners')
    .select('name')
    .where('id', '=', input.partnerId)
    .executeTakeFirstOrThrow();
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Request ${moneyText(input.amountMinor, program.currency)} of funds for ${partner.name}`,
    origin: 'local',
    changes: rowChanges('fundRequests', id, {
      programId: program.id,
      partnerId: input.partnerId,
      activity: input.activity,
      plannedOn: input.plannedOn,
      amountMinor: input.amountMinor,
      approvedMinor: null,
      reimbursedMinor: null,
      currency: program.currency,
      status: 'submitted',
      note: input.note,
      decisionReason: '',
      attachments: [],
      proofNote: '',
      decidedOn: null,
      reimbursedOn: null,
      revision: 0,
      deletedAt: null,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateFundRequest(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.update'>,
): Promise<ProcedureOutput<'fundRequests.update'>> {
  const request = await storedRequest(ctx, input.id);
  requireStatus(request, 'submitted', 'edited');
  await checkPlan(ctx, { ...input, programId: request.programId, partnerId: request.partnerId }, request.id);
  return writeRequestStep(
    ctx,
    request,
    input.revision,
    `Edit fund request "${input.activity}" of ${request.partnerName}`,
    {
      activity: input.activity,
      plannedOn: input.plannedOn,
      amountMinor: input.amountMinor,
      note: input.note,
    },
  );
}

export async function decideFundRequest(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.decide'>,
): Promise<ProcedureOutput<'fundRequests.decide'>> {
  const request = await storedRequest(ctx, input.id);
  requireStatus(request, 'submitted', input.decision === 'approve' ? 'approved' : 'rejected');
  const money = (amount: number) => moneyText(amount, request.currency);
  if (input.decision === 'reject') {
    if (!input.reason) {
      throw invalid('Say why the request is rejected: the partner will ask.', {
        reason: fieldMessage('validation.required'),
      });
    }
    return writeRequestStep(
      ctx,
      request,
      input.revision,
      `Reject fund request "${request.activity}" of ${request.partnerName}`,
      {
        status: 'rejected',
        decisionReason: input.reason,
        decidedOn: input.today,
      },
    );
  }
  const approved = input.approvedMinor ?? request.amountMinor;
  if (approved > request.amountMinor) {
    throw invalid(`Approve at most the ${money(request.amountMinor)} requested.`, {
      approvedMinor: fieldMessage('validation.overApproval', { requested: money(request.amountMinor) }),
    });
  }
  const program = await programFacts(ctx.db, request.programId);
  if (program.budgetMinor > 0) {
    const committed = sumOf(
      (await ctx.db
        .selectFrom('fundRequests')
        .select(['status', 'amountMinor', 'approvedMinor', 'reimbursedMinor'])
        .where('programId', '=', program.id)
        .where('deletedAt', 'is', null)
        .execute()) as RequestAmounts[],
      budgetHold,
    );
    const left = Math.max(0, program.budgetMinor - committed);
    if (approved > left) {
      throw invalid(`Only ${money(left)} of the program's budget is left to approve.`, {
        approvedMinor: fieldMessage('validation.overBudget', { remaining: money(left) }),
      });
    }
  }
  return writeRequestStep(
    ctx,
    request,
    input.revision,
    `Approve ${money(approved)} for "${request.activity}" of ${request.partnerName}`,
    {
      status: 'approved',
      approvedMinor: approved,
      decisionReason: input.reason,
      decidedOn: input.today,
    },
  );
}

export async function submitFundProof(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.submitProof'>,
): Promise<ProcedureOutput<'fundRequests.submitProof'>> {
  const request = await storedRequest(ctx, input.id);
  requireStatus(request, 'approved', 'given proof');
  // Proof of performance shows the activity took place, so it cannot come before its planned day.
  if (input.today < request.plannedOn) {
    throw invalid(`The activity is planned for ${request.plannedOn}: add proof once it has taken place.`, {
      attachments: fieldMessage('validation.proofBeforeActivity', { day: request.plannedOn }),
    });
  }
  const missing: Record<string, FieldMessage> = {};
  for (const [index, attachment] of input.attachments.entries()) {
    if (!(await attachmentExists(ctx, attachment))) {
      missing[`attachments.${index}`] = fieldMessage('validation.attachmentUnreadable');
    }
  }
  if (Object.keys(missing).length)
    throw invalid('Some files are not in the data folder: attach them again.', missing);
  return writeRequestStep(
    ctx,
    request,
    input.revision,
    `Add proof for "${request.activity}" of ${request.partnerName}`,
    {
      status: 'proof-submitted',
      attachments: input.attachments,
      proofNote: input.note,
    },
  );
}

export async function reimburseFundRequest(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.reimburse'>,
): Promise<ProcedureOutput<'fundRequests.reimburse'>> {
  const request = await storedRequest(ctx, input.id);
  requireStatus(request, 'proof-submitted', 'reimbursed');
  const approved = request.approvedMinor ?? 0;
  if (input.reimbursedMinor > approved) {
    const text = moneyText(approved, request.currency);
    throw invalid(`Reimburse at most the ${text} approved.`, {
      reimbursedMinor: fieldMessage('validation.reimburseOverApproved', { approved: text }),
    });
  }
  return writeRequestStep(
    ctx,
    request,
    input.revision,
    `Reimburse ${moneyText(input.reimbursedMinor, request.currency)} to ${request.partnerName}`,
    {
      status: 'reimbursed',
      reimbursedMinor: input.reimbursedMinor,
      reimbursedOn: input.today,
    },
  );
}

export async function listFundRequests(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.list'>,
): Promise<ProcedureOutput<'fundRequests.list'>> {
  let query = requestRows(ctx);
  if (input.programId) query = query.where('r.programId', '=', input.programId);
  if (input.partnerId) query = query.where('r.partnerId', '=', input.partnerId);
  if (input.statuses.length) query = query.where('r.status', 'in', input.statuses);
  const [rows, total] = await Promise.all([
    // Waiting work first (decision, then reimbursement), newest first within each.
    query
      .orderBy((eb) =>
        eb
          .case()
          .when('r.status', '=', 'submitted')
          .then(0)
          .when('r.status', '=', 'proof-submitted')
          .then(1)
          .when('r.status', '=', 'approved')
          .then(2)
          .else(3)
          .end(),
      )
      .orderBy('r.createdAt', 'desc')
      .orderBy('r.id', 'desc')
      .offset(input.offset)
      .limit(input.limit)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(requestOf), total: Number(total.n) };
}
