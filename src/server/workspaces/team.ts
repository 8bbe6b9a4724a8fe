// The team of a workspace as an admin manages it: users and pending invitations, role and region
// changes, revoking and restoring. The workspace always keeps one active admin.
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { TeamUser, userUpdateRequestSchema } from '../../shared/sync-protocol';
import type { teamListOutputSchema } from '../../shared/sync';
import { revokeUserSessions } from '../auth/sessions';
import type { DatabaseKind, ServerDatabase, UsersTable } from '../db/database';
import { SyncHttpError } from '../http-error';
import { regionsForRole } from './regions';

export function teamUser(row: Selectable<UsersTable>): TeamUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    regions: JSON.parse(row.regions) as string[],
    ownerId: row.ownerId,
    revoked: row.revokedAt !== null,
    createdAt: row.createdAt,
  };
}

export async function findTeamUser(
  db: Kysely<ServerDatabase>,
  workspaceId: number,
  userId: string,
): Promise<TeamUser | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row ? teamUser(row) : undefined;
}

export async function listTeam(
  db: Kysely<ServerDatabase>,
  workspaceId: number,
  now: Date,
): Promise<z.infer<typeof teamListOutputSchema>> {
  const users = await db
    .selectFrom('users')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const invitations = await db
    .selectFrom('invitations')
    .select(['id', 'role', 'regions', 'ownerId', 'note', 'expiresAt'])
    .where('workspaceId', '=', workspaceId)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now.toISOString())
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return {
    users: users.map(teamUser),
    invitations: invitations.map((invitation) => ({
      ...invitation,
      regions: JSON.parse(invitation.regions) as string[],
    })),
  };
}

export type UserUpdate = z.infer<typeof userUpdateRequestSchema>;

/**
 * Changes a user's role, regions or access. Revoking ends all their sessions at once. Runs in one
 * transaction that (on PostgreSQL) locks the workspace row, so two admins demoting each other at
 * the same moment cannot leave the workspace without one.
 */
export async function updateTeamUser(
  db: Kysely<ServerDatabase>,
  kind: DatabaseKind,
  workspaceId: number,
  actorId: string,
  userId: string,
  update: UserUpdate,
  now: Date,
): Promise<TeamUser> {
  return db.transaction().execute(async (trx) => {
    if (kind === 'postgres') {
      await trx.selectFrom('workspaces').select('id').where('id', '=', workspaceId).forUpdate().execute();
    }
    // Checked again under the lock: an admin demoted a moment ago by another admin acts no more.
    const actor = await trx
      .selectFrom('users')
      .select(['role', 'revokedAt'])
      .where('id', '=', actorId)
      .executeTakeFirst();
    if (actor?.role !== 'admin' || actor.revokedAt !== null) {
      throw new SyncHttpError(403, 'FORBIDDEN', 'Only an admin can manage the team.');
    }
    const row = await trx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirst();
    if (!row) {
      throw new SyncHttpError(404, 'NOT_FOUND', 'No user of this workspace has this id.');
    }
    const role = update.role ?? row.role;
    const regions = regionsForRole(role, update.regions ?? (JSON.parse(row.regions) as string[]));
    const revoked = update.revoked ?? row.revokedAt !== null;
    const wasActiveAdmin = row.role === 'admin' && row.revokedAt === null;
    const staysActiveAdmin = role === 'admin' && !revoked;
    if (wasActiveAdmin && !staysActiveAdmin) {
      const others = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('workspaceId', '=', workspaceId)
        .where('role', '=', 'admin')
        .where('revokedAt', 'is', null)
        .where('id', '!=', userId)
        .executeTakeFirstOrThrow();
      if (Number(others.count) === 0) {
        throw new SyncHttpError(
          409,
          'CONFLICT',
          `${row.name} is the last active admin of this workspace: make someone else an admin first, so someone can still manage the team.`,
        );
      }
    }
    const revokedAt = revoked ? (row.revokedAt ?? now.toISOString()) : null;
    await trx
      .updateTable('users')
      .set({ role, regions: JSON.stringify(regions), revokedAt })
      .where('id', '=', userId)
      .execute();
    if (revoked && row.revokedAt === null) await revokeUserSessions(trx, userId, now);
    return teamUser({ ...row, role, regions: JSON.stringify(regions), revokedAt });
  });
}
