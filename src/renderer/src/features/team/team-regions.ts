// The regions an administrator can hand out: every region partners and teammates already have,
// plus any a user holds now, once each, in alphabetical order.
export function regionChoices(...sources: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const source of sources) {
    for (const raw of source) {
      const region = raw.trim();
      // "north" and "North" are one region to people; the first spelling seen is kept.
      if (region && !seen.has(region.toLocaleLowerCase())) seen.set(region.toLocaleLowerCase(), region);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** "All regions" for an administrator, else the list or "None". */
export function regionsText(
  role: string,
  regions: readonly string[],
  words: { all: string; none: string },
): string {
  if (role === 'admin') return words.all;
  return regions.length > 0 ? regions.join(', ') : words.none;
}
