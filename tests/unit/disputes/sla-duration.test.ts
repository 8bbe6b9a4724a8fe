import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationParts, shortDuration } from '../../../src/renderer/src/features/disputes/sla-duration';

const units = { d: 'd', h: 'h', min: 'min' };
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('SLA durations', () => {
  it('reads the two largest units, the same for time left and overdue', () => {
    expect(shortDuration(2 * day + 3 * hour + 59 * minute, units)).toBe('2 d 3 h');
    expect(shortDuration(-(5 * hour), units)).toBe('5 h');
    expect(shortDuration(5 * hour + 10 * minute, units)).toBe('5 h 10 min');
    expect(shortDuration(3 * day, units)).toBe('3 d');
    expect(shortDuration(45 * minute + 30_000, units)).toBe('45 min');
    expect(shortDuration(10_000, units)).toBe('1 min');
    expect(shortDuration(-0, units)).toBe('1 min');
  });

  it('drops the hours from a week on', () => {
    expect(shortDuration(6 * day + 23 * hour, units)).toBe('6 d 23 h');
    expect(shortDuration(-(7 * day + 5 * hour), units)).toBe('7 d');
    expect(shortDuration(567 * day + 16 * hour, units)).toBe('567 d');
  });

  it('splits any duration into parts that add back up to its whole minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (ms) => {
        const { days, hours, minutes } = durationParts(ms);
        expect(hours).toBeLessThan(24);
        expect(minutes).toBeLessThan(60);
        expect(days * 1440 + hours * 60 + minutes).toBe(Math.max(1, Math.floor(Math.abs(ms) / minute)));
      }),
    );
  });
});
