// Sign-in: accept an invitation, log in (rate limited across instances), refresh, log out, and
// GET /v1/me (who this session is).
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import {
  acceptInviteRequestSchema,
  loginRequestSchema,
  refreshRequestSchema,
  type SyncSession,
} from '../../shared/sync-protocol';
import type { ServerDeps } from '../app';
import { clearLoginFailures, loginBlockedUntil, recordLoginFailure, retryMessage } from '../auth/login-limit';
import { verifyAgainstDecoy, verifyPassword } from '../auth/passwords';
import {
  bearerToken,
  createSession,
  refreshSession,
  revokeSession,
  type IssuedSession,
} from '../auth/sessions';
import type { ServerDatabase } from '../db/database';
import { parseOr400, SyncHttpError } from '../http-error';
import { acceptInvitation } from '../workspaces/invitations';
import { teamUser } from '../workspaces/team';

const wrongCredentials = 'The email or password is not right.';
const revokedMessage = 'Your access to this workspace was revoked by an admin.';

async function userWithWorkspace(db: Kysely<ServerDatabase>, userId: string) {
  const row = await db
    .selectFrom('users')
    .innerJoin('workspaces', 'workspaces.id', 'users.workspaceId')
    .selectAll('users')
    .select(['workspaces.publicId as workspacePublicId', 'workspaces.name as workspaceName'])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  const { workspacePublicId, workspaceName, ...user } = row;
  return { user: teamUser(user), workspace: { id: workspacePublicId, name: workspaceName } };
}

async function sessionBody(
  db: Kysely<ServerDatabase>,
  userId: string,
  issued: IssuedSession,
): Promise<SyncSession> {
  return { ...issued, ...(await userWithWorkspace(db, userId)) };
}

export function authRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const { db } = deps.store;

  app.post('/v1/auth/accept-invite', async (request) => {
    const input = parseOr400(acceptInviteRequestSchema, request.body, 'invitation');
    const now = deps.now();
    const userId = await acceptInvitation(db, input, now);
    const issued = await createSession(db, userId, now, deps.lifetimes);
    return sessionBody(db, userId, issued);
  });

  app.post('/v1/auth/login', async (request, reply) => {
    const { email, password } = parseOr400(loginRequestSchema, request.body, 'sign-in');
    const now = deps.now();
    const ip = request.ip;
    const blockedUntil = await loginBlockedUntil(db, email, ip, deps.loginLimit, now);
    if (blockedUntil) {
      void reply.header(
        'Retry-After',
        String(Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000))),
      );
      throw new SyncHttpError(429, 'RATE_LIMITED', retryMessage(blockedUntil, now));
    }
    const user = await db
      .selectFrom('users')
      .select(['id', 'passwordHash', 'revokedAt'])
      .where('email', '=', email)
      .executeTakeFirst();
    const passwordRight = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDecoy(password);
    if (!user || !passwordRight) {
      await recordLoginFailure(db, email, ip, deps.loginLimit, now);
      throw new SyncHttpError(401, 'UNAUTHORIZED', wrongCredentials);
    }
    await clearLoginFailures(db, email);
    if (user.revokedAt !== null) throw new SyncHttpError(401, 'UNAUTHORIZED', revokedMessage);
    const issued = await createSession(db, user.id, now, deps.lifetimes);
    return sessionBody(db, user.id, issued);
  });

  app.post('/v1/auth/refresh', async (request) => {
    const { refreshToken } = parseOr400(refreshRequestSchema, request.body, 'refresh request');
    const refreshed = await refreshSession(db, refreshToken, deps.now(), deps.lifetimes);
    if (!refreshed) {
      throw new SyncHttpError(401, 'UNAUTHORIZED', 'Your session has ended. Sign in again to keep syncing.');
    }
    return sessionBody(db, refreshed.userId, refreshed.issued);
  });

  app.post('/v1/auth/logout', async (request, reply) => {
    await deps.requireUser(request);
    const token = bearerToken(request.headers.authorization);
    if (token) await revokeSession(db, token, deps.now());
    return reply.status(204).send();
  });

  app.get('/v1/me', async (request) => {
    const user = await deps.requireUser(request);
    return userWithWorkspace(db, user.id);
  });
}
