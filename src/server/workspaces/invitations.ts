// Invitations: an admin (or the command line, for a new workspace's first admin) makes a one-time
// code; accepting it creates the user with the invitation's role, regions and owner, in one
// transaction, so two people racing with one code cannot both get in.
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Role } from '../../shared/sync-protocol';
import { generateInvitationCode, invitationCodeHash } from '../auth/invitation-codes';
import { hashPassword } from '../auth/passwords';
import type { ServerDatabase } from '../db/database';
import { SyncHttpError } from '../http-error';
import { regionsForRole } from './regions';

export const defaultInvitationDays = 7;

export interface NewInvitation {
  workspaceId: number;
  role: Role;
  regions: readonly string[];
  /** '' lets the joining computer bring its own owner id (a new workspace's first admin). */
  ownerId: string;
  note?: string;
  createdBy: string | null;
  days?: number;
}

export async function createInvitation(
  db: Kysely<ServerDatabase>,
  invitation: NewInvitation,
  now: Date,
): Promise<{ id: string; code: string; expiresAt: string }> {
  const regions = regionsForRole(invitation.role, invitation.regions);
  const code = generateInvitationCode();
  const id = ulid(now.getTime());
  const days = invitation.days ?? defaultInvitationDays;
  const expiresAt = new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString();
  await db
    .insertInto('invitations')
    .values({
      id,
      workspaceId: invitation.workspaceId,
      codeHash: invitationCodeHash(code),
      role: invitation.role,
      regions: JSON.stringify(regions),
      ownerId: invitation.ownerId,
      note: invitation.note ?? '',
      createdBy: invitation.createdBy,
      createdAt: now.toISOString(),
      expiresAt,
      usedAt: null,
      usedBy: null,
    })
    .execute();
  return { id, code, expiresAt };
}

export interface Acceptance {
  code: string;
  name: string;
  email: string;
  password: string;
  ownerId?: string | undefined;
}

const alreadyUsed = 'This invitation code was already used. Ask your admin for a new one.';

function emailTaken(): SyncHttpError {
  return new SyncHttpError(
    409,
    'CONFLICT',
    'An account with this email already exists on this server. Sign in with it instead.',
  );
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === '23505' ||
    (code === 'SQLITE_CONSTRAINT' && typeof message === 'string' && message.includes('UNIQUE'))
  );
}

/** Creates the invited user; answers the new user's id. Throws 400/409 with a reason. */
export async function acceptInvitation(
  db: Kysely<ServerDatabase>,
  acceptance: Acceptance,
  now: Date,
): Promise<string> {
  const codeHash = invitationCodeHash(acceptance.code);
  const invitation = await db
    .selectFrom('invitations')
    .selectAll()
    .where('codeHash', '=', codeHash)
    .executeTakeFirst();
  if (!invitation) {
    throw new SyncHttpError(
      400,
      'BAD_REQUEST',
      'No invitation has this code. Check it with the person who gave it to you.',
    );
  }
  if (invitation.usedAt !== null) throw new SyncHttpError(400, 'BAD_REQUEST', alreadyUsed);
  if (invitation.expiresAt <= now.toISOString()) {
    throw new SyncHttpError(
      400,
      'BAD_REQUEST',
      `This invitation code expired on ${invitation.expiresAt.slice(0, 10)}; ask your admin for a new one.`,
    );
  }
  const ownerId = invitation.ownerId || acceptance.ownerId || '';
  if (!ownerId) {
    throw new SyncHttpError(
      400,
      'BAD_REQUEST',
      'This invitation lets your computer choose who you are in the data: send its ownerId with the code.',
    );
  }
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', acceptance.email)
    .executeTakeFirst();
  if (existing) throw emailTaken();

  // Hashing takes tens of milliseconds: done before the transaction, which then stays short.
  const passwordHash = await hashPassword(acceptance.password);
  const userId = ulid(now.getTime());
  try {
    await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable('invitations')
        .set({ usedAt: now.toISOString(), usedBy: userId })
        .where('id', '=', invitation.id)
        .where('usedAt', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) {
        throw new SyncHttpError(400, 'BAD_REQUEST', alreadyUsed);
      }
      await trx
        .insertInto('users')
        .values({
          id: userId,
          workspaceId: invitation.workspaceId,
          email: acceptance.email,
          name: acceptance.name,
          passwordHash,
          role: invitation.role,
          regions: invitation.regions,
          ownerId,
          createdAt: now.toISOString(),
          revokedAt: null,
        })
        .execute();
    });
  } catch (error) {
    // Two people signing up with one email at once: the second meets the unique index.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  return userId;
}
