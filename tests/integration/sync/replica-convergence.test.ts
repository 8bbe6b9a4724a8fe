// Property: three computers edit, delete and undo offline, and sync through a relay in any order,
// in partial pulls and partitions, with retried pushes, replayed pages and skewed clocks. Once
// everyone has pushed and pulled everything, the three databases hold the same rows in every
// synced table, and every pushed change is in every change log (applied or lost).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityTables } from '../../../src/core/db/database';
import { applyPulledBatches, readOutbox } from '../../../src/core/sync/replica';
import { SyncRelay } from '../../support/sync-relay';
import { cursorOf, entityRows, openReplica, pullAll, pushAll, type Replica } from './replica-core';

const replicaIndex = fc.integer({ min: 0, max: 2 });
const pick = fc.nat({ max: 5 });
const step = fc.oneof(
  fc.record({
    kind: fc.constant('createPartner' as const),
    r: replicaIndex,
    name: fc.constantFrom('Maju', 'Van Dijk', 'Huasheng'),
  }),
  fc.record({
    kind: fc.constant('editPartner' as const),
    r: replicaIndex,
    p: pick,
    name: fc.option(fc.constantFrom('Sumber', 'Abadi', 'Jaya'), { nil: undefined }),
    city: fc.option(fc.constantFrom('', 'Penang', 'Bandung'), { nil: undefined }),
    tags: fc.option(fc.uniqueArray(fc.constantFrom('vip', 'export'), { maxLength: 2 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('deletePartner' as const), r: replicaIndex, p: pick }),
  fc.record({
    kind: fc.constant('createContact' as const),
    r: replicaIndex,
    p: pick,
    name: fc.constantFrom('Ani', 'Budi'),
  }),
  fc.record({
    kind: fc.constant('editContact' as const),
    r: replicaIndex,
    c: pick,
    role: fc.constantFrom('Owner', 'Buyer', ''),
  }),
  fc.record({ kind: fc.constant('deleteContact' as const), r: replicaIndex, c: pick }),
  fc.record({ kind: fc.constant('undo' as const), r: replicaIndex }),
  fc.record({ kind: fc.constant('push' as const), r: replicaIndex, ackLost: fc.boolean() }),
  fc.record({
    kind: fc.constant('pull' as const),
    r: replicaIndex,
    pageSize: fc.integer({ min: 1, max: 6 }),
    pages: fc.integer({ min: 1, max: 3 }),
    replay: fc.boolean(),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const sqlTables = Object.keys(entityTables).map((table) =>
  table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
);

async function run(replicas: Replica[], relay: SyncRelay, steps: Step[]) {
  // Everyone starts from two shared partners with a contact, so edits meet on the same rows.
  const partners: string[] = [];
  const contacts: string[] = [];
  for (const name of ['Maju Jaya', 'Sumber Makmur']) {
    const { id } = await replicas[0]!.ok('partners.create', {
      partner: { name, type: 'distributor', country: 'MY' },
      allowDuplicate: true,
    });
    partners.push(id);
    contacts.push((await replicas[0]!.ok('contacts.create', { partnerId: id, name: 'Ani' })).id);
  }
  await pushAll(replicas[0]!, relay);
  for (const replica of replicas) await pullAll(replica, relay);
  for (const s of steps) {
    const replica = replicas[s.r]!;
    switch (s.kind) {
      case 'createPartner': {
        const result = await replica.ok('partners.create', {
          partner: { name: s.name, type: 'distributor', country: 'MY' },
          allowDuplicate: true,
        });
        partners.push(result.id);
        break;
      }
      case 'editPartner':
      case 'deletePartner': {
        const id = partners[s.p % Math.max(1, partners.length)];
        if (!id) break;
        if (s.kind === 'deletePartner') {
          await replica.call('partners.delete', { id });
          break;
        }
        const current = await replica.call('partners.get', { id });
        if (!current.ok) break;
        const { name, city, tags } = s;
        await replica.call('partners.update', {
          id,
          partner: {
            ...current.value,
            ...(name ? { name } : {}),
            ...(city !== undefined ? { city } : {}),
            ...(tags ? { tags } : {}),
          },
          allowDuplicate: true,
        });
        break;
      }
      case 'createContact': {
        const partnerId = partners[s.p % Math.max(1, partners.length)];
        if (!partnerId) break;
        const result = await replica.call('contacts.create', { partnerId, name: s.name });
        if (result.ok) contacts.push(result.value.id);
        break;
      }
      case 'editContact':
      case 'deleteContact': {
        const id = contacts[s.c % Math.max(1, contacts.length)];
        if (!id) break;
        if (s.kind === 'deleteContact') {
          await replica.call('contacts.delete', { id });
          break;
        }
        const current = await replica.call('contacts.get', { id });
        if (!current.ok) break;
        await replica.call('contacts.update', { ...current.value, id, role: s.role });
        break;
      }
      case 'undo':
        await replica.call('history.undo', {});
        break;
      case 'push':
        // A push whose answer never arrived: the server has it, the computer sends it again later.
        if (s.ackLost) relay.push(await readOutbox(replica.ctx, { batches: 3, changes: 10 }));
        else await pushAll(replica, relay, { batches: 3, changes: 10 });
        break;
      case 'pull':
        if (s.replay) {
          const page = relay.pull(await cursorOf(replica), s.pageSize).batches;
          if (page.length > 0) await applyPulledBatches(replica.ctx, page);
        }
        await pullAll(replica, relay, s.pageSize, s.pages);
        break;
    }
  }
}

async function expectConverged(replicas: Replica[], relay: SyncRelay) {
  for (const table of sqlTables) {
    const [first, ...rest] = await Promise.all(replicas.map((replica) => entityRows(replica, table)));
    for (const rows of rest) expect(rows, table).toEqual(first);
  }
  const pushed = new Set(
    relay.log.flatMap((batch) =>
      batch.changes.map((change) => `${batch.id}.${change.table}.${change.rowId}.${change.field}`),
    ),
  );
  for (const replica of replicas) {
    const logged = await replica.ctx.db
      .selectFrom('changeLog')
      .select(['batchId', 'tbl', 'rowId', 'field'])
      .execute();
    const have = new Set(logged.map((row) => `${row.batchId}.${row.tbl}.${row.rowId}.${row.field}`));
    for (const change of pushed) expect(have.has(change), change).toBe(true);
  }
}

describe('three computers syncing through a relay', () => {
  it('end identical, with no change lost, whatever the order', { timeout: 90_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.constantFrom(-90_000, 0, 45_000), fc.constantFrom(-30_000, 0, 120_000), fc.constant(0)),
        fc.array(step, { minLength: 5, maxLength: 40 }),
        async (skews, steps) => {
          const replicas = await Promise.all(skews.map((skewMs) => openReplica({ skewMs })));
          try {
            const relay = new SyncRelay();
            await run(replicas, relay, steps);
            for (let round = 0; round < 2; round++) {
              for (const replica of replicas) await pushAll(replica, relay);
              for (const replica of replicas) await pullAll(replica, relay, 7);
            }
            await expectConverged(replicas, relay);
          } finally {
            await Promise.all(replicas.map((replica) => replica.dispose()));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
