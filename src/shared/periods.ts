// Calendar months as the app stores them (YYYY-MM): sales periods, report windows, trends.

/** The month of a YYYY-MM-DD day. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** 2026-11 + 3 → 2027-02; negative counts go back. */
export function addMonths(period: string, count: number): string {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (2026-01 → 2026-03 is 2; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  return (
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7))
  );
}

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let period = from; period <= to; period = addMonths(period, 1)) months.push(period);
  return months;
}
