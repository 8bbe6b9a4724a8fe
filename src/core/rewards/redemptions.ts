// Redemptions: request (points taken at once with a 'redeem' entry, stock reserved), approve, fulfil,
// or reject (a 'reverse' entry gives the points back). Stock and points are checked inside the
// batch's transaction, so two requests at once cannot both spend the same points or the last item;
// every decision is revision-checked, so of two people deciding at once one wins.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import type { RedemptionStatus } from '../../shared/rewards';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';
import { partnerBalance } from '../ledger/balance';
import { requireEnrolment, requirePartnerName, requireProgram } from '../ledger/program-partner';
import { refuseOverdraw } from '../ledger/service';
import { readLoyaltyConfig } from '../loyalty/settings-store';
import { partnerTier, readRewards } from './catalog';

function refuse(field: string, key: string, params?: Record<string, string | number>): never {
  const message = fieldMessage(key, params);
  throw new CoreError({ code: 'VALIDATION', message: message.message, fields: { [field]: message } });
}

export async function requestRedemption(
  ctx: CoreContext,
  input: ParsedInput<'redemptions.request'>,
): Promise<ProcedureOutput<'redemptions.request'>> {
  await requireProgram(ctx.db, input.programId, 'programId');
  const partnerName = await requirePartnerName(ctx.db, input.partnerId, 'partnerId');
  await requireEnrolment(ctx.db, input.programId, input.partnerId, partnerName, true);
  const [reward] = await readRewards(ctx.db, input.programId, [input.rewardId]);
  if (!reward) refuse('rewardId', 'validation.id');
  if (!reward.active) refuse('rewardId', 'validation.rewardInactive');
  if (reward.tiers.length > 0) {
    const tier = await partnerTier(ctx.db, input.partnerId);
    if (tier === null || !reward.tiers.includes(tier)) {
      const names = new Map((await readLoyaltyConfig(ctx.db)).tiers.map((t) => [t.key, t.name]));
      refuse('rewardId', 'validation.rewardTier', {
        tiers: reward.tiers.map((key) => names.get(key) ?? key).join(' / '),
        tier: tier === null ? 'not scored yet' : (names.get(tier) ?? tier),
      });
    }
  }
  const points = reward.pointsCost * input.quantity;
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Redeem ${input.quantity > 1 ? `${input.quantity} × ` : ''}${reward.name} for ${partnerName}`,
    origin: 'local',
    permanent: true,
    check: async (trx) => {
      const [current] = await readRewards(trx, input.programId, [input.rewardId]);
      if (current?.available != null && current.available < input.quantity) {
        refuse('quantity', 'validation.outOfStock', { available: current.available });
      }
      const balance = await partnerBalance(trx, input.programId, input.partnerId);
      if (balance.points < points) refuseOverdraw('points', points, balance.points, '', 'quantity');
    },
    changes: [
      ...rowChanges('redemptions', id, {
        programId: input.programId,
        partnerId: input.partnerId,
        rewardId: input.rewardId,
        quantity: input.quantity,
        points,
        status: 'requested',
        notes: input.notes,
        decidedOn: null,
        revision: 0,
        deletedAt: null,
      }),
      ...rowChanges('ledgerEntries', newId(), {
        programId: input.programId,
        partnerId: input.partnerId,
        kind: 'redeem',
        unit: 'points',
        amount: -points,
        postedOn: input.today,
        redemptionId: id,
        reason: `${input.quantity} × ${reward.name}`,
        actorId: ctx.selfOwnerId,
      }),
    ],
  });
  return { id, batchId: batchId ?? '' };
}

const moves: Record<'approve' | 'fulfil' | 'reject', { from: RedemptionStatus[]; to: RedemptionStatus }> = {
  approve: { from: ['requested'], to: 'approved' },
  fulfil: { from: ['approved'], to: 'fulfilled' },
  reject: { from: ['requested', 'approved'], to: 'rejected' },
};

export async function decideRedemption(
  ctx: CoreContext,
  input: ParsedInput<'redemptions.decide'>,
): Promise<ProcedureOutput<'redemptions.decide'>> {
  const row = await listQuery(ctx).where('r.id', '=', input.id).executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This redemption does not exist or was deleted.' });
  const move = moves[input.decision];
  // A stale revision is a CONFLICT (someone decided first), checked in the batch; a wrong move on
  // the redemption as the user saw it is a mistake at the decision.
  if (row.revision === input.revision && !move.from.includes(row.status)) {
    refuse('decision', 'validation.redemptionDecision', { status: row.status, decision: move.to });
  }
  if (input.decision === 'reject' && !input.notes) refuse('notes', 'validation.reasonRequired');
  const redeem = await ctx.db
    .selectFrom('ledgerEntries')
    .select(['id', 'amount'])
    .where('redemptionId', '=', input.id)
    .where('kind', '=', 'redeem')
    .executeTakeFirst();
  const notes = input.notes ? (row.notes ? `${row.notes}\n${input.notes}` : input.notes) : row.notes;
  const verb = { approve: 'Approve', fulfil: 'Fulfil', reject: 'Reject' }[input.decision];
  const { batchId } = await ctx.write({
    label: `${verb} redemption of ${row.rewardName} for ${row.partnerName}`,
    origin: 'local',
    // Giving points back writes the ledger, which is never undone; approving and fulfilling can be.
    permanent: input.decision === 'reject',
    expectRevision: {
      table: 'redemptions',
      rowId: input.id,
      revision: input.revision,
      what: 'This redemption',
    },
    changes: [
      ...rowChanges('redemptions', input.id, {
        status: move.to,
        notes,
        decidedOn: input.today,
        revision: input.revision + 1,
      }),
      ...(input.decision === 'reject' && redeem
        ? rowChanges('ledgerEntries', newId(), {
            programId: row.programId,
            partnerId: row.partnerId,
            kind: 'reverse',
            unit: 'points',
            amount: -redeem.amount,
            postedOn: input.today,
            redemptionId: input.id,
            reversesId: redeem.id,
            reason: input.notes,
            actorId: ctx.selfOwnerId,
          })
        : []),
    ],
  });
  return { id: input.id, batchId: batchId ?? '' };
}

function listQuery(ctx: CoreContext) {
  return ctx.db
    .selectFrom('redemptions as r')
    .innerJoin('partners as p', 'p.id', 'r.partnerId')
    .innerJoin('rewards as w', 'w.id', 'r.rewardId')
    .select([
      'r.id',
      'r.programId',
      'r.partnerId',
      'p.name as partnerName',
      'r.rewardId',
      'w.name as rewardName',
      'w.kind as rewardKind',
      'r.quantity',
      'r.points',
      'r.status',
      'r.notes',
      'r.decidedOn',
      'r.revision',
      'r.createdAt',
    ])
    .where('r.deletedAt', 'is', null);
}

export async function listRedemptions(
  ctx: CoreContext,
  input: ParsedInput<'redemptions.list'>,
): Promise<ProcedureOutput<'redemptions.list'>> {
  let query = listQuery(ctx);
  if (input.programId) query = query.where('r.programId', '=', input.programId);
  if (input.partnerId) query = query.where('r.partnerId', '=', input.partnerId);
  if (input.statuses.length) query = query.where('r.status', 'in', input.statuses);
  const [rows, count] = await Promise.all([
    query
      .orderBy('r.createdAt', 'desc')
      .orderBy('r.id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
