// Owners: the local user's profile and the teammates partners are assigned to.
import os from 'node:os';
import { CoreError } from '../../shared/errors';
import type { WriteResult } from '../../shared/history';
import type { Owner, OwnerFields } from '../../shared/owners';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';

export async function listOwners(ctx: CoreContext): Promise<Owner[]> {
  const rows = await ctx.db
    .selectFrom('owners as o')
    .select((eb) => [
      'o.id',
      'o.name',
      'o.email',
      'o.region',
      eb
        .selectFrom('partners as p')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('p.ownerId', '=', 'o.id')
        .where('p.deletedAt', 'is', null)
        .as('partnerCount'),
    ])
    .where('o.deletedAt', 'is', null)
    .orderBy('o.name')
    .execute();
  return rows.map((row) => ({
    ...row,
    partnerCount: Number(row.partnerCount),
    isMe: row.id === ctx.selfOwnerId,
  }));
}

export async function getProfile(ctx: CoreContext): Promise<Owner> {
  const owners = await listOwners(ctx);
  const me = owners.find((owner) => owner.isMe);
  if (!me) throw new CoreError({ code: 'INTERNAL', message: 'The local profile is missing.' });
  return me;
}

export async function createOwner(ctx: CoreContext, fields: OwnerFields): Promise<WriteResult> {
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Add teammate ${fields.name}`,
    origin: 'local',
    changes: rowChanges('owners', id, { ...fields, deletedAt: null }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateOwner(ctx: CoreContext, id: string, fields: OwnerFields): Promise<WriteResult> {
  await requireLiveOwner(ctx, id);
  const { batchId } = await ctx.write({
    label: id === ctx.selfOwnerId ? 'Edit my profile' : `Edit teammate ${fields.name}`,
    origin: 'local',
    changes: rowChanges('owners', id, fields),
  });
  return { id, batchId: batchId ?? '' };
}

export async function deleteOwner(ctx: CoreContext, id: string): Promise<WriteResult> {
  if (id === ctx.selfOwnerId) {
    throw new CoreError({ code: 'FORBIDDEN', message: 'Your own profile cannot be deleted.' });
  }
  const owner = await requireLiveOwner(ctx, id);
  // Their partners become unassigned in the same batch, so one undo brings both back.
  const owned = await ctx.db
    .selectFrom('partners')
    .select('id')
    .where('ownerId', '=', id)
    .where('deletedAt', 'is', null)
    .execute();
  const { batchId } = await ctx.write({
    label: `Remove teammate ${owner.name}`,
    origin: 'local',
    changes: [
      ...owned.map((partner) => ({
        table: 'partners' as const,
        rowId: partner.id,
        field: 'ownerId',
        value: null,
      })),
      { table: 'owners', rowId: id, field: 'deletedAt', value: new Date().toISOString() },
    ],
  });
  return { id, batchId: batchId ?? '' };
}

/** The profile of the person on this computer, created on first start from the OS user name. */
export async function ensureProfile(ctx: Omit<CoreContext, 'selfOwnerId'> & { selfOwnerId: string }) {
  const existing = await ctx.db
    .selectFrom('owners')
    .select('id')
    .where('id', '=', ctx.selfOwnerId)
    .executeTakeFirst();
  if (existing) return;
  await ctx.write({
    label: 'Create profile',
    origin: 'system',
    changes: rowChanges('owners', ctx.selfOwnerId, {
      name: defaultProfileName(),
      email: '',
      region: '',
      deletedAt: null,
    }),
  });
}

/**
 * After joining a team workspace: the profile takes the name and email the person signed up with,
 * unless they already named it themselves, so teammates never see their edits as "Me". A profile
 * that does not exist yet (the workspace had none for this person) is created with them.
 */
export async function adoptTeamIdentity(
  ctx: CoreContext,
  user: { name: string; email: string },
): Promise<boolean> {
  const existing = await ctx.db
    .selectFrom('owners')
    .select(['name', 'email'])
    .where('id', '=', ctx.selfOwnerId)
    .executeTakeFirst();
  if (existing && (existing.email !== '' || existing.name !== defaultProfileName())) return false;
  await ctx.write({
    label: existing ? 'Use the name from the team workspace' : 'Create profile',
    origin: 'system',
    changes: rowChanges('owners', ctx.selfOwnerId, {
      name: user.name,
      email: user.email,
      ...(existing ? {} : { region: '', deletedAt: null }),
    }),
  });
  return true;
}

function defaultProfileName(): string {
  try {
    const name = os.userInfo().username.trim();
    return name && name !== 'root' ? name.charAt(0).toUpperCase() + name.slice(1) : 'Me';
  } catch {
    return 'Me';
  }
}

async function requireLiveOwner(ctx: CoreContext, id: string) {
  const owner = await ctx.db
    .selectFrom('owners')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!owner)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This teammate does not exist or was removed.' });
  return owner;
}
