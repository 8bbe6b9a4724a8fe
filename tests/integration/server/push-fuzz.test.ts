// Fuzzing the push endpoint (fast-check) on both databases: random JSON, truncated bodies, wrong
// types, huge strings, bad stamps, unknown rows and valid batches mixed with one bad one. The
// server always answers 2xx or 4xx (never 5xx), and after every refusal the log, the row scopes
// and the partner scopes hold exactly what they held before: nothing is ever half-applied.
import fc from 'fast-check';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncBatch } from '../../../src/shared/sync-protocol';
import { syncTables } from '../../../src/shared/sync-protocol';
import {
  openSyncServer,
  type FixtureUser,
  type FixtureWorkspace,
  type SyncServerFixture,
} from '../../support/sync-server-fixture';
import { batch, create, set, stamp } from './sync-batches';

describe.each(['sqlite', 'postgres'] as const)('push fuzzing (%s)', (kind) => {
  let server: SyncServerFixture;
  let workspace: FixtureWorkspace;
  let admin: FixtureUser;
  let manager: FixtureUser;
  const partnerId = ulid();
  const now = Date.now();

  beforeAll(async () => {
    server = await openSyncServer(kind);
    workspace = await server.addWorkspace();
    admin = await server.addUser(workspace, { role: 'admin' });
    manager = await server.addUser(workspace, { role: 'regional_manager', regions: ['North'] });
    const seeded = await server.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: admin.headers,
      payload: {
        workspaceId: workspace.publicId,
        replicaId: 'seed',
        batches: [
          batch([create('partners', partnerId, { name: 'Seed', region: 'West' })], stamp(now - 60_000)),
        ],
      },
    });
    expect(seeded.statusCode).toBe(200);
  });
  afterAll(() => server.close());

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

  // Text PostgreSQL cannot store (NUL) and lone surrogates, besides ordinary strings.
  const awkward = fc.constantFrom('\u0000', 'a\u0000b', '\ud800', '\udfff x');
  const text = (maxLength: number) => fc.oneof(fc.string({ maxLength, unit: 'binary' }), awkward);
  const id = fc.oneof(fc.constant(partnerId), text(70), fc.constant(''));
  const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ minLength: 0, maxLength: 5000 }));
  const change = fc.record({
    table: fc.oneof(fc.constantFrom(...syncTables), text(20)),
    rowId: id,
    field: fc.oneof(
      fc.constantFrom('*', 'name', 'region', 'ownerId', 'partnerId', 'disputeId'),
      fc.string({ maxLength: 70 }),
    ),
    value: fc.oneof(
      value,
      fc.record({
        name: fc.string(),
        region: fc.constantFrom('North', 'West', ''),
        partnerId: id,
        partnerIds: fc.array(id, { maxLength: 2 }),
        disputeId: id,
      }),
    ),
  });
  const hlc = fc.oneof(
    fc.integer({ min: now - 10 ** 9, max: now + 10 ** 9 }).map((ms) => stamp(ms, 0, 'fuzz')),
    fc.string({ maxLength: 80 }),
    fc.constant('999999999999999-000000-x'),
  );
  const fuzzBatch = fc.record({
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 70 }), fc.constant(ulid())),
    hlc,
    actor: text(70),
    label: text(600),
    origin: fc.oneof(fc.constantFrom('local', 'undo', 'system'), fc.string()),
    undoes: fc.oneof(fc.constant(null), fc.string({ maxLength: 70 })),
    permanent: fc.oneof(fc.boolean(), fc.integer()),
    changes: fc.array(change, { minLength: 0, maxLength: 4 }),
  });
  const validBatch = fc.constantFrom(0, 1, 2).map((kindOf): SyncBatch => {
    const p = ulid();
    if (kindOf === 0)
      return batch([create('partners', p, { name: 'Fuzz', region: 'North' })], stamp(now, 0, 'fuzz'));
    if (kindOf === 1) return batch([set('partners', partnerId, 'city', 'Medan')], stamp(now, 1, 'fuzz'));
    return batch(
      [create('partners', p, { name: 'X', region: 'North' }), create('contacts', ulid(), { partnerId: p })],
      stamp(now, 2, 'fuzz'),
    );
  });
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((json) => JSON.stringify(json)),
    fc
      .record({
        workspaceId: fc.oneof(fc.constant('W'), fc.string()),
        replicaId: fc.string(),
        batches: fc.array(fuzzBatch, { maxLength: 4 }),
      })
      .map((b) =>
        JSON.stringify({ ...b, workspaceId: b.workspaceId === 'W' ? workspace.publicId : b.workspaceId }),
      ),
    // Valid batches with one bad one among them: all or nothing.
    fc
      .tuple(fc.array(validBatch, { minLength: 1, maxLength: 3 }), fuzzBatch, fc.nat())
      .map(([valid, bad, at]) => {
        const batches: unknown[] = [...valid];
        batches.splice(at % (valid.length + 1), 0, bad);
        return JSON.stringify({ workspaceId: workspace.publicId, replicaId: 'fuzz', batches });
      }),
    fc
      .array(validBatch, { minLength: 1, maxLength: 3 })
      .map((batches) => JSON.stringify({ workspaceId: workspace.publicId, replicaId: 'fuzz', batches })),
    // A valid batch with awkward text in one place that reaches a text column.
    fc
      .tuple(
        validBatch,
        awkward,
        fc.constantFrom('label', 'actor', 'id', 'undoes', 'rowId', 'region', 'partnerId'),
      )
      .map(([valid, bad, where]) => {
        const first = valid.changes[0]!;
        const changes =
          where === 'rowId'
            ? [{ ...first, rowId: bad }]
            : where === 'region' || where === 'partnerId'
              ? [
                  create(where === 'region' ? 'partners' : 'contacts', ulid(), {
                    name: 'Z',
                    region: where === 'region' ? bad : 'North',
                    partnerId: bad,
                  }),
                ]
              : valid.changes;
        const edited = ['label', 'actor', 'id', 'undoes'].includes(where)
          ? { ...valid, [where]: bad }
          : { ...valid, changes };
        return JSON.stringify({ workspaceId: workspace.publicId, replicaId: 'fuzz', batches: [edited] });
      }),
  );
  const truncated = fc
    .tuple(body, fc.nat())
    .map(([text, cut]) => (text.length > 1 ? text.slice(0, cut % text.length) : text));

  it('never answers 5xx and never half-applies a refused push', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(body, truncated), fc.boolean(), async (payload, asManager) => {
        const before = await counts();
        const response = await server.app.inject({
          method: 'POST',
          url: '/v1/sync/push',
          headers: { ...(asManager ? manager.headers : admin.headers), 'content-type': 'application/json' },
          payload,
        });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode >= 300) {
          expect(response.json().error.code).toBeTypeOf('string');
          expect(await counts()).toEqual(before);
        }
      }),
      { numRuns: kind === 'sqlite' ? 300 : 150 },
    );
  });
});
