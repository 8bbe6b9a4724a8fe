// Conversion between instants and wall-clock time in an IANA time zone, with Intl only, so a
// recurring meeting can be expanded in local time (09:00 stays 09:00 across daylight saving).

/**
 * A wall-clock time encoded as milliseconds "as if UTC": Date.UTC(year, month - 1, day, hour, ...).
 * rrule computes on these ("floating" times), which keeps its arithmetic free of offsets.
 */
export type WallClockMs = number;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone name (e.g. 'Europe/Amsterdam'). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time an instant shows in the zone. */
export function wallClockOf(instantMs: number, timeZone: string): WallClockMs {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs)))
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  // Intl drops milliseconds; carry them over so conversions round-trip exactly.
  return wall + (((instantMs % 1000) + 1000) % 1000);
}

/**
 * The instant at which the zone's clocks show the wall-clock time. An ambiguous time (the hour
 * repeated when clocks go back) takes the earlier instant; a time skipped when clocks go forward is
 * read with the offset in force before the change (02:30 becomes 03:30), as RFC 5545 prescribes.
 */
export function instantOfWallClock(wall: WallClockMs, timeZone: string): number {
  const halfDay = 43_200_000;
  const offsetBefore = wallClockOf(wall - halfDay, timeZone) - (wall - halfDay);
  const offsetAfter = wallClockOf(wall + halfDay, timeZone) - (wall + halfDay);
  const candidates = [wall - offsetBefore, wall - offsetAfter].filter(
    (instant) => wallClockOf(instant, timeZone) === wall,
  );
  return candidates.length > 0 ? Math.min(...candidates) : wall - offsetBefore;
}
