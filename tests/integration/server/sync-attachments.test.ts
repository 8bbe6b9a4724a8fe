// Attachments by content hash on both databases: uploaded once (a second upload stores nothing),
// refused when the bytes do not match the hash, found by HEAD and GET, and private to a workspace.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyncServer, type FixtureUser, type SyncServerFixture } from '../../support/sync-server-fixture';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe.each(['sqlite', 'postgres'] as const)('attachments (%s)', (kind) => {
  let server: SyncServerFixture;
  let user: FixtureUser;
  let stranger: FixtureUser;
  const bytes = Buffer.from('%PDF-1.7 a visit report with a photo');
  const hash = sha256(bytes);

  beforeAll(async () => {
    server = await openSyncServer(kind);
    user = await server.addUser(await server.addWorkspace('Acme'));
    stranger = await server.addUser(await server.addWorkspace('Other'));
  });
  afterAll(() => server.close());

  const put = (who: FixtureUser, name: string, body: Buffer) =>
    server.app.inject({
      method: 'PUT',
      url: `/v1/attachments/${name}`,
      headers: { ...who.headers, 'content-type': 'application/octet-stream' },
      payload: body,
    });

  it('stores an upload once and gives the same bytes back', async () => {
    expect(
      (await server.app.inject({ method: 'HEAD', url: `/v1/attachments/${hash}`, headers: user.headers }))
        .statusCode,
    ).toBe(404);
    const first = await put(user, hash, bytes);
    expect(first.statusCode).toBe(201);
    const second = await put(user, hash, bytes);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ stored: false, size: bytes.length });
    const rows = await server.store.db.selectFrom('attachments').select('hash').execute();
    expect(rows).toHaveLength(1);
    const head = await server.app.inject({
      method: 'HEAD',
      url: `/v1/attachments/${hash}`,
      headers: user.headers,
    });
    expect(head.statusCode).toBe(200);
    const got = await server.app.inject({
      method: 'GET',
      url: `/v1/attachments/${hash}`,
      headers: user.headers,
    });
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(bytes)).toBe(true);
  });

  it('refuses bytes that do not match their hash, and a name that is not a hash', async () => {
    const wrong = await put(user, sha256(Buffer.from('other')), bytes);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('do not match');
    expect((await put(user, 'ABC', bytes)).statusCode).toBe(400);
  });

  it('answers 404 for an unknown hash and for another workspace’s attachment', async () => {
    const unknown = sha256(Buffer.from('never uploaded'));
    expect(
      (await server.app.inject({ method: 'GET', url: `/v1/attachments/${unknown}`, headers: user.headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (await server.app.inject({ method: 'GET', url: `/v1/attachments/${hash}`, headers: stranger.headers }))
        .statusCode,
    ).toBe(404);
    expect((await server.app.inject({ method: 'GET', url: `/v1/attachments/${hash}` })).statusCode).toBe(401);
  });
});
