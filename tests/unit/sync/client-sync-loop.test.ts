// The sync scheduler with fake timers: debounced after writes, one sync at a time, backoff after
// failures capped, and push chunks within the protocol's limits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, startSyncLoop, type SyncRunOutcome } from '../../../src/core/sync/client/sync-loop';
import { chunkForPush } from '../../../src/core/sync/client/sync-run';
import type { SyncBatch } from '../../../src/shared/sync-protocol';

describe('sync loop', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const timing = { intervalMs: 30_000, debounceMs: 1_500, backoffMs: 1_000, maxBackoffMs: 60_000 };

  it('syncs once after a burst of writes, when the writes stop', async () => {
    const run = vi.fn(() => Promise.resolve<SyncRunOutcome>('done'));
    const loop = startSyncLoop({ ...timing, run });
    loop.soon();
    await vi.advanceTimersByTimeAsync(1_000);
    loop.soon();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(run).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('never runs two syncs at once, and a request during one runs one more after it', async () => {
    let running = 0;
    let most = 0;
    const run = vi.fn(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 100));
      running--;
      return 'done' as const;
    });
    const loop = startSyncLoop({ ...timing, run });
    const first = loop.now();
    const second = loop.now();
    const third = loop.now();
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all([first, second, third]);
    expect(most).toBe(1);
    expect(run).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('retries after failures with doubling waits up to the cap, and stops retrying after a success', async () => {
    const outcomes: SyncRunOutcome[] = ['retry', 'retry', 'retry', 'done'];
    const run = vi.fn(() => Promise.resolve(outcomes.shift() ?? 'done'));
    const loop = startSyncLoop({ ...timing, run });
    await loop.now();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(run).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(run).toHaveBeenCalledTimes(4);
    expect(backoffDelay(10, 1_000, 60_000)).toBe(60_000);
    expect(backoffDelay(0, 1_000, 60_000)).toBe(0);
    await loop.stop();
  });

  it('does nothing after stop', async () => {
    const run = vi.fn(() => Promise.resolve<SyncRunOutcome>('done'));
    const loop = startSyncLoop({ ...timing, run });
    loop.soon();
    await loop.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    await loop.now();
    expect(run).not.toHaveBeenCalled();
  });
});

describe('push chunks', () => {
  const batch = (id: string, changes: number): SyncBatch => ({
    id,
    hlc: '001764000000000-000000-r1',
    actor: 'o1',
    label: 'x',
    origin: 'local',
    undoes: null,
    permanent: false,
    changes: Array.from({ length: changes }, (_, i) => ({
      table: 'partners',
      rowId: `p${i}`,
      field: 'name',
      value: 'v',
    })),
  });

  it('keeps order and stays within batch, change and byte limits (an oversized batch goes alone)', () => {
    const batches = [
      batch('a', 3),
      batch('b', 3),
      batch('c', 9),
      batch('d', 1),
      batch('e', 1),
      batch('f', 1),
    ];
    const chunks = chunkForPush(batches, { batches: 2, changes: 6, bytes: 1_000_000 });
    expect(chunks.map((chunk) => chunk.map((b) => b.id))).toEqual([['a', 'b'], ['c'], ['d', 'e'], ['f']]);
    const bySize = chunkForPush(batches, { batches: 100, changes: 100, bytes: 1 });
    expect(bySize).toHaveLength(batches.length);
  });
});
