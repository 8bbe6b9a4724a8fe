// How much time a case has left (or how late it is), in the two largest whole units a person
// reads at a glance: "2 d 3 h", "5 h 10 min", "45 min". Pure, shared by the SLA badge and tests.

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

const minuteMs = 60_000;

/** Whole days, hours and minutes in |ms|; under a minute counts as one minute, never "0 min". */
export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.max(1, Math.floor(Math.abs(ms) / minuteMs));
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/**
 * The two largest units that matter, e.g. "2 d 3 h" (days drop the minutes); from a week on,
 * days alone ("12 d"): hours no longer change what anyone does.
 */
export function shortDuration(ms: number, units: { d: string; h: string; min: string }): string {
  const { days, hours, minutes } = durationParts(ms);
  if (days >= 7) return `${days} ${units.d}`;
  if (days > 0) return hours > 0 ? `${days} ${units.d} ${hours} ${units.h}` : `${days} ${units.d}`;
  if (hours > 0) return minutes > 0 ? `${hours} ${units.h} ${minutes} ${units.min}` : `${hours} ${units.h}`;
  return `${minutes} ${units.min}`;
}
