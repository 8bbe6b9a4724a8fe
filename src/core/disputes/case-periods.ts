// Time arithmetic behind the case filters and reports: a local day as an interval of instants, and
// the age buckets of open cases. Pure, so the list, the report and the tests agree on every edge.
import { disputeAgeBuckets, type DisputeAgeBucket } from '../../shared/disputes';

const dayMs = 86_400_000;

/**
 * The instant the local day `YYYY-MM-DD` begins in this process's time zone (the user's computer:
 * the core runs beside the UI), as stored instants are written: ISO in UTC.
 */
export function localDayStart(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date).toISOString();
}

/** The half-open interval of instants [start, end) covering the local days from..to, either open. */
export function localDaysInterval(
  from: string | null,
  to: string | null,
): { start: string | null; end: string | null } {
  return {
    start: from === null ? null : localDayStart(from),
    end: to === null ? null : localDayStart(nextDay(to)),
  };
}

export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  return next.toISOString().slice(0, 10);
}

/** Whole days a case has been open at `now` (an hour ago is 0, 7×24 h ago is 7). */
export function ageInDays(openedAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(openedAt)) / dayMs));
}

/** Lowest and highest age in whole days of each bucket (null: no upper end). */
const bucketAges: Record<DisputeAgeBucket, readonly [number, number | null]> = {
  'under-7': [0, 6],
  '7-30': [7, 30],
  '31-90': [31, 90],
  'over-90': [91, null],
};

export function ageBucketOf(openedAt: string, now: Date): DisputeAgeBucket {
  const age = ageInDays(openedAt, now);
  return (
    disputeAgeBuckets.find((bucket) => {
      const [low, high] = bucketAges[bucket];
      return age >= low && (high === null || age <= high);
    }) ?? 'over-90'
  );
}

/**
 * The opening instants of a bucket at `now`: opened after `after` (exclusive) and at or before
 * `atOrBefore`, so a query walks the opened_at index instead of computing ages row by row.
 */
export function ageBucketOpenedBetween(
  bucket: DisputeAgeBucket,
  now: Date,
): { after: string | null; atOrBefore: string | null } {
  const [low, high] = bucketAges[bucket];
  const at = (days: number) => new Date(now.getTime() - days * dayMs).toISOString();
  return {
    // age ≤ high ⇔ now − opened < (high + 1) days ⇔ opened > now − (high + 1) days
    after: high === null ? null : at(high + 1),
    // age ≥ low ⇔ now − opened ≥ low days ⇔ opened ≤ now − low days
    atOrBefore: low === 0 ? null : at(low),
  };
}
