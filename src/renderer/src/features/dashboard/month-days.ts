// The first and last day of a YYYY-MM month. Pure.

export function firstDayOfMonth(period: string): string {
  return `${period}-01`;
}

export function lastDayOfMonth(period: string): string {
  const days = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();
  return `${period}-${String(days).padStart(2, '0')}`;
}
