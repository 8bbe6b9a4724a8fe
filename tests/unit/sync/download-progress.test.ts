// The progress a long download shows: a share between 0 and 1 that grows with what is done, none
// without a total, and within one step never going back when the log grows under a running pull.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laterProgress, shareDone } from '../../../src/core/sync/client/download-progress';
import type { DownloadProgress } from '../../../src/shared/sync';

const step = fc.constantFrom<DownloadProgress['step']>('snapshot', 'changes');
const progress = fc.record({ step, share: fc.double({ min: 0, max: 1, noNaN: true }) });

describe('download progress', () => {
  it('is the share done, from 0 to 1, growing with what is done', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 10_000 }),
        fc.nat(10_000),
        fc.integer({ min: 1, max: 10_000 }),
        (done, more, total) => {
          const share = shareDone(done, total)!;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          expect(shareDone(done + more, total)!).toBeGreaterThanOrEqual(share);
        },
      ),
    );
    expect(shareDone(30, 120)).toBe(0.25);
    expect(shareDone(130, 120)).toBe(1);
  });

  it('has no share when there is nothing to measure against', () => {
    expect(shareDone(0, 0)).toBeNull();
    expect(shareDone(3, -2)).toBeNull();
  });

  it('never goes back within a step, and starts afresh at the next step', () => {
    fc.assert(
      fc.property(fc.array(progress, { minLength: 1, maxLength: 30 }), (reports) => {
        let shown: DownloadProgress | null = null;
        for (const reported of reports) {
          const next = laterProgress(shown, reported);
          expect(next.step).toBe(reported.step);
          if (shown?.step === reported.step) expect(next.share).toBe(Math.max(shown.share, reported.share));
          else expect(next).toEqual(reported);
          shown = next;
        }
      }),
    );
  });
});
