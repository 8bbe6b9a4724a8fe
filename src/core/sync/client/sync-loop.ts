// When syncs run: soon after local writes (debounced), on an interval, and again after a failure
// with growing waits (a server that is down is not hammered; the first success ends the waits, so
// the app syncs as soon as the network is back). One sync at a time: a request during a sync runs
// one more sync after it, never two at once.

/** What a sync run reports: fine, or try again after a backoff (offline, server error). */
export type SyncRunOutcome = 'done' | 'retry';

export interface SyncLoopOptions {
  run: () => Promise<SyncRunOutcome>;
  intervalMs: number;
  debounceMs: number;
  /** First wait after a failure; it doubles up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

export interface SyncLoop {
  /** A local write happened: sync after the debounce. */
  soon(): void;
  /** Runs a sync now (or right after the one running) and resolves when it has finished. */
  now(): Promise<void>;
  /** Stops every timer and waits for a running sync. */
  stop(): Promise<void>;
}

/** The wait before the next try after `failures` failures in a row. */
export function backoffDelay(failures: number, backoffMs: number, maxBackoffMs: number): number {
  if (failures <= 0) return 0;
  return Math.min(maxBackoffMs, backoffMs * 2 ** Math.min(failures - 1, 30));
}

export function startSyncLoop(options: SyncLoopOptions): SyncLoop {
  let stopped = false;
  let failures = 0;
  let current: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  let debounce: NodeJS.Timeout | null = null;
  let retry: NodeJS.Timeout | null = null;

  const clear = (timer: NodeJS.Timeout | null) => {
    if (timer) clearTimeout(timer);
    return null;
  };

  async function runOnce(): Promise<void> {
    debounce = clear(debounce);
    retry = clear(retry);
    let outcome: SyncRunOutcome;
    try {
      outcome = await options.run();
    } catch {
      outcome = 'retry';
    }
    if (stopped) return;
    if (outcome === 'retry') {
      failures++;
      retry = setTimeout(
        () => void trigger(),
        backoffDelay(failures, options.backoffMs, options.maxBackoffMs),
      );
      retry.unref();
    } else {
      failures = 0;
    }
  }

  function trigger(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (!current) {
      current = runOnce().finally(() => {
        current = null;
      });
      return current;
    }
    queued ??= current.then(() => {
      queued = null;
      return trigger();
    });
    return queued;
  }

  const interval = setInterval(() => void trigger(), options.intervalMs);
  interval.unref();

  return {
    soon() {
      if (stopped) return;
      debounce = clear(debounce);
      debounce = setTimeout(() => void trigger(), options.debounceMs);
      debounce.unref();
    },
    now: trigger,
    async stop() {
      stopped = true;
      clearInterval(interval);
      debounce = clear(debounce);
      retry = clear(retry);
      await current;
      await queued;
    },
  };
}
