// When a case is due: N business days (Monday to Friday, public holidays skipped) after it was
// opened, counted in the case's time zone, at the same local time of day. Pure, so the rule can
// be tested across weekends, holidays and daylight-saving changes.
import { addDays, epochDayOf, isoDateOfEpochDay } from '../care/calendar-dates';
import { instantOfWallClock, wallClockOf } from '../care/zoned-time';

const msPerDay = 86_400_000;
/** Far more than any SLA needs; stops a holiday predicate that is always true from looping. */
const maxDaysScanned = 3660;

export interface SlaDueInput {
  /** The instant the SLA clock started (opening or reopening), ISO 8601. */
  startedAt: string;
  businessDays: number;
  timeZone: string;
  /** True for a public holiday (YYYY-MM-DD) of the lead partner's country. */
  isHoliday: (date: string) => boolean;
}

/** Monday to Friday (1970-01-01, epoch day 0, was a Thursday). */
export function isWeekday(date: string): boolean {
  const weekday = (((epochDayOf(date) + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday >= 1 && weekday <= 5;
}

/**
 * The due instant: from the local day the clock started, step forward a day at a time and count
 * only business days until N are counted; due that day at the start's local time of day. Opened
 * Friday 15:00 with one business day is due Monday 15:00; opened on Saturday, Monday is day one.
 */
export function slaDueAt({ startedAt, businessDays, timeZone, isHoliday }: SlaDueInput): string {
  const startWall = wallClockOf(Date.parse(startedAt), timeZone);
  const startDay = isoDateOfEpochDay(Math.floor(startWall / msPerDay));
  const timeOfDay = startWall - epochDayOf(startDay) * msPerDay;
  let day = startDay;
  let counted = 0;
  for (let scanned = 0; counted < businessDays && scanned < maxDaysScanned; scanned++) {
    day = addDays(day, 1);
    if (isWeekday(day) && !isHoliday(day)) counted++;
  }
  return new Date(instantOfWallClock(epochDayOf(day) * msPerDay + timeOfDay, timeZone)).toISOString();
}
