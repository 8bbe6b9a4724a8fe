import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridClock, formatHlc, parseHlc, receive, tick, type HlcState } from '../../../src/core/sync/hlc';

const state = fc.record({
  wallMs: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  counter: fc.integer({ min: 0, max: 5000 }),
});
const compare = (a: HlcState, b: HlcState) => a.wallMs - b.wallMs || a.counter - b.counter;

describe('hybrid logical clock', () => {
  it('never goes backwards, whatever the wall clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 1, maxLength: 200 }),
        (nows) => {
          let index = 0;
          const clock = new HybridClock('R1', undefined, () => nows[index++ % nows.length]!);
          const stamps = nows.map(() => clock.next());
          for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!).toBe(true);
        },
      ),
    );
  });

  it('orders strings exactly as it orders (wall time, counter)', () => {
    fc.assert(
      fc.property(state, state, (a, b) => {
        const byString = Math.sign(formatHlc(a, 'R').localeCompare(formatHlc(b, 'R'), 'en'));
        expect(Math.sign(compare(a, b))).toBe(byString);
      }),
    );
  });

  it('after receiving a remote stamp, is later than both clocks', () => {
    fc.assert(
      fc.property(state, state, fc.integer({ min: 0, max: 4_102_444_800_000 }), (local, remote, now) => {
        const next = receive(local, remote, now);
        expect(compare(next, local)).toBeGreaterThan(0);
        expect(compare(next, remote)).toBeGreaterThan(0);
        expect(next.wallMs).toBeGreaterThanOrEqual(now);
      }),
    );
  });

  it('follows the wall clock when it moves forward', () => {
    expect(tick({ wallMs: 1000, counter: 7 }, 2000)).toEqual({ wallMs: 2000, counter: 0 });
    expect(tick({ wallMs: 2000, counter: 7 }, 1000)).toEqual({ wallMs: 2000, counter: 8 });
  });

  it('round-trips through its string form', () => {
    fc.assert(
      fc.property(state, fc.stringMatching(/^[0-9A-Z]{26}$/), (s, replica) => {
        expect(parseHlc(formatHlc(s, replica))).toEqual({ ...s, replicaId: replica });
      }),
    );
    expect(() => parseHlc('yesterday')).toThrow(/hybrid logical clock/);
  });

  it('observing a remote stamp moves the local clock past it', () => {
    const clock = new HybridClock('A', undefined, () => 1000);
    clock.observe(formatHlc({ wallMs: 5000, counter: 3 }, 'B'));
    expect(parseHlc(clock.next())).toMatchObject({ wallMs: 5000, counter: 5 });
  });
});
