// The rewards catalog of a program: list (with each reward's free stock and, for a partner, why it
// cannot be redeemed now), create and edit (revision-checked, so two editors cannot overwrite).
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';
import { partnerBalance } from '../ledger/balance';
import { requireProgram } from '../ledger/program-partner';
import { readLoyaltyConfig } from '../loyalty/settings-store';
import { partnerTier, readRewards, unavailableReason } from './catalog';

export async function listRewards(
  ctx: CoreContext,
  input: ParsedInput<'rewards.list'>,
): Promise<ProcedureOutput<'rewards.list'>> {
  await requireProgram(ctx.db, input.programId);
  const rewards = (await readRewards(ctx.db, input.programId)).filter(
    (reward) => input.includeInactive || reward.active,
  );
  if (!input.partnerId) {
    return { rows: rewards.map((reward) => ({ ...reward, unavailableReason: null })), balance: null };
  }
  const [tier, balance] = await Promise.all([
    partnerTier(ctx.db, input.partnerId),
    partnerBalance(ctx.db, input.programId, input.partnerId),
  ]);
  return {
    rows: rewards.map((reward) => ({
      ...reward,
      unavailableReason: unavailableReason(reward, tier, balance.points),
    })),
    balance: balance.points,
  };
}

async function checkTiers(ctx: CoreContext, tiers: readonly string[]): Promise<void> {
  if (tiers.length === 0) return;
  const known = new Set((await readLoyaltyConfig(ctx.db)).tiers.map((tier) => tier.key));
  const unknown = tiers.findIndex((tier) => !known.has(tier));
  if (unknown < 0) return;
  const message = fieldMessage('validation.rewardTierUnknown', { tier: tiers[unknown] ?? '' });
  throw new CoreError({
    code: 'VALIDATION',
    message: message.message,
    fields: { [`tiers.${unknown}`]: message },
  });
}

/** A reward's columns as the form gives them (tiers once each; `active` as SQLite stores booleans). */
function storedFields(input: ParsedInput<'rewards.create'> | ParsedInput<'rewards.update'>) {
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    pointsCost: input.pointsCost,
    stock: input.stock,
    tiers: [...new Set(input.tiers)],
    active: input.active ? 1 : 0,
  };
}

export async function createReward(
  ctx: CoreContext,
  input: ParsedInput<'rewards.create'>,
): Promise<ProcedureOutput<'rewards.create'>> {
  const program = await requireProgram(ctx.db, input.programId, 'programId');
  await checkTiers(ctx, input.tiers);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Add reward ${input.name} to ${program.name}`,
    origin: 'local',
    changes: rowChanges('rewards', id, {
      programId: input.programId,
      ...storedFields(input),
      revision: 0,
      deletedAt: null,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateReward(
  ctx: CoreContext,
  input: ParsedInput<'rewards.update'>,
): Promise<ProcedureOutput<'rewards.update'>> {
  const row = await ctx.db
    .selectFrom('rewards')
    .select('programId')
    .where('id', '=', input.id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw new CoreError({ code: 'NOT_FOUND', message: 'This reward does not exist or was deleted.' });
  await checkTiers(ctx, input.tiers);
  const { batchId } = await ctx.write({
    label: `Edit reward ${input.name}`,
    origin: 'local',
    expectRevision: { table: 'rewards', rowId: input.id, revision: input.revision, what: 'This reward' },
    check: async (trx) => {
      // Stock already promised to partners cannot be taken back by lowering it.
      const [current] = await readRewards(trx, row.programId, [input.id]);
      if (current && input.stock !== null && input.stock < current.redeemed) {
        const message = fieldMessage('validation.stockBelowHeld', { held: current.redeemed });
        throw new CoreError({ code: 'VALIDATION', message: message.message, fields: { stock: message } });
      }
    },
    changes: rowChanges('rewards', input.id, {
      ...storedFields(input),
      revision: input.revision + 1,
    }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}
