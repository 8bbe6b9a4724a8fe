// Compaction on both databases: history older than the age is folded into row states and deleted;
// a client that downloads the snapshot and pulls what follows holds the same value in every field
// as one that pulled the whole history; a pull from before the snapshot must restart (410); a
// regional manager's snapshot holds only their regions; two compactions at once fold each batch once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import type { SyncBatch, SyncErrorBody } from '../../../src/shared/sync-protocol';
import { compactHistory } from '../../../src/server/sync/compaction';
import {
  openSyncServer,
  type FixtureUser,
  type FixtureWorkspace,
  type SyncServerFixture,
} from '../../support/sync-server-fixture';
import { batch, create, pullAll, push, ReplicaState, set, snapshotAll, stamp } from './sync-batches';

const day = 86_400_000;

describe.each(['sqlite', 'postgres'] as const)('sync compaction (%s)', (kind) => {
  let server: SyncServerFixture;
  let workspace: FixtureWorkspace;
  let admin: FixtureUser;
  let north: FixtureUser;
  let clock = Date.parse('2026-01-01T09:00:00Z');
  const history: SyncBatch[] = [];
  const partners = Array.from({ length: 6 }, () => ulid());
  const contacts = Array.from({ length: 6 }, () => ulid());

  /** Pushes at the server's current time, with stamps that may run behind it (offline edits). */
  const pushNow = async (batches: SyncBatch[]) => {
    const response = await push(server.app, admin.headers, workspace.publicId, batches);
    expect(response.statusCode, response.body).toBe(200);
    history.push(...batches);
  };

  beforeAll(async () => {
    server = await openSyncServer(kind, { now: () => new Date(clock), compactAfterDays: 30 });
    workspace = await server.addWorkspace();
    admin = await server.addUser(workspace, { role: 'admin' });
    north = await server.addUser(workspace, { role: 'regional_manager', regions: ['North'] });
    await pushNow(
      partners.map((p, i) =>
        batch(
          [
            create('partners', p, { name: `P${i}`, region: i % 2 ? 'North' : 'West', city: 'A', phone: '0' }),
            create('contacts', contacts[i]!, { partnerId: p, name: `C${i}` }),
          ],
          stamp(clock - 1000 + i),
        ),
      ),
    );
    // Edits over 40 days; some stamped earlier than edits already stored (offline computers).
    for (let k = 0; k < 40; k++) {
      clock += day;
      const p = partners[k % partners.length]!;
      await pushNow([
        batch([set('partners', p, 'city', `city ${k}`)], stamp(clock - (k % 3) * 2 * day)),
        batch(
          [
            set('contacts', contacts[k % contacts.length]!, 'phone', `${k}`),
            set('partners', p, 'phone', `${k}`),
          ],
          stamp(clock, 1),
        ),
      ]);
    }
    await pushNow([batch([create('products', ulid(), { name: 'Router' })], stamp(clock, 2))]);
  });
  afterAll(() => server.close());

  it('starts with an empty snapshot at sequence 0', async () => {
    expect(await snapshotAll(server.app, admin.headers)).toEqual({
      rows: [],
      snapshotSeq: 0,
      totals: [undefined],
    });
  });

  it('folds old history so that snapshot + later pulls give every field the full history gives', async () => {
    const full = new ReplicaState().applyBatches((await pullAll(server.app, admin.headers)).batches);
    expect(full.values()).toEqual(new ReplicaState().applyBatches(history).values());
    const stored = (
      await server.store.db
        .selectFrom('syncLog')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

    const response = await server.app.inject({
      method: 'POST',
      url: '/v1/sync/compact',
      headers: admin.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    const result = response.json<{ folded: number; compactedSeq: number }>();
    // Received more than 30 days before day 40: the 6 creations (a log row per partner) and the
    // pushes of days 1 to 9 (both batches of a day touch one partner: one row each).
    expect(result.folded).toBe(6 + 9);
    const remaining = (
      await server.store.db
        .selectFrom('syncLog')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(remaining)).toBe(Number(stored) - result.folded);

    const snapshot = await snapshotAll(server.app, admin.headers, 5);
    expect(snapshot.snapshotSeq).toBe(result.compactedSeq);
    // The first page tells how many rows the download holds, for the joining computer's progress.
    expect(snapshot.totals[0]).toBe(snapshot.rows.length);
    expect(snapshot.totals.slice(1).every((total) => total === undefined)).toBe(true);
    const rest = await pullAll(server.app, admin.headers, snapshot.snapshotSeq, 7);
    expect(new ReplicaState().applySnapshot(snapshot.rows).applyBatches(rest.batches).values()).toEqual(
      full.values(),
    );

    const stale = await server.app.inject({
      method: 'GET',
      url: '/v1/sync/pull?after=0',
      headers: admin.headers,
    });
    expect(stale.statusCode).toBe(410);
    expect(stale.json<SyncErrorBody>().error.code).toBe('RESYNC_REQUIRED');
  });

  it('gives a regional manager only their regions’ rows in the snapshot', async () => {
    const snapshot = await snapshotAll(server.app, north.headers, 2);
    // Counted as the rows are chosen: the total is what this user may see.
    expect(snapshot.totals[0]).toBe(snapshot.rows.length);
    const northPartners = partners.filter((_, i) => i % 2 === 1);
    const northContacts = contacts.filter((_, i) => i % 2 === 1);
    expect(snapshot.rows.map((row) => row.rowId).sort()).toEqual([...northPartners, ...northContacts].sort());
  });

  it('gives only the named partners’ rows in a snapshot asked for them, still within the user’s regions', async () => {
    const [west, northOne] = [partners[0]!, partners[1]!];
    const named = `&partners=${west},${northOne}`;
    const forAdmin = await snapshotAll(server.app, admin.headers, 1, named);
    expect(forAdmin.rows.map((row) => row.rowId).sort()).toEqual(
      [west, northOne, contacts[0]!, contacts[1]!].sort(),
    );
    expect(forAdmin.totals[0]).toBe(4);
    // A partner outside the manager's regions stays away even when named.
    const forNorth = await snapshotAll(server.app, north.headers, 1000, named);
    expect(forNorth.rows.map((row) => row.rowId).sort()).toEqual([northOne, contacts[1]!].sort());
  });

  it('folds each batch once when two instances compact at the same moment', async () => {
    clock += 100 * day;
    const before = new ReplicaState().applySnapshot((await snapshotAll(server.app, admin.headers)).rows);
    const rest = await pullAll(
      server.app,
      admin.headers,
      (await snapshotAll(server.app, admin.headers)).snapshotSeq,
    );
    before.applyBatches(rest.batches);
    const logRows = Number(
      (
        await server.store.db
          .selectFrom('syncLog')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(logRows).toBeGreaterThan(8);
    const second = await server.openApp({ now: () => new Date(clock) });
    const [a, b] = await Promise.all([
      compactHistory(server.store, { now: new Date(clock), olderThanDays: 30, chunk: 4 }),
      second.inject({
        method: 'POST',
        url: '/v1/sync/compact',
        headers: admin.headers,
        payload: { olderThanDays: 30 },
      }),
    ]);
    expect(a + b.json<{ folded: number }>().folded).toBe(logRows);
    const after = await snapshotAll(server.app, admin.headers);
    expect(new ReplicaState().applySnapshot(after.rows).values()).toEqual(before.values());
    expect((await pullAll(server.app, admin.headers, after.snapshotSeq)).batches).toEqual([]);
  });

  it('folds all the old history in one run when its transactions are cut by their message count', async () => {
    // Each push is a log row of two messages; a transaction takes one of them at most.
    for (let k = 0; k < 5; k++) {
      clock += 1000;
      await pushNow([
        batch(
          [
            set('partners', partners[k]!, 'city', `late ${k}`),
            set('partners', partners[k]!, 'phone', `9${k}`),
          ],
          stamp(clock),
        ),
      ]);
    }
    const before = await snapshotAll(server.app, admin.headers);
    const full = new ReplicaState()
      .applySnapshot(before.rows)
      .applyBatches((await pullAll(server.app, admin.headers, before.snapshotSeq)).batches);
    clock += 100 * day;
    const folded = await compactHistory(server.store, {
      now: new Date(clock),
      olderThanDays: 30,
      chunkMessages: 1,
    });
    expect(folded).toBe(5);
    const after = await snapshotAll(server.app, admin.headers);
    expect(new ReplicaState().applySnapshot(after.rows).values()).toEqual(full.values());
    expect((await pullAll(server.app, admin.headers, after.snapshotSeq)).batches).toEqual([]);
  });

  it('sends row ids and values with quotes, backslashes and emoji exactly as they were pushed', async () => {
    // The page's text is built from the stored JSON, not serialised from objects.
    const rowId = 'odd "id" \\ 😀';
    const name = 'Line\n"two" \\ 😀 \u2028';
    await pushNow([batch([create('products', rowId, { name, tags: ['a"b'] })], stamp(clock, 3))]);
    clock += 100 * day;
    await compactHistory(server.store, { now: new Date(clock), olderThanDays: 30 });
    const snapshot = await snapshotAll(server.app, admin.headers, 3);
    const row = snapshot.rows.find((candidate) => candidate.rowId === rowId);
    expect(row?.table).toBe('products');
    expect(row?.fields.name?.[1]).toBe(name);
    expect(row?.fields.tags?.[1]).toEqual(['a"b']);
  });

  it('refuses a bad snapshot page key with 400', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/v1/sync/snapshot?after=nonsense',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(400);
  });
});
