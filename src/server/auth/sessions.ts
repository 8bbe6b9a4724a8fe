// Sessions: a short-lived access token and a longer refresh token per sign-in, both stored hashed.
// Every request looks its token up, so a logout or a revoked user takes effect at the next request
// on every server instance.
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Role } from '../../shared/sync-protocol';
import type { ServerDatabase } from '../db/database';
import { randomToken, sha256 } from './tokens';

export interface AuthUser {
  id: string;
  /** The workspace's key inside the database. */
  workspaceId: number;
  workspacePublicId: string;
  workspaceName: string;
  email: string;
  name: string;
  role: Role;
  regions: string[];
  ownerId: string;
}

export interface IssuedSession {
  accessToken: string;
  accessExpiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
}

export interface SessionLifetimes {
  accessMs: number;
  refreshMs: number;
}

export const defaultLifetimes: SessionLifetimes = {
  accessMs: 15 * 60 * 1000,
  refreshMs: 30 * 24 * 60 * 60 * 1000,
};

export async function createSession(
  db: Kysely<ServerDatabase>,
  userId: string,
  now: Date,
  lifetimes: SessionLifetimes = defaultLifetimes,
): Promise<IssuedSession> {
  const issued: IssuedSession = {
    accessToken: randomToken(),
    accessExpiresAt: new Date(now.getTime() + lifetimes.accessMs).toISOString(),
    refreshToken: randomToken(),
    refreshExpiresAt: new Date(now.getTime() + lifetimes.refreshMs).toISOString(),
  };
  await db
    .insertInto('sessions')
    .values({
      id: ulid(),
      userId,
      accessHash: sha256(issued.accessToken),
      accessExpiresAt: issued.accessExpiresAt,
      refreshHash: sha256(issued.refreshToken),
      refreshExpiresAt: issued.refreshExpiresAt,
      createdAt: now.toISOString(),
      revokedAt: null,
    })
    .execute();
  return issued;
}

/** The user behind a live access token, or null (unknown, expired, logged out or revoked). */
export async function authenticate(
  db: Kysely<ServerDatabase>,
  accessToken: string,
  now: Date,
): Promise<AuthUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .innerJoin('workspaces', 'workspaces.id', 'users.workspaceId')
    .select([
      'users.id',
      'users.workspaceId',
      'workspaces.publicId',
      'workspaces.name as workspaceName',
      'users.email',
      'users.name',
      'users.role',
      'users.regions',
      'users.ownerId',
    ])
    .where('sessions.accessHash', '=', sha256(accessToken))
    .where('sessions.revokedAt', 'is', null)
    .where('sessions.accessExpiresAt', '>', now.toISOString())
    .where('users.revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    workspacePublicId: row.publicId,
    workspaceName: row.workspaceName,
    email: row.email,
    name: row.name,
    role: row.role,
    regions: JSON.parse(row.regions) as string[],
    ownerId: row.ownerId,
  };
}
