// Property: a page applied through the fast path (rows never seen here, created by one message,
// inserted without the merge) leaves exactly the database the merge leaves: the same rows, change
// log, batches, scores, tallies and search index, whatever the page sizes, the order batches arrive
// in, and replayed pages.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityTables } from '../../../src/core/db/database';
import { applyPulledBatches } from '../../../src/core/sync/replica';
import type { PulledBatch } from '../../../src/shared/sync-protocol';
import { SyncRelay } from '../../support/sync-relay';
import { openReplica, pushAll, type Replica } from './replica-core';

const sqlTables = Object.keys(entityTables).map((table) =>
  table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
);

/** Everything a pull writes, without what each computer stamps for itself (updated_at, seq). */
async function contents(replica: Replica): Promise<Record<string, unknown[]>> {
  const read = async (query: string) =>
    (await sql<Record<string, unknown>>`${sql.raw(query)}`.execute(replica.ctx.db)).rows;
  const out: Record<string, unknown[]> = {};
  for (const table of sqlTables) {
    out[table] = (await read(`select * from ${table} order by id`)).map(
      ({ updatedAt: _u, statusSince: _s, ...rest }) => rest,
    );
  }
  out.changeLog = await read(
    'select hlc, batch_id, tbl, row_id, field, old_value, new_value, lost from change_log order by seq',
  );
  out.batches = await read('select * from batches order by id');
  out.partnerScores = (await read('select * from partner_scores order by partner_id')).map(
    ({ computedAt: _c, ...rest }) => rest,
  );
  out.salesMonthly = await read('select * from sales_monthly order by period, region, owner_id, currency');
  out.partnersFts = await read(
    'select p.id, f.partners_fts from partners_fts f join partners p on p.rowid = f.rowid order by p.id',
  );
  out.contactsFts = await read(
    'select c.id, f.contacts_fts from contacts_fts f join contacts c on c.rowid = f.rowid order by c.id',
  );
  return out;
}

describe('the fast path for rows never seen here', () => {
  let source: Replica;
  let log: PulledBatch[];

  beforeAll(async () => {
    source = await openReplica();
    await source.ok('demo.load', { partners: 6 });
    // Edits of demo rows, a deletion and an undo: later batches touching rows created earlier.
    const partners = await source.ok('partners.list', { limit: 3 });
    for (const [index, row] of partners.rows.entries()) {
      const partner = await source.ok('partners.get', { id: row.id });
      await source.ok('partners.update', {
        id: row.id,
        partner: { ...partner, city: `City ${index}`, tags: ['vip'] },
        allowDuplicate: true,
      });
    }
    await source.ok('partners.delete', { id: partners.rows[2]!.id });
    await source.ok('history.undo', {});
    const relay = new SyncRelay();
    await pushAll(source, relay, { batches: 40, changes: 400 });
    log = relay.log;
  }, 60_000);
  afterAll(() => source.dispose());

  it('leaves the same database as the merge', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        async (pageSizes, shuffled, replay) => {
          // The same pages for both computers: in log order, or with batches moved around (an
          // edit may then arrive before its row's creation).
          const batches = shuffled ? [...log].sort((a, b) => (a.id.at(-1)! < b.id.at(-1)! ? -1 : 1)) : log;
          const pages: PulledBatch[][] = [];
          for (let at = 0, i = 0; at < batches.length; i++) {
            const size = pageSizes[i % pageSizes.length]!;
            pages.push(batches.slice(at, at + size));
            at += size;
          }
          const [fast, merged] = await Promise.all([openReplica(), openReplica()]);
          try {
            for (const [index, page] of pages.entries()) {
              await applyPulledBatches(fast.ctx, page, index);
              await applyPulledBatches(merged.ctx, page, index, { fastPath: false });
              if (replay && index % 3 === 1) {
                await applyPulledBatches(fast.ctx, pages[index - 1]!, index);
                await applyPulledBatches(merged.ctx, pages[index - 1]!, index, { fastPath: false });
              }
            }
            // Each computer's own profile differs: compare what came through the pages.
            const [a, b] = await Promise.all([contents(fast), contents(merged)]);
            const own = new Set(
              (
                await Promise.all(
                  [fast, merged].map((replica) =>
                    replica.ctx.db
                      .selectFrom('owners')
                      .select('id')
                      .where('id', '=', replica.ctx.selfOwnerId)
                      .execute(),
                  ),
                )
              )
                .flat()
                .map((row) => row.id),
            );
            const notOwn = (rows: unknown[]) =>
              rows.filter((row) => {
                const r = row as Record<string, unknown>;
                return !own.has(r.id as string) && !own.has(r.rowId as string) && !own.has(r.actor as string);
              });
            for (const key of Object.keys(a)) expect(notOwn(a[key]!), key).toEqual(notOwn(b[key]!));
          } finally {
            await Promise.all([fast.dispose(), merged.dispose()]);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
