// Which pages of a long list to fetch for the rows on screen, and where a row lives in them.
// Lists load fixed-size pages by offset so a 100,000-row list only ever holds what was seen.
export const listPageSize = 100;

/** Page indexes covering rows first..last (inclusive); empty when nothing is on screen. */
export function pagesForRows(first: number, last: number, pageSize = listPageSize): number[] {
  if (last < first || last < 0) return [];
  const start = Math.floor(Math.max(0, first) / pageSize);
  const end = Math.floor(last / pageSize);
  const pages: number[] = [];
  for (let page = start; page <= end; page++) pages.push(page);
  return pages;
}

/** The row at `index`, or undefined while its page is not loaded. */
export function rowAt<Row>(
  pages: ReadonlyMap<number, readonly Row[]>,
  index: number,
  pageSize = listPageSize,
): Row | undefined {
  return pages.get(Math.floor(index / pageSize))?.[index % pageSize];
}
