// The arithmetic of the case reports: days between instants, mean and median to one decimal, and
// rates. Pure, so every figure is unit-tested apart from the queries that gather its inputs.

const dayMs = 86_400_000;

/** Days (fractional) from one instant to a later one. */
export function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / dayMs;
}

/** Rounded half away from zero to one decimal (2.25 → 2.3), as people round by hand. */
export function oneDecimal(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Mean and median days to resolve, each to one decimal. */
export function resolutionFigures(days: readonly number[]): {
  count: number;
  meanDays: number | null;
  medianDays: number | null;
} {
  const meanDays = mean(days);
  const medianDays = median(days);
  return {
    count: days.length,
    meanDays: meanDays === null ? null : oneDecimal(meanDays),
    medianDays: medianDays === null ? null : oneDecimal(medianDays),
  };
}

/** Share of a total (0 when there is none: no case opened means none breached). */
export function shareOf(part: number, total: number): number {
  return total === 0 ? 0 : part / total;
}

/** Retained / (retained + churned); null when no case was decided. */
export function successRate(retained: number, churned: number): number | null {
  return retained + churned === 0 ? null : retained / (retained + churned);
}

/** Which sorted values hold the median: the middle one, or the middle two for an even count. */
export function medianWindow(count: number): { offset: number; length: number } {
  if (count === 0) return { offset: 0, length: 0 };
  return count % 2 === 1 ? { offset: (count - 1) / 2, length: 1 } : { offset: count / 2 - 1, length: 2 };
}

/** The resolution figures from a count, a mean and the values of the median window. */
export function resolutionFromAggregates(
  count: number,
  meanDays: number | null,
  middle: readonly number[],
): { count: number; meanDays: number | null; medianDays: number | null } {
  const medianDays = median(middle);
  return {
    count,
    meanDays: count === 0 || meanDays === null ? null : oneDecimal(meanDays),
    medianDays: count === 0 || medianDays === null ? null : oneDecimal(medianDays),
  };
}
