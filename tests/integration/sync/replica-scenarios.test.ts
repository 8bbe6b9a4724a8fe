// The replica engine in the situations a team meets: a delete against an edit, an undo of a synced
// change, a snapshot followed by an older message nobody had pulled, emptying local data before a
// download, awards that must not be posted twice, and how fast a pulled page applies.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../src/core/sync/hlc';
import {
  applyPulledBatches,
  importSnapshotRows,
  localDataSummary,
  purgeLocalData,
} from '../../../src/core/sync/replica';
import { newId } from '../../../src/core/db/ids';
import type { PulledBatch } from '../../../src/shared/sync-protocol';
import { SyncRelay } from '../../support/sync-relay';
import { openIncentiveFixture } from '../core/incentive-fixture';
import { entityRows, openReplica, pullAll, pushAll, type Replica } from './replica-core';

const partner = (name: string) => ({
  partner: { name, type: 'distributor', country: 'MY' },
  allowDuplicate: true,
});
const open: { dispose(): Promise<void> }[] = [];
async function replicas(n: number): Promise<Replica[]> {
  const list = await Promise.all(Array.from({ length: n }, () => openReplica()));
  open.push(...list);
  return list;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((replica) => replica.dispose()));
});

async function sync(relay: SyncRelay, ...list: Replica[]) {
  for (const replica of list) await pushAll(replica, relay);
  for (const replica of list) await pullAll(replica, relay);
}

