// Wall-clock conversion with its per-hour offset cache must agree with Intl at every instant,
// including hours with a clock change, half-hour zones and old local-mean-time offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOfWallClock, wallClockOf } from '../../../src/core/care/zoned-time';

function intlWallClock(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instantMs));
  const field = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return wall + (((instantMs % 1000) + 1000) % 1000);
}

const zones = [
  'Europe/Amsterdam',
  'Asia/Kuala_Lumpur',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Africa/Casablanca',
];

describe('wallClockOf', () => {
  it('agrees with Intl for any instant from 1890 to 2060 in zones with and without daylight saving', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          expect(wallClockOf(instant, zone)).toBe(intlWallClock(instant, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl minute by minute around a clock change', () => {
    // Amsterdam went from +01:00 to +02:00 at 01:00 UTC on 29 March 2026.
    const change = Date.UTC(2026, 2, 29, 1);
    for (let instant = change - 3_600_000; instant <= change + 3_600_000; instant += 60_000) {
      expect(wallClockOf(instant, 'Europe/Amsterdam')).toBe(intlWallClock(instant, 'Europe/Amsterdam'));
    }
  });

  it('round-trips through instantOfWallClock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const wall = wallClockOf(instant, zone);
          expect(wallClockOf(instantOfWallClock(wall, zone), zone)).toBe(wall);
        },
      ),
    );
  });
});
