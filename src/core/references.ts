// Checks that a record a form points at (a partner, an owner) still exists, answering a
// VALIDATION error at that field when it does not.
import { CoreError } from '../shared/errors';
import { fieldMessage } from '../shared/validation';
import type { CoreContext } from './context';

export async function requireLivePartner(
  ctx: CoreContext,
  partnerId: string,
  field = 'partnerId',
): Promise<void> {
  const partner = await ctx.db
    .selectFrom('partners')
    .select('id')
    .where('id', '=', partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!partner) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The partner does not exist or was deleted.',
      fields: { [field]: fieldMessage('validation.id') },
    });
  }
}

export async function requireLiveOwner(ctx: CoreContext, ownerId: string, field = 'ownerId'): Promise<void> {
  const owner = await ctx.db
    .selectFrom('owners')
    .select('id')
    .where('id', '=', ownerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!owner) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The chosen owner no longer exists.',
      fields: { [field]: fieldMessage('validation.id') },
    });
  }
}
