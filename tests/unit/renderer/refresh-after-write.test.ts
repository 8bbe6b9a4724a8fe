// A write that commits while a query's first fetch is under way must not leave that fetch's
// stale answer on screen (React Query does not restart first fetches on invalidation).
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshAfterWrite } from '../../../src/renderer/src/api/refresh-after-write';

describe('refreshAfterWrite', () => {
  it('fetches once more after a first fetch that read before the write', async () => {
    const queryClient = new QueryClient();
    let stored = 'before';
    let release: () => void = () => undefined;
    let calls = 0;
    const observer = new QueryObserver(queryClient, {
      queryKey: ['agenda'],
      queryFn: async () => {
        calls++;
        const read = stored; // reads now, answers later: the slow first fetch
        if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
        return read;
      },
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await Promise.resolve();
    stored = 'after';
    const refreshed = refreshAfterWrite(queryClient);
    release();
    await refreshed;
    await expect.poll(() => queryClient.getQueryData(['agenda'])).toBe('after');
    expect(calls).toBe(2);
    unsubscribe();
  });

  it('a plain invalidation would have kept the stale first answer', async () => {
    const queryClient = new QueryClient();
    let stored = 'before';
    let release: () => void = () => undefined;
    const observer = new QueryObserver(queryClient, {
      queryKey: ['agenda'],
      queryFn: async () => {
        const read = stored;
        await new Promise<void>((resolve) => (release = resolve));
        return read;
      },
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await Promise.resolve();
    stored = 'after';
    const invalidated = queryClient.invalidateQueries();
    release();
    await invalidated;
    expect(queryClient.getQueryData(['agenda'])).toBe('before');
    unsubscribe();
  });
});
