// Signing in to the sync server on SQLite and PostgreSQL: invitation → session → me → refresh →
// logout, the ways an invitation is refused, wrong passwords, rate limiting shared by instances,
// and passwords kept only as argon2id hashes.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncSession } from '../../../src/shared/sync-protocol';
import { openServerStore } from '../../../src/server/db/connect';
import {
  acceptInvite,
  backends,
  errorOf,
  invite,
  login,
  manualClock,
  openStore,
  password,
  server,
  signUp,
  withToken,
  workspaceWithInvite,
  type Opened,
} from './auth-fixture';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(backends)('sign-in on %s', (backend) => {
  async function setUp(options: Parameters<typeof server>[1] = {}) {
    const opened: Opened = await openStore(backend);
    cleanups.push(() => opened.close());
    const clock = manualClock();
    const app: FastifyInstance = await server(opened.store, { now: clock.now, ...options });
    cleanups.push(() => app.close());
    const { workspace, adminCode } = await workspaceWithInvite(opened.store, clock.now());
    return { ...opened, app, clock, workspace, adminCode };
  }

  it('accepts an invitation, answers me, refreshes once per token and logs out', async () => {
    const { app, adminCode, workspace } = await setUp();
    // Typed in lower case with spaces instead of dashes: still the same code.
    const typed = adminCode.toLowerCase().replace(/-/g, ' ');
    const session = await signUp(app, typed, 'Ana@Example.com', { ownerId: 'owner-ana' });
    expect(session.user).toMatchObject({
      email: 'ana@example.com',
      role: 'admin',
      ownerId: 'owner-ana',
      revoked: false,
    });
    expect(session.workspace).toEqual({ id: workspace.publicId, name: 'Acme Paints' });

    const me = await withToken(app, session.accessToken, 'GET', '/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ user: session.user, workspace: session.workspace });

    const refreshed = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(refreshed.statusCode).toBe(200);
    const next = refreshed.json<SyncSession>();
    expect(next.accessToken).not.toBe(session.accessToken);
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.user.id).toBe(session.user.id);

    const reused = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(reused.statusCode).toBe(401);
    expect((await withToken(app, session.accessToken, 'GET', '/v1/me')).statusCode).toBe(401);
    expect((await withToken(app, next.accessToken, 'GET', '/v1/me')).statusCode).toBe(200);

    const logout = await withToken(app, next.accessToken, 'POST', '/v1/auth/logout');
    expect(logout.statusCode).toBe(204);
    const after = await withToken(app, next.accessToken, 'GET', '/v1/me');
    expect(after.statusCode).toBe(401);
    expect(errorOf(after).code).toBe('UNAUTHORIZED');
    const refreshAfterLogout = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: next.refreshToken },
    });
    expect(refreshAfterLogout.statusCode).toBe(401);
  });

  it('lets an access token expire and a refresh token outlive it until its own end', async () => {
    const { app, adminCode, clock } = await setUp({
      lifetimes: { accessMs: 60_000, refreshMs: 3_600_000 },
    });
    const session = await signUp(app, adminCode, 'ana@example.com');
    clock.advance(61_000);
    expect((await withToken(app, session.accessToken, 'GET', '/v1/me')).statusCode).toBe(401);
    const refreshed = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(refreshed.statusCode).toBe(200);
    clock.advance(3_601_000);
    const late = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: refreshed.json<SyncSession>().refreshToken },
    });
    expect(late.statusCode).toBe(401);
  });

  it('needs the computer’s owner id when the invitation names no owner', async () => {
    const { app, adminCode } = await setUp();
    const response = await acceptInvite(app, {
      code: adminCode,
      name: 'Ana',
      email: 'ana@example.com',
      password,
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toMatch(/ownerId/);
    // Nothing was used up: the same code still works with the owner id.
    const session = await signUp(app, adminCode, 'ana@example.com', { ownerId: 'owner-7' });
    expect(session.user.ownerId).toBe('owner-7');
  });

  it('gives the invited owner, role and regions, ignoring the owner the computer sends', async () => {
    const { app, store, workspace, clock } = await setUp();
    const { code } = await invite(
      store,
      {
        workspaceId: workspace.id,
        role: 'regional_manager',
        regions: ['North', ' East ', 'North'],
        ownerId: 'owner-budi',
        createdBy: null,
      },
      clock.now(),
    );
    const session = await signUp(app, code, 'budi@example.com', { ownerId: 'owner-local' });
    expect(session.user).toMatchObject({
      role: 'regional_manager',
      regions: ['North', 'East'],
      ownerId: 'owner-budi',
    });
  });

  it('refuses a used, an expired and an unknown code with a reason', async () => {
    const { app, adminCode, store, workspace, clock } = await setUp();
    await signUp(app, adminCode, 'ana@example.com');
    const used = await acceptInvite(app, {
      code: adminCode,
      name: 'Eve',
      email: 'eve@example.com',
      password,
      ownerId: 'owner-eve',
    });
    expect(used.statusCode).toBe(400);
    expect(errorOf(used).message).toBe(
      'This invitation code was already used. Ask your admin for a new one.',
    );

    const { code } = await invite(
      store,
      { workspaceId: workspace.id, role: 'admin', regions: [], ownerId: 'o2', createdBy: null },
      clock.now(),
    );
    clock.advance(7 * 24 * 3_600_000 + 1);
    const expired = await acceptInvite(app, {
      code,
      name: 'Eve',
      email: 'eve@example.com',
      password,
    });
    expect(expired.statusCode).toBe(400);
    expect(errorOf(expired).message).toBe(
      'This invitation code expired on 2025-03-10; ask your admin for a new one.',
    );

    const unknown = await acceptInvite(app, {
      code: 'AAAA-BBBB-CCCC',
      name: 'Eve',
      email: 'eve@example.com',
      password,
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).message).toMatch(/^No invitation has this code\./);
  });

  it('refuses an email that already has an account, leaving the code usable', async () => {
    const { app, adminCode, store, workspace, clock } = await setUp();
    await signUp(app, adminCode, 'ana@example.com');
    const { code } = await invite(
      store,
      { workspaceId: workspace.id, role: 'admin', regions: [], ownerId: 'o2', createdBy: null },
      clock.now(),
    );
    const taken = await acceptInvite(app, {
      code,
      name: 'Ana again',
      email: 'ANA@example.com',
      password,
    });
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken).code).toBe('CONFLICT');
    await signUp(app, code, 'other@example.com');
  });

  it('lets only one of two people racing with one code in', async () => {
    const { app, adminCode } = await setUp();
    const answers = await Promise.all(
      ['a@example.com', 'b@example.com', 'c@example.com'].map((email) =>
        acceptInvite(app, { code: adminCode, name: 'X', email, password, ownerId: 'o' }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400, 400]);
  });

  it('refuses a wrong password and an unknown email with the same words', async () => {
    const { app, adminCode } = await setUp();
    await signUp(app, adminCode, 'ana@example.com');
    const wrong = await login(app, 'ana@example.com', 'not the password');
    const unknown = await login(app, 'nobody@example.com', password);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorOf(wrong).message).toBe('The email or password is not right.');
    expect(errorOf(unknown)).toEqual(errorOf(wrong));
    const right = await login(app, ' ANA@example.com ', password);
    expect(right.statusCode).toBe(200);
    expect(right.json<SyncSession>().user.email).toBe('ana@example.com');
  });

  it('stores the password only as an argon2id hash with OWASP parameters', async () => {
    const { app, adminCode, store } = await setUp();
    await signUp(app, adminCode, 'ana@example.com');
    const row = await store.db
      .selectFrom('users')
      .select('passwordHash')
      .where('email', '=', 'ana@example.com')
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(password);
  });

  it('rate limits failures per email, tells when to retry, and lets in after the window', async () => {
    const { app, adminCode, clock } = await setUp({
      loginLimit: { attempts: 3, windowMs: 10 * 60_000 },
    });
    await signUp(app, adminCode, 'ana@example.com');
    for (let i = 0; i < 3; i++) {
      // From changing addresses: the email's own limit applies.
      expect((await login(app, 'ana@example.com', 'wrong password', `10.0.1.${i}`)).statusCode).toBe(401);
      clock.advance(60_000);
    }
    const limited = await login(app, 'ana@example.com', password, '10.0.2.1');
    expect(limited.statusCode).toBe(429);
    expect(errorOf(limited).code).toBe('RATE_LIMITED');
    // The first failure (09:00) leaves the 10-minute window at 09:10; it is now 09:03.
    expect(limited.headers['retry-after']).toBe('420');
    expect(errorOf(limited).message).toBe(
      'Too many failed sign-ins. Try again in 7 minutes (after 09:10 UTC).',
    );
    clock.advance(7 * 60_000);
    expect((await login(app, 'ana@example.com', password, '10.0.2.1')).statusCode).toBe(200);
  });

  it('rate limits failures from one address over many emails, and a success clears the email', async () => {
    const { app, adminCode } = await setUp({ loginLimit: { attempts: 2, windowMs: 60_000 } });
    await signUp(app, adminCode, 'ana@example.com');
    expect((await login(app, 'ana@example.com', 'wrong password', '10.9.9.9')).statusCode).toBe(401);
    expect((await login(app, 'ana@example.com', password, '10.9.9.8')).statusCode).toBe(200);
    // The success cleared ana's failures: two more are allowed from other addresses.
    expect((await login(app, 'ana@example.com', 'wrong password', '10.9.9.7')).statusCode).toBe(401);
    expect((await login(app, 'x@example.com', 'wrong password', '10.5.5.5')).statusCode).toBe(401);
    expect((await login(app, 'y@example.com', 'wrong password', '10.5.5.5')).statusCode).toBe(401);
    const fromAddress = await login(app, 'ana@example.com', password, '10.5.5.5');
    expect(fromAddress.statusCode).toBe(429);
    expect(Number(fromAddress.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(app, 'ana@example.com', password, '10.9.9.7')).statusCode).toBe(200);
  });

  it('refuses a revoked user at the next request and at sign-in', async () => {
    const { app, adminCode, store, workspace, clock } = await setUp();
    const admin = await signUp(app, adminCode, 'ana@example.com');
    const { code } = await invite(
      store,
      {
        workspaceId: workspace.id,
        role: 'account_owner',
        regions: ['North'],
        ownerId: 'owner-budi',
        createdBy: null,
      },
      clock.now(),
    );
    const budi = await signUp(app, code, 'budi@example.com');
    const revoke = await withToken(app, admin.accessToken, 'POST', `/v1/team/users/${budi.user.id}`, {
      revoked: true,
    });
    expect(revoke.statusCode).toBe(200);
    const next = await withToken(app, budi.accessToken, 'GET', '/v1/me');
    expect(next.statusCode).toBe(401);
    const refresh = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: budi.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
    const signIn = await login(app, 'budi@example.com');
    expect(signIn.statusCode).toBe(401);
    expect(errorOf(signIn).message).toBe('Your access to this workspace was revoked by an admin.');
  });

  it('answers 400 with the field for a malformed body', async () => {
    const { app } = await setUp();
    const response = await acceptInvite(app, {
      code: 'ABCD-EFGH-JKMN',
      name: 'Ana',
      email: 'not an email',
      password: 'short',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toMatch(/email/);
    const logout = await app.inject({ method: 'POST', url: '/v1/auth/logout' });
    expect(logout.statusCode).toBe(401);
  });
});

