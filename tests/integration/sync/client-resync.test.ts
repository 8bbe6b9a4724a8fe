// History the server has folded into snapshots: a computer that was away longer than the
// compaction age is told to resync (410), merges the snapshot keeping its own unpushed edit, and
// a new computer joins from the snapshot. And a computer whose clock runs far ahead is refused
// with the server's message, shown in its status, nothing applied.
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../src/core';
import { openDatabase } from '../../../src/core/db/open-database';
import { foldAllHistory, joinByInvite, partnerInput, serverPerTest, type Client } from './client-harness';

/** The loyalty scores a computer holds, read from its closed data file. */
async function scoresOf(client: Client): Promise<unknown[]> {
  await client.close();
  const { db } = await openDatabase({ filePath: path.join(client.dataDir, databaseFileName) });
  try {
    return (
      await sql`select partner_id, score, computed_tier, tier, risk_level from partner_scores order by 1`.execute(
        db,
      )
    ).rows;
  } finally {
    await db.destroy();
  }
}

describe.each(['sqlite', 'postgres'] as const)('compacted history and clock drift (%s)', (kind) => {
  const live = serverPerTest(kind);
  const client = () => live.client();

  it('resyncs from the snapshot after the history it missed was compacted, keeping its own edit', async () => {
    const { server } = live;
    const a = await client();
    const b = await client();
    await joinByInvite(a, server, await server.invite());
    await joinByInvite(b, server, await server.invite());
    const { id: first } = await a.ok('partners.create', partnerInput('Maju Jaya', 'North'));
    const { id: second } = await a.ok('partners.create', partnerInput('Sinar Abadi', 'North'));
    await a.ok('sync.now', {});
    await b.ok('sync.now', {});

    // A edits while B is away; B edits another partner without syncing.
    const one = await a.ok('partners.get', { id: first });
    await a.ok('partners.update', { id: first, partner: { ...one, city: 'Ipoh' }, allowDuplicate: true });
    await a.ok('sync.now', {});
    const two = await b.ok('partners.get', { id: second });
    await b.ok('partners.update', { id: second, partner: { ...two, city: 'Melaka' }, allowDuplicate: true });

    // The server folds everything into its snapshot (as if B had been away past the age).
    expect(await foldAllHistory(server)).toBeGreaterThan(0);

    expect(await b.ok('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0, error: null });
    expect((await b.ok('partners.get', { id: first })).city).toBe('Ipoh');
    expect((await b.ok('partners.get', { id: second })).city).toBe('Melaka');
    await a.ok('sync.now', {});
    expect((await a.ok('partners.get', { id: second })).city).toBe('Melaka');

    // A new computer joins from the snapshot, not the (gone) history.
    const c = await client();
    expect(await joinByInvite(c, server, await server.invite())).toMatchObject({ state: 'synced' });
    expect((await c.ok('partners.get', { id: first })).city).toBe('Ipoh');
    expect((await c.ok('partners.get', { id: second })).city).toBe('Melaka');
  });

  it('scores the partners of a snapshot once it is merged, as the computer that made them did', async () => {
    const { server } = live;
    const a = await client();
    await joinByInvite(a, server, await server.invite());
    await a.ok('demo.load', { partners: 6 });
    await a.ok('sync.now', {});
    expect(await foldAllHistory(server)).toBeGreaterThan(0);

    // Snapshot pages of a few rows each, fetched ahead and merged several at a time.
    const c = await client();
    expect(await joinByInvite(c, server, await server.invite())).toMatchObject({ state: 'synced' });
    // The demo's inactive partners and prospects get no score: compared with the first computer.
    const scores = await scoresOf(c);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual(await scoresOf(a));
  });

  it('moves past its own push instead of pulling it back, unless someone pushed in between', async () => {
    const { server } = live;
    const a = await client();
    const b = await client();
    await joinByInvite(a, server, await server.invite());
    await joinByInvite(b, server, await server.invite());
    const logEnd = async () =>
      Number(
        (
          await server.store.db
            .selectFrom('syncLog')
            .select((eb) => eb.fn.max('seq').as('seq'))
            .executeTakeFirstOrThrow()
        ).seq ?? 0,
      );
    const pulledAfter = (seq: number) => {
      const seen = { pulled: false };
      server.link.onceRequest(`/v1/sync/pull?after=${seq}&`, () => (seen.pulled = true));
      return seen;
    };
    await a.ok('partners.create', partnerInput('Maju Jaya', 'North'));
    await a.ok('sync.now', {});
    await b.ok('sync.now', {});

    // Nothing came in between: A's next pull starts after its own push (one log row).
    const end = await logEnd();
    const skipped = pulledAfter(end + 1);
    await a.ok('partners.create', partnerInput('Sinar Abadi', 'North'));
    await a.ok('sync.now', {});
    expect(await logEnd()).toBe(end + 1);
    expect(skipped.pulled).toBe(true);

    // B pushes, then A pushes before pulling: A's pull starts before B's row and gets it.
    const before = await logEnd();
    const { id: fromB } = await b.ok('partners.create', partnerInput('Dari B', 'North'));
    await b.ok('sync.now', {});
    const fromStart = pulledAfter(before);
    await a.ok('partners.create', partnerInput('Cahaya', 'North'));
    await a.ok('sync.now', {});
    expect(fromStart.pulled).toBe(true);
    expect((await a.ok('partners.get', { id: fromB })).name).toBe('Dari B');
  });

  it('shows the server refusing a clock far ahead, and stores nothing', async () => {
    // This computer's clock runs two hours ahead of the server's.
    const server = await live.replaceServer(() => new Date(Date.now() - 2 * 60 * 60 * 1000));
    const a = await client();
    await a.ok('partners.create', partnerInput('From The Future', 'North'));
    expect(await joinByInvite(a, server, await server.invite())).toMatchObject({ state: 'choose' });
    // The upload is refused; whether the join answers or fails, the status says why.
    await a.core.call('sync.join', { choice: 'upload' });
    const status = await a.ok('sync.now', {});
    expect(status.state).toBe('error');
    expect(status.error).toMatch(/clock/i);
    expect(status.waiting).toBeGreaterThan(0);
    const stored = await server.store.db
      .selectFrom('syncLog' as never)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number((stored as { n: number }).n)).toBe(0);
  });
});
