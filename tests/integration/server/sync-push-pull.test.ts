// Push and pull on both databases: pages (bounded by messages) and cursors, a retried push stored
// once (by each replica's newest stamp, also for a huge batch sent in parts), one client batch
// over two partners pulled as one batch, and every refusal (another workspace, a fast clock, too
// many changes, malformed creations, rows the server cannot place) leaving nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import type { PullResponse, PushResponse, SyncBatch, SyncErrorBody } from '../../../src/shared/sync-protocol';
import {
  openSyncServer,
  type FixtureUser,
  type FixtureWorkspace,
  type SyncServerFixture,
} from '../../support/sync-server-fixture';
import { rowKey, storedRowKeyHex } from '../../../src/server/sync/row-key';
import { batch, create, pullAll, push, set, stamp } from './sync-batches';

const partner = (name: string, region: string, ownerId: string | null = null) => ({
  name,
  region,
  ownerId,
  type: 'reseller',
  status: 'active',
  city: 'Jakarta',
});

async function logCounts(server: SyncServerFixture) {
  const count = async (table: 'syncLog' | 'rowScopes' | 'replicaMarks' | 'partnerScopes') =>
    Number(
      (
        await server.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    log: await count('syncLog'),
    rowScopes: await count('rowScopes'),
    partnerScopes: await count('partnerScopes'),
  };
}

describe.each(['sqlite', 'postgres'] as const)('sync push and pull (%s)', (kind) => {
  let server: SyncServerFixture;
  let workspace: FixtureWorkspace;
  let admin: FixtureUser;
  const now = Date.now();

  beforeAll(async () => {
    server = await openSyncServer(kind);
    workspace = await server.addWorkspace('Acme');
    admin = await server.addUser(workspace, { name: 'Ayu Admin', role: 'admin' });
  });
  afterAll(() => server.close());

  it('stores pushed batches and pulls them back in pages with a cursor', async () => {
    const p = ulid();
    const c = ulid();
    const batches = [
      batch([create('partners', p, partner('Maju Jaya', 'North'))], stamp(now - 5000), {
        label: 'Add partner Maju Jaya',
        actor: admin.ownerId,
      }),
      batch([create('contacts', c, { partnerId: p, name: 'Sari' })], stamp(now - 4000), {
        label: 'Add contact Sari',
      }),
      batch([set('contacts', c, 'phone', '+62 811')], stamp(now - 3000)),
      batch([set('partners', p, 'city', 'Bandung')], stamp(now - 2000)),
      batch([create('products', ulid(), { name: 'Router X' })], stamp(now - 1000)),
    ];
    // One push each: a log row holds one push's batches for one partner, and pages hold whole rows.
    let pushed: PushResponse | undefined;
    for (const one of batches) {
      const response = await push(server.app, admin.headers, workspace.publicId, [one]);
      expect(response.statusCode).toBe(200);
      pushed = response.json<PushResponse>();
      expect(pushed).toMatchObject({ accepted: 1, duplicates: 0 });
    }

    // `limit` counts change messages: two one-change batches per page.
    const all = await pullAll(server.app, admin.headers, 0, 2);
    expect(all.pages.map((page) => page.batches.length)).toEqual([2, 2, 1]);
    expect(all.pages.map((page) => page.more)).toEqual([true, true, false]);
    // Every page tells where the log ends, so a client can show how far its download has come.
    expect(all.pages.map((page) => page.head)).toEqual([pushed!.cursor, pushed!.cursor, pushed!.cursor]);
    expect(all.cursor).toBe(pushed!.cursor);
    expect(all.batches.map((b) => b.id)).toEqual(batches.map((b) => b.id));
    expect(all.batches[0]).toMatchObject({
      label: 'Add partner Maju Jaya',
      author: 'Ayu Admin',
      actor: admin.ownerId,
      origin: 'local',
    });
    expect(all.batches[1]!.actor).toBe('owner-x');
    expect(all.batches[1]!.changes).toEqual(batches[1]!.changes);
    const seqs = all.batches.map((b) => b.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);

    const again = await server.app.inject({
      method: 'GET',
      url: `/v1/sync/pull?after=${all.cursor}`,
      headers: admin.headers,
    });
    expect(again.json<PullResponse>()).toMatchObject({ batches: [], cursor: all.cursor, more: false });
  });

  it('stores a retried push once and counts its batches as duplicates', async () => {
    const before = await pullAll(server.app, admin.headers);
    const batches = [
      batch([create('products', ulid(), { name: 'Switch' })], stamp(now)),
      batch([create('settings', ulid(), { key: 'x' })], stamp(now, 1)),
    ];
    expect((await push(server.app, admin.headers, workspace.publicId, batches)).json()).toMatchObject({
      accepted: 2,
      duplicates: 0,
    });
    const retry = await push(server.app, admin.headers, workspace.publicId, batches);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ accepted: 0, duplicates: 2 });
    const after = await pullAll(server.app, admin.headers, before.cursor);
    expect(after.batches.map((b) => b.id)).toEqual(batches.map((b) => b.id));
  });

  it('pulls a batch that touched two partners as one batch', async () => {
    const before = await pullAll(server.app, admin.headers);
    const [a, b] = [ulid(), ulid()];
    const both = batch(
      [
        create('partners', a, partner('Alpha', 'North')),
        create('partners', b, partner('Beta', 'West')),
        set('partners', a, 'phone', '1'),
      ],
      stamp(now, 5),
    );
    await push(server.app, admin.headers, workspace.publicId, [both]);
    const pulled = await pullAll(server.app, admin.headers, before.cursor);
    expect(pulled.batches).toHaveLength(1);
    expect(pulled.batches[0]!.changes).toHaveLength(3);
    expect(new Set(pulled.batches[0]!.changes)).toEqual(new Set(both.changes));
  });

  it('knows a retry by the replica’s newest stamp: older batches are duplicates, never stored again', async () => {
    const before = await pullAll(server.app, admin.headers);
    const [first, second, third] = [1, 2, 3].map((n) =>
      batch([create('products', ulid(), { name: `Cable ${n}` })], stamp(now, n, 'laptop1')),
    ) as [SyncBatch, SyncBatch, SyncBatch];
    expect((await push(server.app, admin.headers, workspace.publicId, [first, second])).json()).toMatchObject(
      {
        accepted: 2,
        duplicates: 0,
      },
    );
    // The answer to the first push was lost: the client sends it again with what came since.
    expect(
      (await push(server.app, admin.headers, workspace.publicId, [first, second, third])).json(),
    ).toMatchObject({ accepted: 1, duplicates: 2 });
    const after = await pullAll(server.app, admin.headers, before.cursor);
    expect(after.batches.map((b) => b.id)).toEqual([first.id, second.id, third.id]);

    // A push going back in time within one replica is refused whole, not half taken for a retry.
    const counts = await logCounts(server);
    const late = batch([create('products', ulid(), { name: 'Late' })], stamp(now, 9, 'laptop2'));
    const early = batch([create('products', ulid(), { name: 'Early' })], stamp(now, 8, 'laptop2'));
    const response = await push(server.app, admin.headers, workspace.publicId, [late, early]);
    expect(response.statusCode).toBe(400);
    expect(response.json<SyncErrorBody>().error).toMatchObject({ code: 'BAD_REQUEST', batchId: early.id });
    expect(response.json<SyncErrorBody>().error.message).toMatch(/oldest first/);
    expect(await logCounts(server)).toEqual(counts);
  });

  it('takes a huge batch sent in parts by partner (same id and stamp) once per part', async () => {
    const before = await pullAll(server.app, admin.headers);
    const [a, b] = [ulid(), ulid()];
    const whole = batch(
      [
        create('partners', a, partner('Part A', 'North')),
        create('contacts', ulid(), { partnerId: a, name: 'Ana' }),
        create('partners', b, partner('Part B', 'West')),
        create('contacts', ulid(), { partnerId: b, name: 'Budi' }),
      ],
      stamp(now, 20, 'laptop3'),
      { label: 'Import partners' },
    );
    const partA = { ...whole, changes: whole.changes.slice(0, 2) };
    const partB = { ...whole, changes: whole.changes.slice(2) };
    const send = async (part: SyncBatch) =>
      (await push(server.app, admin.headers, workspace.publicId, [part])).json<PushResponse>();
    expect(await send(partA)).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(await send(partA)).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(await send(partB)).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(await send(partB)).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(await send(partA)).toMatchObject({ accepted: 0, duplicates: 1 });
    const pulled = await pullAll(server.app, admin.headers, before.cursor);
    // Both parts in one page: one batch, every change once.
    expect(pulled.batches).toHaveLength(1);
    expect(pulled.batches[0]).toMatchObject({ id: whole.id, label: 'Import partners' });
    expect(new Set(pulled.batches[0]!.changes)).toEqual(new Set(whole.changes));
  });

  it('bounds a page by change messages, whole log rows and at least one', async () => {
    const before = await pullAll(server.app, admin.headers);
    const partners = [ulid(), ulid(), ulid()];
    // One push of one batch over three partners: three log rows of 10 messages each.
    const big = batch(
      partners.flatMap((p, i) => [
        create('partners', p, partner(`Big ${i}`, 'North')),
        ...Array.from({ length: 9 }, (_, k) => set('partners', p, 'phone', `${i}-${k}`)),
      ]),
      stamp(now, 30),
    );
    await push(server.app, admin.headers, workspace.publicId, [big]);
    const small = await pullAll(server.app, admin.headers, before.cursor, 4);
    expect(small.pages.map((page) => page.batches[0]?.changes.length)).toEqual([10, 10, 10]);
    const larger = await pullAll(server.app, admin.headers, before.cursor, 15);
    expect(larger.pages.map((page) => page.batches[0]?.changes.length)).toEqual([20, 10]);
    const whole = await pullAll(server.app, admin.headers, before.cursor, 30);
    expect(whole.pages.map((page) => page.batches[0]?.changes.length)).toEqual([30]);
    expect(new Set(whole.batches[0]!.changes)).toEqual(new Set(big.changes));
  });

  it('refuses a push for another workspace, with nothing stored', async () => {
    const other = await server.addWorkspace('Other brand');
    const stranger = await server.addUser(other, { role: 'admin' });
    const counts = await logCounts(server);
    const response = await push(server.app, stranger.headers, workspace.publicId, [
      batch([create('products', ulid(), { name: 'x' })], stamp(now)),
    ]);
    expect(response.statusCode).toBe(403);
    expect(response.json<SyncErrorBody>().error.code).toBe('FORBIDDEN');
    expect(await logCounts(server)).toEqual(counts);
    // And the stranger's own workspace shows none of this one's log.
    expect((await pullAll(server.app, stranger.headers)).batches).toEqual([]);
  });

  it('refuses a batch stamped by a clock running ahead, naming the batch', async () => {
    const counts = await logCounts(server);
    const fine = batch([create('products', ulid(), { name: 'ok' })], stamp(now));
    const ahead = batch([create('products', ulid(), { name: 'late' })], stamp(now + 10 * 60_000));
    const response = await push(server.app, admin.headers, workspace.publicId, [fine, ahead]);
    expect(response.statusCode).toBe(400);
    const error = response.json<SyncErrorBody>().error;
    expect(error).toMatchObject({ code: 'CLOCK_DRIFT', batchId: ahead.id });
    expect(error.message).toMatch(/clock is ahead .* by about 10 minutes/);
    expect(await logCounts(server)).toEqual(counts);
  });

  it('refuses a push of more changes than allowed with 413', async () => {
    const counts = await logCounts(server);
    const changes = Array.from({ length: 20_001 }, (_, i) => set('products', 'p1', 'name', `n${i}`));
    const response = await push(server.app, admin.headers, workspace.publicId, [batch(changes, stamp(now))]);
    expect(response.statusCode).toBe(413);
    expect(response.json<SyncErrorBody>().error.code).toBe('TOO_LARGE');
    expect(await logCounts(server)).toEqual(counts);
  });

  it.each([
    [
      'a creation whose value is not an object',
      () => [batch([{ table: 'products' as const, rowId: 'x', field: '*', value: 'name' }], stamp(now))],
      /must carry an object/,
    ],
    [
      'an unknown table',
      () => [batch([{ table: 'spaceships' as never, rowId: 'x', field: 'name', value: 1 }], stamp(now))],
      /changes\.0\.table/,
    ],
    [
      'an edit of a contact the server never received',
      () => [batch([set('contacts', 'ghost', 'name', 'Boo')], stamp(now))],
      /contacts ghost cannot be placed: the server has never received the creation/,
    ],
    [
      'a case entry of a case the server never received',
      () => [batch([create('disputeEntries', 'e1', { disputeId: 'd-ghost', text: 'x' })], stamp(now))],
      /belongs to d-ghost, which the server has never received/,
    ],
    [
      'a partner id with half of a character (it would be stored as another id)',
      () => [batch([create('contacts', ulid(), { partnerId: 'p\udfff', name: 'Half' })], stamp(now))],
      /contains broken Unicode \(half of a character\) in the change to contacts/,
    ],
    [
      'a NUL character in a row id',
      () => [batch([create('products', 'a\u0000b', { name: 'Nul' })], stamp(now))],
      /contains a NUL character in the change to products ab/,
    ],
  ])('refuses %s with 400 and stores nothing', async (_name, make, message) => {
    const counts = await logCounts(server);
    const good = batch([create('products', ulid(), { name: 'fine' })], stamp(now));
    const response = await push(server.app, admin.headers, workspace.publicId, [good, ...make()]);
    expect(response.statusCode).toBe(400);
    expect(response.json<SyncErrorBody>().error.message).toMatch(message);
    expect(await logCounts(server)).toEqual(counts);
  });

  it('places a case entry by its case, and a contact by a partner created in the same push', async () => {
    const [p, c, d, e] = [ulid(), ulid(), ulid(), ulid()];
    const response = await push(server.app, admin.headers, workspace.publicId, [
      batch(
        [
          create('disputeEntries', e, { disputeId: d, text: 'first' }),
          create('disputes', d, { partnerIds: [p], title: 'Late' }),
        ],
        stamp(now, 10),
      ),
      batch(
        [
          create('contacts', c, { partnerId: p, name: 'Budi' }),
          create('partners', p, partner('Gamma', 'East')),
        ],
        stamp(now, 11),
      ),
    ]);
    expect(response.statusCode).toBe(200);
    const scopes = await server.store.db
      .selectFrom('rowScopes')
      .innerJoin('partnerScopes', 'partnerScopes.key', 'rowScopes.scope')
      .select(['rowScopes.rowId', 'partnerScopes.partnerId'])
      .execute();
    // Row ids are stored as their 16-byte keys.
    const idOf = new Map([c, d, e].map((rowId) => [rowKey(rowId).toString('hex'), rowId]));
    const placed = scopes.flatMap((row) => {
      const rowId = idOf.get(storedRowKeyHex(row.rowId));
      return rowId ? [[rowId, row.partnerId] as const] : [];
    });
    expect(Object.fromEntries(placed)).toEqual({ [c]: p, [d]: p, [e]: p });
  });

  it('asks for a sign-in without a valid token', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/v1/sync/pull?after=0' });
    expect(response.statusCode).toBe(401);
  });

  it('refuses a bad pull query with 400', async () => {
    for (const query of ['after=-1', 'after=x', 'limit=0', 'limit=999999']) {
      const response = await server.app.inject({
        method: 'GET',
        url: `/v1/sync/pull?${query}`,
        headers: admin.headers,
      });
      expect(response.statusCode, query).toBe(400);
    }
  });
});
