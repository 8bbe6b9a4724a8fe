// The team admin API on SQLite and PostgreSQL: listing users and pending invitations, inviting,
// changing roles and regions, revoking and restoring, the last-admin guard, and refusals for
// non-admins and for users of another workspace.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncSession, TeamUser } from '../../../src/shared/sync-protocol';
import type { teamListOutputSchema } from '../../../src/shared/sync';
import type { z } from 'zod';
import {
  backends,
  errorOf,
  login,
  manualClock,
  openStore,
  server,
  signUp,
  withToken,
  workspaceWithInvite,
} from './auth-fixture';

type TeamList = z.infer<typeof teamListOutputSchema>;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(backends)('team admin on %s', (backend) => {
  async function setUp() {
    const opened = await openStore(backend);
    cleanups.push(() => opened.close());
    const clock = manualClock();
    const app: FastifyInstance = await server(opened.store, { now: clock.now });
    cleanups.push(() => app.close());
    const { workspace, adminCode } = await workspaceWithInvite(opened.store, clock.now());
    const admin = await signUp(app, adminCode, 'ana@example.com');
    return { ...opened, app, clock, workspace, admin };
  }

  async function inviteAndJoin(
    app: FastifyInstance,
    admin: SyncSession,
    email: string,
    invitation: Record<string, unknown>,
  ): Promise<SyncSession> {
    const response = await withToken(app, admin.accessToken, 'POST', '/v1/team/invitations', invitation);
    expect(response.statusCode).toBe(200);
    return signUp(app, response.json<{ code: string }>().code, email);
  }

  it('invites with a code shown once and lists users and pending invitations', async () => {
    const { app, admin, clock } = await setUp();
    const invited = await withToken(app, admin.accessToken, 'POST', '/v1/team/invitations', {
      role: 'regional_manager',
      regions: ['North'],
      ownerId: 'owner-budi',
      note: 'Budi, North',
    });
    expect(invited.statusCode).toBe(200);
    const { code, expiresAt } = invited.json<{ code: string; expiresAt: string }>();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(expiresAt).toBe('2025-03-10T09:00:00.000Z');

    const list = (await withToken(app, admin.accessToken, 'GET', '/v1/team')).json<TeamList>();
    expect(list.users.map((user) => user.email)).toEqual(['ana@example.com']);
    expect(list.invitations).toEqual([
      expect.objectContaining({
        role: 'regional_manager',
        regions: ['North'],
        ownerId: 'owner-budi',
        note: 'Budi, North',
        expiresAt,
      }),
    ]);
    // The code itself is never listed.
    expect(JSON.stringify(list)).not.toContain(code);

    await signUp(app, code, 'budi@example.com');
    const afterJoin = (await withToken(app, admin.accessToken, 'GET', '/v1/team')).json<TeamList>();
    expect(afterJoin.users.map((user) => user.email).sort()).toEqual(['ana@example.com', 'budi@example.com']);
    expect(afterJoin.invitations).toEqual([]);

    // An expired invitation is no longer pending.
    await withToken(app, admin.accessToken, 'POST', '/v1/team/invitations', {
      role: 'admin',
      regions: [],
      ownerId: 'owner-x',
    });
    clock.advance(8 * 24 * 3_600_000);
    const again = (await login(app, 'ana@example.com')).json<SyncSession>();
    const later = (await withToken(app, again.accessToken, 'GET', '/v1/team')).json<TeamList>();
    expect(later.invitations).toEqual([]);
  });

  it('refuses a regional manager or account owner without a region', async () => {
    const { app, admin } = await setUp();
    for (const role of ['regional_manager', 'account_owner']) {
      const response = await withToken(app, admin.accessToken, 'POST', '/v1/team/invitations', {
        role,
        regions: [],
        ownerId: 'owner-x',
      });
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).message).toMatch(/needs at least one region/);
    }
  });

  it('changes role and regions, seen by the user at the next request', async () => {
    const { app, admin } = await setUp();
    const budi = await inviteAndJoin(app, admin, 'budi@example.com', {
      role: 'account_owner',
      regions: ['North'],
      ownerId: 'owner-budi',
    });
    const changed = await withToken(app, admin.accessToken, 'POST', `/v1/team/users/${budi.user.id}`, {
      role: 'regional_manager',
      regions: ['North', 'East'],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<TeamUser>()).toMatchObject({
      role: 'regional_manager',
      regions: ['North', 'East'],
      revoked: false,
    });
    const me = await withToken(app, budi.accessToken, 'GET', '/v1/me');
    expect(me.json<{ user: TeamUser }>().user).toMatchObject({
      role: 'regional_manager',
      regions: ['North', 'East'],
    });
    const noRegion = await withToken(app, admin.accessToken, 'POST', `/v1/team/users/${budi.user.id}`, {
      regions: [],
    });
    expect(noRegion.statusCode).toBe(400);
    // Promoted to admin, regions may be empty.
    const promoted = await withToken(app, admin.accessToken, 'POST', `/v1/team/users/${budi.user.id}`, {
      role: 'admin',
      regions: [],
    });
    expect(promoted.json<TeamUser>()).toMatchObject({ role: 'admin', regions: [] });
  });

  it('revokes (ending every session) and restores a user', async () => {
    const { app, admin } = await setUp();
    const budi = await inviteAndJoin(app, admin, 'budi@example.com', {
      role: 'account_owner',
      regions: ['North'],
      ownerId: 'owner-budi',
    });
    const secondComputer = (await login(app, 'budi@example.com')).json<SyncSession>();
    const revoked = await withToken(app, admin.accessToken, 'POST', `/v1/team/users/${budi.user.id}`, {
      revoked: true,
    });
    expect(revoked.json<TeamUser>().revoked).toBe(true);
    for (const session of [budi, secondComputer]) {
      expect((await withToken(app, session.accessToken, 'GET', '/v1/me')).statusCode).toBe(401);
    }
    const list = (await withToken(app, admin.accessToken, 'GET', '/v1/team')).json<TeamList>();
    expect(list.users.find((user) => user.id === budi.user.id)?.revoked).toBe(true);

    const restored = await withToken(app, admin.accessToken, 'POST', `/v1/team/users/${budi.user.id}`, {
      revoked: false,
    });
    expect(restored.json<TeamUser>().revoked).toBe(false);
    // Old sessions stay ended; signing in again works.
    expect((await withToken(app, budi.accessToken, 'GET', '/v1/me')).statusCode).toBe(401);
    expect((await login(app, 'budi@example.com')).statusCode).toBe(200);
  });

  it('keeps one active admin: the last cannot be demoted or revoked', async () => {
    const { app, admin } = await setUp();
    for (const change of [{ role: 'regional_manager', regions: ['North'] }, { revoked: true }]) {
      const response = await withToken(
        app,
        admin.accessToken,
        'POST',
        `/v1/team/users/${admin.user.id}`,
        change,
      );
      expect(response.statusCode).toBe(409);
      expect(errorOf(response).message).toMatch(/last active admin/);
    }
    const budi = await inviteAndJoin(app, admin, 'budi@example.com', {
      role: 'admin',
      regions: [],
      ownerId: 'owner-budi',
    });
    const demoted = await withToken(app, budi.accessToken, 'POST', `/v1/team/users/${admin.user.id}`, {
      role: 'regional_manager',
      regions: ['North'],
    });
    expect(demoted.statusCode).toBe(200);
    // Budi is now the only admin; a revoked admin does not count either.
    const selfRevoke = await withToken(app, budi.accessToken, 'POST', `/v1/team/users/${budi.user.id}`, {
      revoked: true,
    });
    expect(selfRevoke.statusCode).toBe(409);
  });

  it('lets two admins demoting each other at once leave one admin', async () => {
    const { app, admin, store } = await setUp();
    const budi = await inviteAndJoin(app, admin, 'budi@example.com', {
      role: 'admin',
      regions: [],
      ownerId: 'owner-budi',
    });
    const demote = { role: 'account_owner', regions: ['North'] };
    const answers = await Promise.all([
      withToken(app, admin.accessToken, 'POST', `/v1/team/users/${budi.user.id}`, demote),
      withToken(app, budi.accessToken, 'POST', `/v1/team/users/${admin.user.id}`, demote),
    ]);
    // The loser is no longer an admin when its turn comes (403), or the guard refuses it (409):
    // either way one admin is left.
    const [won, lost] = answers.map((answer) => answer.statusCode).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(lost);
    const remaining = await store.db
      .selectFrom('users')
      .select('email')
      .where('role', '=', 'admin')
      .where('revokedAt', 'is', null)
      .execute();
    expect(remaining).toHaveLength(1);
  });

  it('answers 403 to a non-admin and 404 for a user of another workspace', async () => {
    const { app, admin, store, clock } = await setUp();
    const budi = await inviteAndJoin(app, admin, 'budi@example.com', {
      role: 'regional_manager',
      regions: ['North'],
      ownerId: 'owner-budi',
    });
    const requests: [string, 'GET' | 'POST', unknown][] = [
      ['/v1/team', 'GET', undefined],
      ['/v1/team/invitations', 'POST', { role: 'admin', regions: [], ownerId: 'x' }],
      [`/v1/team/users/${budi.user.id}`, 'POST', { role: 'admin' }],
    ];
    for (const [url, method, body] of requests) {
      const response = await withToken(app, budi.accessToken, method, url, body);
      expect(response.statusCode).toBe(403);
      expect(errorOf(response)).toEqual({
        code: 'FORBIDDEN',
        message: 'Only an admin can manage the team.',
      });
    }
    expect((await app.inject({ method: 'GET', url: '/v1/team' })).statusCode).toBe(401);

    const other = await workspaceWithInvite(store, clock.now(), 'Other Brand');
    const stranger = await signUp(app, other.adminCode, 'zed@example.com');
    const response = await withToken(app, admin.accessToken, 'POST', `/v1/team/users/${stranger.user.id}`, {
      revoked: true,
    });
    expect(response.statusCode).toBe(404);
    expect((await withToken(app, stranger.accessToken, 'GET', '/v1/me')).statusCode).toBe(200);
    const list = (await withToken(app, admin.accessToken, 'GET', '/v1/team')).json<TeamList>();
    expect(list.users.map((user) => user.email)).not.toContain('zed@example.com');
  });

  it('answers 400 for a malformed change', async () => {
    const { app, admin } = await setUp();
    const response = await withToken(app, admin.accessToken, 'POST', `/v1/team/users/${admin.user.id}`, {
      role: 'owner',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toMatch(/role/);
  });
});
