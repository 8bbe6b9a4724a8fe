// Manual tier overrides with a reason and an expiry: one per partner (derived id), replaced with
// a revision check, ended by deleting it. The recompute in the same batch records the tier change.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { derivedId } from '../db/ids';
import { requireLivePartner } from '../references';
import { readLoyaltyConfig } from './settings-store';

async function partnerName(ctx: CoreContext, partnerId: string): Promise<string> {
  await requireLivePartner(ctx, partnerId);
  const partner = await ctx.db
    .selectFrom('partners')
    .select('name')
    .where('id', '=', partnerId)
    .executeTakeFirstOrThrow();
  return partner.name;
}

function overrideRow(ctx: CoreContext, id: string) {
  return ctx.db.selectFrom('tierOverrides').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setTierOverride(
  ctx: CoreContext,
  input: ParsedInput<'loyalty.setOverride'>,
): Promise<ProcedureOutput<'loyalty.setOverride'>> {
  const name = await partnerName(ctx, input.partnerId);
  const { tiers } = await readLoyaltyConfig(ctx.db);
  const tier = tiers.find((candidate) => candidate.key === input.tier);
  const fields: Record<string, ReturnType<typeof fieldMessage>> = {};
  if (!tier) fields.tier = fieldMessage('validation.choice');
  if (input.expiresOn <= input.today) fields.expiresOn = fieldMessage('validation.overrideExpiry');
  if (!tier || Object.keys(fields).length > 0) {
    throw new CoreError({ code: 'VALIDATION', message: 'Some fields need attention.', fields });
  }
  const id = derivedId('tier-override', input.partnerId);
  const existing = await overrideRow(ctx, id);
  // An expired override no longer shows: replacing it needs no revision.
  const live =
    existing && existing.deletedAt === null && existing.expiresOn > input.today ? existing : undefined;
  if (live && input.revision === null) {
    throw new CoreError({
      code: 'CONFLICT',
      message: `${name} already has a tier override (${live.tier} until ${live.expiresOn}). Reload to change it.`,
      details: { revision: live.revision },
    });
  }
  const { batchId } = await ctx.write({
    label: `Set tier of ${name} to ${tier.name}`,
    origin: 'local',
    changes: rowChanges('tierOverrides', id, {
      partnerId: input.partnerId,
      tier: tier.key,
      reason: input.reason,
      expiresOn: input.expiresOn,
      // A revived override continues its revisions, so a tab that saw the old one is refused.
      revision: existing ? existing.revision + 1 : 0,
      deletedAt: null,
    }),
    ...(live && input.revision !== null
      ? {
          expectRevision: {
            table: 'tierOverrides',
            rowId: id,
            revision: input.revision,
            what: `The tier override of ${name}`,
          },
        }
      : {}),
  });
  return { id, batchId: batchId ?? '' };
}

export async function endTierOverride(
  ctx: CoreContext,
  input: ParsedInput<'loyalty.endOverride'>,
): Promise<ProcedureOutput<'loyalty.endOverride'>> {
  const name = await partnerName(ctx, input.partnerId);
  const id = derivedId('tier-override', input.partnerId);
  const existing = await overrideRow(ctx, id);
  if (!existing || existing.deletedAt !== null) {
    throw new CoreError({ code: 'NOT_FOUND', message: `${name} has no tier override to end.` });
  }
  const { batchId } = await ctx.write({
    label: `End tier override of ${name}`,
    origin: 'local',
    changes: rowChanges('tierOverrides', id, { deletedAt: new Date().toISOString() }),
  });
  return { id, batchId: batchId ?? '' };
}
