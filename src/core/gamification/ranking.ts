// Places on a board: higher values first, equal values share a place (1, 1, 3), and within a
// place partners are listed by name so the order is stable between readings.
export interface Ranked {
  partnerName: string;
  value: number;
}

/** Sorts and numbers the rows; `unranked` rows (e.g. no prior sales to grow from) come last. */
export function rankRows<T extends Ranked>(
  rows: readonly T[],
  unranked: (row: T) => boolean = () => false,
): (T & { rank: number })[] {
  const sorted = [...rows].sort(
    (a, b) =>
      Number(unranked(a)) - Number(unranked(b)) ||
      b.value - a.value ||
      a.partnerName.localeCompare(b.partnerName),
  );
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach((row, index) => {
    const previous = ranked[index - 1];
    const tied =
      previous !== undefined && previous.value === row.value && unranked(previous) === unranked(row);
    ranked.push({ ...row, rank: tied ? previous.rank : index + 1 });
  });
  return ranked;
}

/** Change from `previous` to `current` in percent with one decimal; null without a previous value. */
export function growthPercent(currentMinor: number, previousMinor: number): number | null {
  if (previousMinor <= 0) return null;
  return Math.round(((currentMinor - previousMinor) * 1000) / previousMinor) / 10;
}