describe('sync scenarios', () => {
  it('a delete on one computer and an edit on another both hold: the row is deleted with the edit', async () => {
    const [a, b] = await replicas(2);
    const relay = new SyncRelay();
    const { id } = await a!.ok('partners.create', partner('Maju Jaya'));
    await sync(relay, a!, b!);
    await a!.ok('partners.delete', { id });
    const base = await b!.ok('partners.get', { id });
    await b!.ok('partners.update', { id, partner: { ...base, city: 'Penang' }, allowDuplicate: true });
    await sync(relay, b!, a!);
    await sync(relay, b!, a!);
    for (const replica of [a!, b!]) {
      expect((await replica.call('partners.get', { id })).ok).toBe(false);
      const row = await replica.ctx.db
        .selectFrom('partners')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.city).toBe('Penang');
      expect(row.deletedAt).not.toBeNull();
    }
    expect(await entityRows(a!, 'partners')).toEqual(await entityRows(b!, 'partners'));
  });

  it('an undo syncs like any edit, and a teammate cannot undo what another computer did', async () => {
    const [a, b] = await replicas(2);
    const relay = new SyncRelay();
    const { id } = await a!.ok('partners.create', partner('Maju Jaya'));
    await sync(relay, a!, b!);
    const base = await a!.ok('partners.get', { id });
    const { batchId } = await a!.ok('partners.update', {
      id,
      partner: { ...base, name: 'Maju Jaya Abadi' },
      allowDuplicate: true,
    });
    await sync(relay, a!, b!);
    expect((await b!.ok('partners.get', { id })).name).toBe('Maju Jaya Abadi');
    const refused = await b!.call('history.undo', { batchId });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('another computer'),
    });
    expect((await b!.ok('history.status', {})).label).not.toBe('Edit partner Maju Jaya Abadi');

    await a!.ok('history.undo', { batchId });
    await sync(relay, a!, b!);
    expect((await b!.ok('partners.get', { id })).name).toBe('Maju Jaya');
    const marked = await b!.ctx.db
      .selectFrom('batches')
      .select('undoneByBatchId')
      .where('id', '=', batchId)
      .executeTakeFirstOrThrow();
    expect(marked.undoneByBatchId).not.toBeNull();
  });

  it('after a snapshot, an older message nobody pulled still merges field by field', async () => {
    const [a, b] = await replicas(2);
    const { id } = await a!.ok('partners.create', partner('Maju Jaya'));
    const creation = await a!.ctx.db
      .selectFrom('changeLog')
      .select('newValue')
      .where('rowId', '=', id)
      .executeTakeFirstOrThrow();
    const fields = JSON.parse(creation.newValue!) as Record<string, unknown>;
    const stamp = (ms: number) => formatHlc({ wallMs: 1_800_000_000_000 + ms, counter: 0 }, 'SERVERREPLICA');
    const snapshotFields = Object.fromEntries(
      Object.entries({ ...fields, name: 'Maju Jaya Abadi', city: 'Penang' }).map(([field, value]) => [
        field,
        [field === 'name' ? stamp(5) : field === 'city' ? stamp(3) : stamp(1), value] as [string, unknown],
      ]),
    );
    const imported = await importSnapshotRows(b!.ctx, [
      { table: 'partners', rowId: id, fields: snapshotFields },
    ]);
    expect(imported.applied).toBeGreaterThan(0);
    expect(await b!.ok('partners.get', { id })).toMatchObject({ name: 'Maju Jaya Abadi', city: 'Penang' });
    // Re-reading the same page changes nothing.
    expect(
      (await importSnapshotRows(b!.ctx, [{ table: 'partners', rowId: id, fields: snapshotFields }])).applied,
    ).toBe(0);

    const older: PulledBatch = {
      id: newId(),
      hlc: stamp(4),
      actor: 'someone',
      label: 'Edit partner Maju Jaya',
      origin: 'local',
      undoes: null,
      permanent: false,
      seq: 9,
      author: 'Someone',
      changes: [
        { table: 'partners', rowId: id, field: 'name', value: 'Maju Lama' },
        { table: 'partners', rowId: id, field: 'city', value: 'Bandung' },
      ],
    };
    const outcome = await applyPulledBatches(b!.ctx, [older]);
    expect(outcome).toMatchObject({ applied: 1, lost: 1 });
    expect(await b!.ok('partners.get', { id })).toMatchObject({ name: 'Maju Jaya Abadi', city: 'Bandung' });
    const batch = await b!.ctx.db
      .selectFrom('batches')
      .selectAll()
      .where('id', '=', `snapshot:${stamp(5)}`)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      label: 'Joined the workspace',
      origin: 'system',
      pushed: 1,
      replicaId: 'SERVERREPLICA',
    });
  });

  it('empties local data for a download, keeps this computer’s identity, and the download refills it', async () => {
    const [a, b] = await replicas(2);
    const relay = new SyncRelay();
    const { id } = await a!.ok('partners.create', partner('Maju Jaya'));
    await a!.ok('contacts.create', { partnerId: id, name: 'Ani' });
    expect(await localDataSummary(a!.ctx)).toEqual({ partners: 1, batches: 2 });
    expect(await localDataSummary(b!.ctx)).toEqual({ partners: 0, batches: 0 });
    await pushAll(a!, relay);
    const identity = await a!.ctx.db.selectFrom('localSettings').selectAll().orderBy('key').execute();

    await purgeLocalData(a!.ctx);
    for (const table of ['partners', 'contacts', 'owners', 'change_log', 'batches', 'partner_tags']) {
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.raw(table)}`.execute(
        a!.ctx.db,
      );
      expect(rows[0]!.n, table).toBe(0);
    }
    expect(await a!.ctx.db.selectFrom('localSettings').selectAll().orderBy('key').execute()).toEqual(
      identity,
    );
    expect((await a!.ok('partners.list', {})).total).toBe(0);

    await pullAll(a!, relay);
    expect((await a!.ok('partners.get', { id })).name).toBe('Maju Jaya');
    expect((await a!.ok('partners.list', {})).total).toBe(1);
  });

  it('two computers approving different claims of one period offline end with the whole award, once', async () => {
    const fx = await openIncentiveFixture();
    open.push({ dispose: () => fx.close() });
    const [b] = await replicas(1);
    const relay = new SyncRelay();
    const programId = await fx.program();
    const partnerId = await fx.partner('Maju Jaya');
    const productId = await fx.product('AC-1200X', 'aircon');
    await fx.enroll(programId, partnerId);
    await fx.rules(programId, [
      {
        key: 'per-unit',
        name: 'Points per aircon',
        award: 'points',
        basis: 'units',
        calc: { kind: 'rate', rate: 10, every: 1 },
      },
    ]);
    const lines = [{ productId, quantity: 3, amountMinor: 450_000 }];
    const first = await fx.claim(programId, partnerId, 'INV-0042', '2026-11-03', lines);
    const second = await fx.claim(programId, partnerId, 'INV-0043', '2026-11-04', lines);
    await pushAll(fx, relay);
    await pullAll(b!, relay);

    // Offline: A approves one claim, B the other. Both post "the first 30 points" (the same step).
    await fx.decide(first, 'approve', '2026-11-20');
    const revision = (await b!.ok('claims.get', { id: second })).revision;
    await b!.ok('claims.decide', {
      id: second,
      revision,
      decision: 'approve',
      reason: '',
      today: '2026-11-20',
    });
    for (let round = 0; round < 3; round++) {
      await pushAll(fx, relay);
      await pushAll(b!, relay);
      await pullAll(fx, relay);
      await pullAll(b!, relay);
    }
    const amounts = async (replica: { ctx: Replica['ctx'] }) =>
      (await replica.ctx.db.selectFrom('ledgerEntries').select(['id', 'amount']).orderBy('id').execute()).map(
        (row) => [row.id, row.amount],
      );
    expect(await amounts(fx)).toEqual(await amounts(b!));
    expect((await amounts(b!)).reduce((sum, [, amount]) => sum + Number(amount), 0)).toBe(60);
  });

  it('awards of a claim approved on one computer are not posted again on the other', async () => {
    const fx = await openIncentiveFixture();
    open.push({ dispose: () => fx.close() });
    const [b] = await replicas(1);
    const relay = new SyncRelay();
    const programId = await fx.program();
    const partnerId = await fx.partner('Maju Jaya');
    const productId = await fx.product('AC-1200X', 'aircon');
    await fx.enroll(programId, partnerId);
    await fx.rules(programId, [
      {
        key: 'per-unit',
        name: 'Points per aircon',
        award: 'points',
        basis: 'units',
        calc: { kind: 'rate', rate: 10, every: 1 },
      },
    ]);
    const claimId = await fx.claim(programId, partnerId, 'INV-0042', '2026-11-03', [
      { productId, quantity: 3, amountMinor: 450_000 },
    ]);
    await fx.decide(claimId, 'approve', '2026-11-20');
    await pushAll(fx, relay);
    await pullAll(b!, relay);

    expect(await entityRows(b!, 'ledger_entries')).toEqual(await entityRows(fx, 'ledger_entries'));
    expect((await entityRows(b!, 'ledger_entries')).map((row) => row.amount)).toEqual([30]);
    const totals = (replica: { ctx: Replica['ctx'] }) =>
      replica.ctx.db.selectFrom('ledgerPartnerTotals').selectAll().orderBy('partnerId').execute();
    expect(await totals(b!)).toEqual(await totals(fx));
    // B made no batch of its own while applying (only its profile).
    const own = await b!.ctx.db
      .selectFrom('batches')
      .select('label')
      .where('replicaId', '=', b!.ctx.clock.replicaId)
      .execute();
    expect(own.map((batch) => batch.label)).toEqual(['Create profile']);
  });

  it('applies a page of 5,000 pulled creations, and 5,000 edits, fast', async () => {
    const [b] = await replicas(1);
    const template = {
      name: '',
      legalName: '',
      type: 'distributor',
      status: 'active',
      region: 'North',
      country: 'MY',
      city: 'Penang',
      address: '',
      phone: '',
      email: '',
      website: '',
      ownerId: null,
      partnershipStart: null,
      tags: ['vip'],
      notes: '',
      visitCadenceDays: null,
      careStatus: null,
      careStatusUntil: null,
      careStatusNote: '',
      deletedAt: null,
    };
    const ids = Array.from({ length: 5000 }, () => newId());
    const page = (make: (id: string, i: number) => PulledBatch['changes'][number]): PulledBatch[] =>
      Array.from({ length: 50 }, (_, b) => ({
        id: newId(),
        hlc: formatHlc({ wallMs: Date.now(), counter: b }, 'OTHER'),
        actor: 'someone',
        label: 'Import partners',
        origin: 'local' as const,
        undoes: null,
        permanent: false,
        seq: b + 1,
        author: 'Someone',
        changes: ids.slice(b * 100, b * 100 + 100).map((id, i) => make(id, b * 100 + i)),
      }));
    const creations = page((id, i) => ({
      table: 'partners',
      rowId: id,
      field: '*',
      value: { ...template, name: `Partner ${i}` },
    }));
    let started = performance.now();
    const created = await applyPulledBatches(b!.ctx, creations);
    const createMs = performance.now() - started;
    expect(created.applied).toBe(5000);
    const edits = page((id, i) => ({ table: 'partners', rowId: id, field: 'city', value: `City ${i}` }));
    started = performance.now();
    const edited = await applyPulledBatches(b!.ctx, edits);
    const editMs = performance.now() - started;
    expect(edited.applied).toBe(5000);
    console.log(
      `[sync apply] 5,000 creations in ${createMs.toFixed(0)} ms (${Math.round(5000 / (createMs / 1000))}/s); ` +
        `5,000 edits in ${editMs.toFixed(0)} ms (${Math.round(5000 / (editMs / 1000))}/s)`,
    );
    expect((await b!.ok('partners.list', { search: 'Partner 4999' })).total).toBe(1);
    const row = await b!.ctx.db
      .selectFrom('partners')
      .select(['city', 'tags'])
      .where('id', '=', ids[42]!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ city: 'City 42', tags: '["vip"]' });
    // Generous bounds (shared, loaded machines): they catch a page that stops being set-based.
    expect(createMs).toBeLessThan(5000);
    expect(editMs).toBeLessThan(5000);
  });
});