describe('two server instances on one PostgreSQL', () => {
  it('share the login rate limit and see each other’s logouts', async () => {
    const opened = await openStore('PostgreSQL');
    cleanups.push(() => opened.close());
    const second = await openServerStore({ databaseUrl: opened.databaseUrl! });
    // Closed before the first store (which drops the database).
    cleanups.push(() => second.close());
    const clock = manualClock();
    const limit = { attempts: 2, windowMs: 60_000 };
    const a = await server(opened.store, { now: clock.now, loginLimit: limit });
    const b = await server(second, { now: clock.now, loginLimit: limit });
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    const { adminCode } = await workspaceWithInvite(opened.store, clock.now());
    await signUp(a, adminCode, 'ana@example.com');
    expect((await login(a, 'ana@example.com', 'wrong password', '10.0.0.1')).statusCode).toBe(401);
    expect((await login(b, 'ana@example.com', 'wrong password', '10.0.0.2')).statusCode).toBe(401);
    expect((await login(a, 'ana@example.com', password, '10.0.0.3')).statusCode).toBe(429);
    clock.advance(60_001);
    const session = (await login(b, 'ana@example.com')).json<SyncSession>();
    expect((await withToken(a, session.accessToken, 'POST', '/v1/auth/logout')).statusCode).toBe(204);
    expect((await withToken(b, session.accessToken, 'GET', '/v1/me')).statusCode).toBe(401);
  });
});
