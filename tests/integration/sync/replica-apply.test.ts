import { afterEach, describe, expect, it } from 'vitest';
import { applyPulledBatches, countWaitingChanges, readOutbox } from '../../../src/core/sync/replica';
import { SyncRelay } from '../../support/sync-relay';
import { entityRows, openReplica, pullAll, pushAll, type Replica } from './replica-core';

const partner = (name: string) => ({
  partner: { name, type: 'distributor', country: 'MY' },
  allowDuplicate: true,
});

describe('applying pulled batches', () => {
  const open: Replica[] = [];
  const replicas = async (n: number) => {
    const list = await Promise.all(Array.from({ length: n }, () => openReplica()));
    open.push(...list);
    return list;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((replica) => replica.dispose()));
  });

  it('creates on the other computer what one made offline, and the outbox empties', async () => {
    const [a, b] = await replicas(2);
    const relay = new SyncRelay();
    const { id } = await a!.ok('partners.create', partner('Maju Jaya'));
    expect(await countWaitingChanges(a!.ctx)).toBe(2); // the profile and the partner
    await pushAll(a!, relay);
    expect(await countWaitingChanges(a!.ctx)).toBe(0);
    await pullAll(b!, relay);
    const copy = await b!.ok('partners.get', { id });
    expect(copy.name).toBe('Maju Jaya');
    expect(await entityRows(b!, 'partners')).toEqual(await entityRows(a!, 'partners'));
    expect(b!.events.at(-1)).toEqual({
      tables: expect.arrayContaining(['partners', 'owners']),
      batchId: null,
    });
    // B's own batches are its profile only: a teammate's pulled batch is never pushed back.
    expect((await readOutbox(b!.ctx, { batches: 10, changes: 100 })).map((batch) => batch.label)).toEqual([
      'Create profile',
    ]);
  });

  it('keeps the newer of two offline edits of one field on both, and the older in both histories (lost where it never showed)', async () => {
    const [a, b] = await replicas(2);
    const relay = new SyncRelay();
    const { id } = await a!.ok('partners.create', partner('Maju Jaya'));
    await pushAll(a!, relay);
    await pullAll(b!, relay);
    const base = await a!.ok('partners.get', { id });
    const edit = (name: string) => ({ id, partner: { ...base, name }, allowDuplicate: true });
    await a!.ok('partners.update', edit('Maju Jaya Abadi'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b!.ok('partners.update', edit('Maju Jaya Sentosa'));
    await pushAll(b!, relay);
    await pushAll(a!, relay);
    await pullAll(a!, relay);
    await pullAll(b!, relay);
    const names = async (replica: Replica) =>
      (await replica.ok('partners.timeline', { partnerId: id })).flatMap((entry) =>
        entry.changes
          .filter((change) => change.field === 'name')
          .map((change) => ({ ...change, by: entry.actorName })),
      );
    for (const replica of [a!, b!]) {
      expect((await replica.ok('partners.get', { id })).name).toBe('Maju Jaya Sentosa');
    }
    // B never showed A's older name: there it is history marked lost, with its author.
    expect(await names(b!)).toContainEqual(
      expect.objectContaining({ newValue: 'Maju Jaya Abadi', lost: true }),
    );
    // A showed it until B's newer name replaced it: both stay in A's history.
    expect((await names(a!)).map((change) => [change.newValue, change.lost ?? false])).toEqual([
      ['Maju Jaya Sentosa', false],
      ['Maju Jaya Abadi', false],
      ['Maju Jaya', false],
    ]);
    expect(await entityRows(a!, 'partners')).toEqual(await entityRows(b!, 'partners'));
  });

  it('applies a replayed page and an echoed own batch only once', async () => {
    const [a, b] = await replicas(2);
    const relay = new SyncRelay();
    const { id } = await a!.ok('partners.create', partner('Sumber Makmur'));
    await pushAll(a!, relay);
    const page = relay.pull(0, 100).batches;
    const first = await applyPulledBatches(b!.ctx, page);
    expect(first.applied).toBe(2);
    const again = await applyPulledBatches(b!.ctx, page);
    expect(again).toEqual({ batches: 0, applied: 0, lost: 0, tables: [] });
    const echo = await applyPulledBatches(a!.ctx, page);
    expect(echo.applied).toBe(0);
    const log = await b!.ctx.db.selectFrom('changeLog').select('rowId').where('rowId', '=', id).execute();
    expect(log).toHaveLength(1);
  });

  it('merges an edit that arrives before the creation of its row', async () => {
    const [a, b] = await replicas(2);
    const relay = new SyncRelay();
    const { id } = await a!.ok('partners.create', partner('Van Dijk'));
    const base = await a!.ok('partners.get', { id });
    await a!.ok('partners.update', { id, partner: { ...base, city: 'Utrecht' }, allowDuplicate: true });
    await pushAll(a!, relay);
    const [, creation, edit] = relay.pull(0, 100).batches;
    await applyPulledBatches(b!.ctx, [edit!]);
    expect((await b!.call('partners.get', { id })).ok).toBe(false);
    await applyPulledBatches(b!.ctx, [creation!]);
    expect((await b!.ok('partners.get', { id })).city).toBe('Utrecht');
    expect(await entityRows(b!, 'partners')).toEqual(await entityRows(a!, 'partners'));
  });
});
