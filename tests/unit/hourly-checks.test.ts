import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHourlyChecks } from '../../src/core/hourly-checks';

const hour = 3_600_000;

describe('startHourlyChecks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs due work after the first delay and then hourly, skipping checks with nothing due', async () => {
    const runs: number[] = [];
    let due = true;
    const checks = startHourlyChecks(
      1000,
      () => (due ? async () => void runs.push(Date.now()) : null),
      'failed:',
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(1);
    due = false;
    await vi.advanceTimersByTimeAsync(hour);
    expect(runs).toHaveLength(1);
    due = true;
    await vi.advanceTimersByTimeAsync(hour);
    expect(runs).toHaveLength(2);
    await checks.stop();
    await vi.advanceTimersByTimeAsync(hour);
    expect(runs).toHaveLength(2);
  });

  it('logs a failed run and tries again at the next check; stop waits for a run in progress', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let attempt = 0;
    let finished = false;
    const checks = startHourlyChecks(
      0,
      () => async () => {
        attempt += 1;
        if (attempt === 1) throw new Error('busy');
        await new Promise((resolve) => setTimeout(resolve, 5000));
        finished = true;
      },
      'failed:',
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveBeenCalledWith('failed:', expect.any(Error));
    await vi.advanceTimersByTimeAsync(hour);
    expect(attempt).toBe(2);
    let stopped = false;
    const stopping = checks.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(4999);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await stopping;
    expect(finished).toBe(true);
    errors.mockRestore();
  });
});
