// A program's funds (rebates, MDF, co-op): the budget allocated per partner, and where it went —
// requested, approved, reimbursed — overall and per partner.
import type { Kysely } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import type { ProgramFunds } from '../../shared/funds';
import { decimalAmount } from '../../shared/money';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import type { Database } from '../db/database';
import { derivedId } from '../db/ids';
import { isEnrolled, programFacts } from '../gamification/program-facts';
import { allocationHold, budgetHold, sumOf, type RequestAmounts } from './holds';

/** "MYR 1500.00": amounts inside messages (the renderer shows them as they are). */
export function moneyText(amountMinor: number, currency: string): string {
  return `${currency} ${decimalAmount(amountMinor, currency)}`;
}

interface PartnerRequests extends RequestAmounts {
  partnerId: string;
  partnerName: string;
}

function liveRequests(db: Kysely<Database>, programId: string) {
  return db
    .selectFrom('fundRequests as r')
    .innerJoin('partners as p', 'p.id', 'r.partnerId')
    .where('r.programId', '=', programId)
    .where('r.deletedAt', 'is', null)
    .select([
      'r.partnerId',
      'p.name as partnerName',
      'r.status',
      'r.amountMinor',
      'r.approvedMinor',
      'r.reimbursedMinor',
    ]);
}

function liveAllocations(db: Kysely<Database>, programId: string) {
  return db
    .selectFrom('fundAllocations as a')
    .innerJoin('partners as p', 'p.id', 'a.partnerId')
    .where('a.programId', '=', programId)
    .where('a.deletedAt', 'is', null)
    .select(['a.id', 'a.partnerId', 'p.name as partnerName', 'a.amountMinor', 'a.note']);
}

const approvedOf = (r: RequestAmounts) =>
  r.status === 'approved' || r.status === 'proof-submitted' || r.status === 'reimbursed'
    ? (r.approvedMinor ?? 0)
    : 0;
const requestedOf = (r: RequestAmounts) => (r.status === 'rejected' ? 0 : r.amountMinor);
const reimbursedOf = (r: RequestAmounts) => (r.status === 'reimbursed' ? (r.reimbursedMinor ?? 0) : 0);

export async function programFunds(
  ctx: CoreContext,
  input: ParsedInput<'funds.program'>,
): Promise<ProcedureOutput<'funds.program'>> {
  const program = await programFacts(ctx.db, input.programId);
  const [allocations, requests] = await Promise.all([
    liveAllocations(ctx.db, program.id).execute(),
    liveRequests(ctx.db, program.id).execute() as Promise<PartnerRequests[]>,
  ]);
  const byPartner = new Map<string, PartnerRequests[]>();
  for (const request of requests) {
    byPartner.set(request.partnerId, [...(byPartner.get(request.partnerId) ?? []), request]);
  }
  const rows: ProgramFunds['allocations'] = allocations.map((allocation) => {
    const own = byPartner.get(allocation.partnerId) ?? [];
    byPartner.delete(allocation.partnerId);
    return {
      partnerId: allocation.partnerId,
      partnerName: allocation.partnerName,
      allocatedMinor: allocation.amountMinor,
      requestedMinor: sumOf(own, requestedOf),
      approvedMinor: sumOf(own, approvedOf),
      reimbursedMinor: sumOf(own, reimbursedOf),
      note: allocation.note,
    };
  });
  // Partners who asked without an allocation still show, so every request is accounted for.
  for (const own of byPartner.values()) {
    rows.push({
      partnerId: own[0]!.partnerId,
      partnerName: own[0]!.partnerName,
      allocatedMinor: 0,
      requestedMinor: sumOf(own, requestedOf),
      approvedMinor: sumOf(own, approvedOf),
      reimbursedMinor: sumOf(own, reimbursedOf),
      note: '',
    });
  }
  rows.sort((a, b) => a.partnerName.localeCompare(b.partnerName));
  return {
    currency: program.currency,
    budgetMinor: program.budgetMinor,
    allocatedMinor: sumOf(allocations, (a) => a.amountMinor),
    requestedMinor: sumOf(requests, requestedOf),
    approvedMinor: sumOf(requests, approvedOf),
    reimbursedMinor: sumOf(requests, reimbursedOf),
    remainingMinor: program.budgetMinor - sumOf(requests, budgetHold),
    allocations: rows,
  };
}

/**
 * Sets a partner's allocation (0 removes it). The allocations together stay within the budget (a
 * program without a budget does not limit them), and an allocation never drops below what the
 * partner's requests already hold.
 */
export async function allocateFund(
  ctx: CoreContext,
  input: ParsedInput<'funds.allocate'>,
): Promise<ProcedureOutput<'funds.allocate'>> {
  const program = await programFacts(ctx.db, input.programId);
  const partner = await ctx.db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('id', '=', input.partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!partner || !(await isEnrolled(ctx.db, program.id, input.partnerId))) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'Only partners enrolled in the program can have an allocation.',
      fields: {
        partnerId: fieldMessage('validation.partnerNotEnrolled', {
          partner: partner?.name ?? 'This partner',
        }),
      },
    });
  }
  if (program.status === 'ended') {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'This program has ended: its funds can no longer be allocated.',
      fields: { programId: fieldMessage('validation.fundProgramEnded') },
    });
  }
  const id = derivedId('fund-allocation', program.id, input.partnerId);
  const [allocations, requests] = await Promise.all([
    liveAllocations(ctx.db, program.id).execute(),
    liveRequests(ctx.db, program.id).where('r.partnerId', '=', input.partnerId).execute(),
  ]);
  const others = sumOf(
    allocations.filter((a) => a.partnerId !== input.partnerId),
    (a) => a.amountMinor,
  );
  if (program.budgetMinor > 0 && others + input.amountMinor > program.budgetMinor) {
    const remaining = Math.max(0, program.budgetMinor - others);
    throw new CoreError({
      code: 'VALIDATION',
      message: `Allocations would exceed the budget: ${moneyText(remaining, program.currency)} is left to allocate.`,
      fields: {
        amountMinor: fieldMessage('validation.overAllocation', {
          remaining: moneyText(remaining, program.currency),
          budget: moneyText(program.budgetMinor, program.currency),
        }),
      },
    });
  }
  const held = sumOf(requests as RequestAmounts[], allocationHold);
  if (input.amountMinor < held) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `${partner.name} already has ${moneyText(held, program.currency)} requested or approved.`,
      fields: {
        amountMinor: fieldMessage('validation.allocationBelowHeld', {
          held: moneyText(held, program.currency),
        }),
      },
    });
  }
  const existing = allocations.find((a) => a.id === id);
  const removing = input.amountMinor === 0;
  if (removing && !existing) return { id, batchId: '' };
  const { batchId } = await ctx.write({
    label: removing
      ? `Remove fund allocation of ${partner.name}`
      : `Allocate ${moneyText(input.amountMinor, program.currency)} to ${partner.name}`,
    origin: 'local',
    changes: rowChanges('fundAllocations', id, {
      programId: program.id,
      partnerId: input.partnerId,
      amountMinor: input.amountMinor,
      note: input.note,
      deletedAt: removing ? new Date().toISOString() : null,
    }),
  });
  return { id, batchId: batchId ?? '' };
}
