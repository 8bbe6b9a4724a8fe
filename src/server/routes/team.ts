// The team: an admin lists users and pending invitations, invites, changes roles and regions, revokes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { inviteRequestSchema, userUpdateRequestSchema } from '../../shared/sync-protocol';
import type { ServerDeps } from '../app';
import type { AuthUser } from '../auth/sessions';
import { parseOr400, SyncHttpError } from '../http-error';
import { createInvitation } from '../workspaces/invitations';
import { listTeam, updateTeamUser } from '../workspaces/team';

const userParamsSchema = z.object({ id: z.string().min(1).max(64) });

export function teamRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const { db } = deps.store;

  async function requireAdmin(request: FastifyRequest): Promise<AuthUser> {
    const user = await deps.requireUser(request);
    if (user.role !== 'admin') {
      throw new SyncHttpError(403, 'FORBIDDEN', 'Only an admin can manage the team.');
    }
    return user;
  }

  app.get('/v1/team', async (request) => {
    const admin = await requireAdmin(request);
    return listTeam(db, admin.workspaceId, deps.now());
  });

  app.post('/v1/team/invitations', async (request) => {
    const admin = await requireAdmin(request);
    const input = parseOr400(inviteRequestSchema, request.body, 'invitation');
    const { code, expiresAt } = await createInvitation(
      db,
      { ...input, workspaceId: admin.workspaceId, createdBy: admin.id },
      deps.now(),
    );
    return { code, expiresAt };
  });

  app.post('/v1/team/users/:id', async (request) => {
    const admin = await requireAdmin(request);
    const { id } = parseOr400(userParamsSchema, request.params, 'address');
    const update = parseOr400(userUpdateRequestSchema, request.body ?? {}, 'user change');
    return updateTeamUser(db, deps.store.kind, admin.workspaceId, admin.id, id, update, deps.now());
  });
}
