// Row-level filtering and write permissions by role, on both databases: a regional manager pulls
// only their regions' partners (with their contacts and case entries) and workspace-wide rows, and
// is refused (403, nothing applied) for a row in another region; an account owner edits only the
// partners they own; a partner's region is last writer wins by stamp.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import type { SyncBatch, SyncErrorBody } from '../../../src/shared/sync-protocol';
import {
  openSyncServer,
  type FixtureUser,
  type FixtureWorkspace,
  type SyncServerFixture,
} from '../../support/sync-server-fixture';
import { batch, create, pullAll, push, set, stamp } from './sync-batches';

describe.each(['sqlite', 'postgres'] as const)('sync roles (%s)', (kind) => {
  let server: SyncServerFixture;
  let workspace: FixtureWorkspace;
  let admin: FixtureUser;
  let north: FixtureUser;
  let owner: FixtureUser;
  const now = Date.now();
  const ids = {
    majuJaya: ulid(),
    sinar: ulid(),
    ownedByOwner: ulid(),
    contactWest: ulid(),
    contactNorth: ulid(),
    dispute: ulid(),
    entry: ulid(),
    product: ulid(),
  };

  const counts = async () => {
    const count = async (table: 'syncLog' | 'rowScopes' | 'replicaMarks' | 'partnerScopes') =>
      Number(
        (
          await server.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return [await count('syncLog'), await count('rowScopes'), await count('partnerScopes')];
  };
  const refused = async (user: FixtureUser, batches: SyncBatch[]) => {
    const before = await counts();
    const response = await push(server.app, user.headers, workspace.publicId, batches);
    expect(response.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    return response.json<SyncErrorBody>().error;
  };

  beforeAll(async () => {
    server = await openSyncServer(kind);
    workspace = await server.addWorkspace();
    admin = await server.addUser(workspace, { role: 'admin' });
    north = await server.addUser(workspace, { role: 'regional_manager', regions: ['North', 'East'] });
    owner = await server.addUser(workspace, { role: 'account_owner', regions: ['North'] });
    const response = await push(server.app, admin.headers, workspace.publicId, [
      batch(
        [create('partners', ids.majuJaya, { name: 'Maju Jaya', region: 'West', ownerId: null })],
        stamp(now - 10_000),
      ),
      batch(
        [create('partners', ids.sinar, { name: 'Sinar', region: 'North', ownerId: null })],
        stamp(now - 9000),
      ),
      batch(
        [create('partners', ids.ownedByOwner, { name: 'Owned', region: 'North', ownerId: owner.ownerId })],
        stamp(now - 8500),
      ),
      batch(
        [create('contacts', ids.contactWest, { partnerId: ids.majuJaya, name: 'Wati' })],
        stamp(now - 8000),
      ),
      batch(
        [create('contacts', ids.contactNorth, { partnerId: ids.sinar, name: 'Nina' })],
        stamp(now - 7000),
      ),
      batch(
        [create('disputes', ids.dispute, { partnerIds: [ids.majuJaya, ids.sinar], title: 'Both' })],
        stamp(now - 6000),
      ),
      batch(
        [create('disputeEntries', ids.entry, { disputeId: ids.dispute, text: 'note' })],
        stamp(now - 5000),
      ),
      batch([create('products', ids.product, { name: 'Router' })], stamp(now - 4000)),
    ]);
    expect(response.statusCode).toBe(200);
  });
  afterAll(() => server.close());

  it('sends a regional manager only their regions’ partners, their rows and workspace-wide rows', async () => {
    const pulled = await pullAll(server.app, north.headers, 0, 2);
    const rows = pulled.batches.flatMap((b) => b.changes.map((c) => c.rowId));
    // Pages follow the log's rows (one per push and partner), so only the set is fixed.
    expect([...rows].sort()).toEqual([ids.sinar, ids.ownedByOwner, ids.contactNorth, ids.product].sort());
    // The cursor still reaches the end of the log, so the next pull starts after what was hidden.
    expect(pulled.cursor).toBe((await pullAll(server.app, admin.headers)).cursor);
  });

  it('refuses a regional manager’s change in another region, naming the partner and region', async () => {
    const edit = batch([set('contacts', ids.contactWest, 'phone', '1')], stamp(now));
    const error = await refused(north, [
      batch([set('partners', ids.sinar, 'city', 'Medan')], stamp(now)),
      edit,
    ]);
    expect(error).toEqual({
      code: 'FORBIDDEN',
      batchId: edit.id,
      message: "You can only change partners in your regions (North, East): 'Maju Jaya' is in West.",
    });
  });

  it('refuses a regional manager moving a partner out of their regions, and a new partner elsewhere', async () => {
    const move = await refused(north, [batch([set('partners', ids.sinar, 'region', 'South')], stamp(now))]);
    expect(move.message).toBe(
      "You can only change partners in your regions (North, East): this change would move 'Sinar' to South.",
    );
    const elsewhere = await refused(north, [
      batch([create('partners', ulid(), { name: 'Baru', region: 'West' })], stamp(now)),
    ]);
    expect(elsewhere.message).toContain("'Baru'");
  });

  it('lets a regional manager edit their partners, create partners there and write workspace-wide rows', async () => {
    const response = await push(server.app, north.headers, workspace.publicId, [
      batch(
        [set('partners', ids.sinar, 'region', 'East'), set('contacts', ids.contactNorth, 'phone', '2')],
        stamp(now - 3000),
      ),
      batch([create('partners', ulid(), { name: 'Baru', region: 'North' })], stamp(now - 2900)),
      batch([set('products', ids.product, 'name', 'Router 2')], stamp(now - 2800)),
    ]);
    expect(response.statusCode).toBe(200);
  });

  it('lets an account owner edit only partners they own, and of workspace rows only their own owner row', async () => {
    expect(
      (
        await push(server.app, owner.headers, workspace.publicId, [
          batch([set('partners', ids.ownedByOwner, 'phone', '3')], stamp(now - 2000)),
        ])
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await push(server.app, owner.headers, workspace.publicId, [
          batch([set('owners', owner.ownerId, 'name', 'Me')], stamp(now - 1900)),
        ])
      ).statusCode,
    ).toBe(200);
    expect(
      (await refused(owner, [batch([set('partners', ids.sinar, 'phone', '4')], stamp(now))])).message,
    ).toContain('only change partners in your regions (North)');
    const other = await push(server.app, admin.headers, workspace.publicId, [
      batch(
        [create('partners', 'not-mine', { name: 'Theirs', region: 'North', ownerId: 'someone' })],
        stamp(now - 1800),
      ),
    ]);
    expect(other.statusCode).toBe(200);
    expect(
      (await refused(owner, [batch([set('partners', 'not-mine', 'phone', '4')], stamp(now))])).message,
    ).toBe("You can only change partners you own: 'Theirs' belongs to another owner.");
    expect(
      (await refused(owner, [batch([set('partners', ids.ownedByOwner, 'ownerId', 'someone')], stamp(now))]))
        .message,
    ).toContain('would give');
    expect(
      (await refused(owner, [batch([set('products', ids.product, 'name', 'x')], stamp(now))])).message,
    ).toContain('Only an admin or a regional manager');
    expect(
      (await refused(owner, [batch([set('owners', north.ownerId, 'name', 'x')], stamp(now))])).code,
    ).toBe('FORBIDDEN');
  });

  it('keeps the newest region when an older change arrives late', async () => {
    const p = ulid();
    await push(server.app, admin.headers, workspace.publicId, [
      batch([create('partners', p, { name: 'Late', region: 'North' })], stamp(now - 1000)),
    ]);
    await push(server.app, admin.headers, workspace.publicId, [
      batch([set('partners', p, 'region', 'East')], stamp(now - 500)),
    ]);
    await push(server.app, admin.headers, workspace.publicId, [
      batch([set('partners', p, 'region', 'West')], stamp(now - 800)),
    ]);
    const row = await server.store.db
      .selectFrom('partnerScopes')
      .selectAll()
      .where('partnerId', '=', p)
      .executeTakeFirstOrThrow();
    expect(row.region).toBe('East');
  });

  it('keeps the rows of a partner not received yet from non-admins until it arrives in their region', async () => {
    const early = ulid();
    // Not a ULID: the server keys it by its hash.
    const contact = `contact-of-${early}`;
    const rowsSeenByNorth = async () =>
      (await pullAll(server.app, north.headers)).batches.flatMap((b) => b.changes.map((c) => c.rowId));
    const first = await push(server.app, admin.headers, workspace.publicId, [
      batch([create('contacts', contact, { partnerId: early, name: 'Early' })], stamp(now - 400)),
    ]);
    expect(first.statusCode).toBe(200);
    expect(await rowsSeenByNorth()).not.toContain(contact);
    expect(
      (await refused(north, [batch([set('contacts', contact, 'phone', '5')], stamp(now))])).message,
    ).toBe(`The server has never received partner '${early}', so only an admin can change its records.`);

    const arrives = await push(server.app, admin.headers, workspace.publicId, [
      batch([create('partners', early, { name: 'Early Bird', region: 'North' })], stamp(now - 300)),
    ]);
    expect(arrives.statusCode).toBe(200);
    expect(await rowsSeenByNorth()).toEqual(expect.arrayContaining([contact, early]));
    const edit = await push(server.app, north.headers, workspace.publicId, [
      batch([set('contacts', contact, 'phone', '5')], stamp(now - 200)),
    ]);
    expect(edit.statusCode).toBe(200);
  });

  it('sends the earlier history of named partners only, within the user’s regions and up to `until`', async () => {
    // Rows changed (earlier tests of this file edit some of them again).
    const rowsOf = (pulled: Awaited<ReturnType<typeof pullAll>>) =>
      [...new Set(pulled.batches.flatMap((b) => b.changes.map((c) => c.rowId)))].sort();
    // Their rows and nothing workspace-wide (the user has those already).
    expect(rowsOf(await pullAll(server.app, admin.headers, 0, 1000, `&partners=${ids.majuJaya}`))).toEqual(
      [ids.majuJaya, ids.contactWest, ids.dispute, ids.entry].sort(),
    );
    expect(
      rowsOf(await pullAll(server.app, north.headers, 0, 1000, `&partners=${ids.sinar},${ids.majuJaya}`)),
    ).toEqual([ids.sinar, ids.contactNorth].sort());

    // `until` stops the log there: the pull ends at it, and what came later is not sent.
    const all = await pullAll(server.app, admin.headers, 0, 1);
    const firstTwo = all.pages[1]!.cursor;
    const upTo = await pullAll(server.app, admin.headers, 0, 1, `&until=${firstTwo}`);
    expect(upTo.cursor).toBe(firstTwo);
    expect(upTo.pages.at(-1)!.more).toBe(false);
    expect(upTo.batches).toEqual(all.pages.slice(0, 2).flatMap((page) => page.batches));

    for (const bad of ['&partners=', '&partners=a,,b', '&partners=x%20y', `&partners=${'p,'.repeat(50)}p`]) {
      const response = await server.app.inject({
        method: 'GET',
        url: `/v1/sync/pull?after=0${bad}`,
        headers: north.headers,
      });
      expect(response.statusCode, bad).toBe(400);
    }
  });

  it('tells the people of a region which partners left it, in the pages that span the move', async () => {
    const moving = ulid();
    const pushed = async (batches: SyncBatch[]) => {
      const response = await push(server.app, admin.headers, workspace.publicId, batches);
      expect(response.statusCode).toBe(200);
      return response.json<{ cursor: number }>().cursor;
    };
    const departedFor = async (user: FixtureUser, after: number) =>
      (await pullAll(server.app, user.headers, after, 1)).pages.flatMap((page) => page.departed ?? []);
    const created = await pushed([
      batch([create('partners', moving, { name: 'Pindah', region: 'North' })], stamp(now + 1000)),
    ]);
    const movedOut = await pushed([batch([set('partners', moving, 'region', 'West')], stamp(now + 2000))]);
    expect(await departedFor(north, created), 'from before the move').toEqual([moving]);
    expect(await departedFor(owner, created), 'an account owner of North').toEqual([moving]);
    // Not after the move, not to an admin, and not for a move that lost to a newer stamp.
    expect(await departedFor(north, movedOut), 'from after the move').toEqual([]);
    expect(await departedFor(admin, created), 'an admin').toEqual([]);
    const late = await pushed([batch([set('partners', moving, 'region', 'East')], stamp(now + 1500))]);
    expect(await departedFor(north, movedOut), 'a move that lost').toEqual([]);
    // Back into the manager's regions (East) and out again (South). What counts is the region at
    // the two ends of the pull: from before the first move, it was theirs and is not; from after
    // it, it was West's (already removed) and is not theirs either.
    await pushed([batch([set('partners', moving, 'region', 'East')], stamp(now + 3000))]);
    const movedAgain = await pushed([batch([set('partners', moving, 'region', 'South')], stamp(now + 4000))]);
    expect(await departedFor(north, created), 'from before both moves').toEqual([moving]);
    expect(await departedFor(north, late), 'from West').toEqual([]);
    expect(await departedFor(north, movedAgain), 'from after both').toEqual([]);
    const page = (await pullAll(server.app, north.headers, created, 1000)).pages.at(-1)!;
    expect(page.departed).toEqual([moving]);
  });

  it('refuses compaction to anyone but an admin', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/v1/sync/compact',
      headers: north.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(403);
  });
});
