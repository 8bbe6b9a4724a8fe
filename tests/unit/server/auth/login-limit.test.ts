// The sign-in limit rule: at most `attempts` failures count within the window; the answer says
// exactly when a try is allowed again, and at that moment it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loginAllowedAt, retryMessage } from '../../../../src/server/auth/login-limit';

const limit = { attempts: 3, windowMs: 10_000 };

function countInWindow(times: number[], now: number): number {
  return times.filter((at) => at > now - limit.windowMs).length;
}

describe('login limit', () => {
  it('allows tries while fewer than `attempts` failures are in the window', () => {
    expect(loginAllowedAt([], limit, 100_000)).toBeNull();
    expect(loginAllowedAt([95_000, 96_000], limit, 100_000)).toBeNull();
    // Failures older than the window do not count.
    expect(loginAllowedAt([80_000, 85_000, 95_000, 96_000], limit, 100_000)).toBeNull();
  });

  it('names the moment the oldest counted failure leaves the window', () => {
    expect(loginAllowedAt([96_000, 91_000, 95_000], limit, 100_000)).toBe(101_000);
    // Five failures: the third newest decides.
    expect(loginAllowedAt([91_000, 92_000, 93_000, 94_000, 95_000], limit, 100_000)).toBe(103_000);
  });

  it('blocks until exactly the moment it names (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30_000 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 40_000 }),
        (times, now) => {
          const past = times.filter((at) => at <= now);
          const allowedAt = loginAllowedAt(past, limit, now);
          if (allowedAt === null) {
            expect(countInWindow(past, now)).toBeLessThan(limit.attempts);
            return;
          }
          expect(allowedAt).toBeGreaterThan(now);
          expect(countInWindow(past, allowedAt - 1)).toBeGreaterThanOrEqual(limit.attempts);
          expect(countInWindow(past, allowedAt)).toBeLessThan(limit.attempts);
        },
      ),
    );
  });

  it('says when to try again in minutes and UTC time', () => {
    const now = new Date('2025-03-03T09:03:00Z');
    expect(retryMessage(new Date('2025-03-03T09:10:00Z'), now)).toBe(
      'Too many failed sign-ins. Try again in 7 minutes (after 09:10 UTC).',
    );
    expect(retryMessage(new Date('2025-03-03T09:03:20Z'), now)).toBe(
      'Too many failed sign-ins. Try again in 1 minute (after 09:03 UTC).',
    );
  });
});
