// Background work of the core (the daily loyalty recompute, the daily points expiry): checked soon
// after start and then every hour, one run at a time, and stopped before the database closes.

const hour = 3_600_000;

export interface HourlyChecks {
  /** Stops checking and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * At each check `due` says whether there is work (it is asked at the check, so it can compare the
 * day); the work runs after any run still in progress. A failure is logged and the next check tries
 * again.
 */
export function startHourlyChecks(
  firstCheckDelay: number,
  due: () => (() => Promise<unknown>) | null,
  failure: string,
): HourlyChecks {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const check = () => {
    if (stopped) return;
    const work = due();
    if (!work) return;
    running = running
      .then(() => (stopped ? undefined : work()))
      .catch((error: unknown) => console.error(failure, error));
  };
  const first = setTimeout(check, firstCheckDelay);
  first.unref();
  const timer = setInterval(check, hour);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
