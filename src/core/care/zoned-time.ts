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
  return instantMs + offsetAt(instantMs, timeZone);
}

const msPerHour = 3_600_000;
/** Offsets per zone and UTC hour; asking Intl is the slow part of every conversion. */
const hourOffsets = new Map<string, number | null>();

/**
 * The zone's offset at an instant. Clocks change on whole UTC hours in practice, so one offset
 * per hour is kept when the hour starts and ends on the same offset; an hour with a change in it
 * (or an old local-mean-time zone changing at odd minutes) is asked of Intl exactly.
 */
function offsetAt(instantMs: number, timeZone: string): number {
  const hour = Math.floor(instantMs / msPerHour) * msPerHour;
  const key = `${timeZone}|${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    if (hourOffsets.size > 100_000) hourOffsets.clear();
    const atStart = exactOffsetAt(hour, timeZone);
    offset = atStart === exactOffsetAt(hour + msPerHour - 1000, timeZone) ? atStart : null;
    hourOffsets.set(key, offset);
  }
  return offset ?? exactOffsetAt(instantMs, timeZone);
}

function exactOffsetAt(instantMs: number, timeZone: string): number {
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
  // Intl works in whole seconds; the offset is the difference to the instant's own second.
  return wall - (instantMs - (((instantMs % 1000) + 1000) % 1000));
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
