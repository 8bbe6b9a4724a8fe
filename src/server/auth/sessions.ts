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
  /** The user's small key inside the database (the log names its rows' author by it). */
  key: number;
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
      'users.key',
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
    key: row.key,
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

/** The access token of a request's `Authorization: Bearer …` header, if any. */
export function bearerToken(authorization: string | undefined): string | null {
  return /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? null;
}

/**
 * Trades a live refresh token for a new pair: both tokens are replaced in place, so the old
 * refresh token (and the old access token) stop working at once. Null when the token is unknown,
 * expired, already used, logged out, or its user was revoked.
 */
export async function refreshSession(
  db: Kysely<ServerDatabase>,
  refreshToken: string,
  now: Date,
  lifetimes: SessionLifetimes = defaultLifetimes,
): Promise<{ userId: string; issued: IssuedSession } | null> {
  const oldHash = sha256(refreshToken);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['sessions.id', 'sessions.userId'])
    .where('sessions.refreshHash', '=', oldHash)
    .where('sessions.revokedAt', 'is', null)
    .where('sessions.refreshExpiresAt', '>', now.toISOString())
    .where('users.revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const issued: IssuedSession = {
    accessToken: randomToken(),
    accessExpiresAt: new Date(now.getTime() + lifetimes.accessMs).toISOString(),
    refreshToken: randomToken(),
    refreshExpiresAt: new Date(now.getTime() + lifetimes.refreshMs).toISOString(),
  };
  // Conditional on the old hash: of two refreshes racing with one token, only one gets a pair.
  const result = await db
    .updateTable('sessions')
    .set({
      accessHash: sha256(issued.accessToken),
      accessExpiresAt: issued.accessExpiresAt,
      refreshHash: sha256(issued.refreshToken),
      refreshExpiresAt: issued.refreshExpiresAt,
    })
    .where('id', '=', row.id)
    .where('refreshHash', '=', oldHash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  return { userId: row.userId, issued };
}

/** Logout: the session of this access token stops working on every instance. */
export async function revokeSession(
  db: Kysely<ServerDatabase>,
  accessToken: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revokedAt: now.toISOString() })
    .where('accessHash', '=', sha256(accessToken))
    .where('revokedAt', 'is', null)
    .execute();
}

/** Every open session of a user (when an admin revokes them). */
export async function revokeUserSessions(
  db: Kysely<ServerDatabase>,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revokedAt: now.toISOString() })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
}
