// A pull refreshes loyalty scores once, at its end: each page marks the partners it touched in
// local_settings (in the page's transaction), and the refresh recomputes them and clears the mark.
// The outcome equals refreshing after every page, and a mark left by a crash is still honoured.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingScoresKey, refreshPendingScores } from '../../../src/core/sync/pending-scores';
import { applyPulledBatches } from '../../../src/core/sync/replica';
import type { PulledBatch } from '../../../src/shared/sync-protocol';
import { SyncRelay } from '../../support/sync-relay';
import { openReplica, pushAll, type Replica } from './replica-core';

async function scores(replica: Replica) {
  const { rows } = await sql<
    Record<string, unknown>
  >`select * from partner_scores order by partner_id`.execute(replica.ctx.db);
  return rows.map(({ computedAt: _c, ...rest }) => rest);
}

async function pendingMark(replica: Replica) {
  return replica.ctx.db
    .selectFrom('localSettings')
    .select('value')
    .where('key', '=', pendingScoresKey)
    .executeTakeFirst();
}

describe('loyalty scores after a pull', () => {
  let source: Replica;
  let log: PulledBatch[];

  beforeAll(async () => {
    source = await openReplica();
    await source.ok('demo.load', { partners: 8 });
    const relay = new SyncRelay();
    await pushAll(source, relay, { batches: 40, changes: 400 });
    log = relay.log;
  }, 60_000);
  afterAll(() => source.dispose());

  it('are refreshed once at the end as if after every page, from a mark that survives a crash', async () => {
    const [eachPage, atEnd] = await Promise.all([openReplica(), openReplica()]);
    try {
      for (let at = 0; at < log.length; at += 25) {
        const page = log.slice(at, at + 25);
        await applyPulledBatches(eachPage.ctx, page, page.at(-1)!.seq);
        await applyPulledBatches(atEnd.ctx, page, page.at(-1)!.seq, { scores: 'later' });
      }
      const expected = await scores(eachPage);
      expect(expected.length).toBeGreaterThan(0);
      // Nothing recomputed yet; the partners wait in the mark (as after a crash between pages).
      expect(await scores(atEnd)).toEqual([]);
      const mark = JSON.parse((await pendingMark(atEnd))!.value) as { partnerIds: string[] };
      expect(mark.partnerIds.length).toBe(expected.length);

      const events = atEnd.events.length;
      expect(await refreshPendingScores(atEnd.ctx)).toBe(true);
      expect(await scores(atEnd)).toEqual(expected);
      expect(await pendingMark(atEnd)).toBeUndefined();
      expect(atEnd.events.length).toBe(events + 1);
      // Nothing waits any more: a second refresh does nothing.
      expect(await refreshPendingScores(atEnd.ctx)).toBe(false);
    } finally {
      await Promise.all([eachPage.dispose(), atEnd.dispose()]);
    }
  });
});
