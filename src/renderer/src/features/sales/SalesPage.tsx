// Sales records: the list with filters and totals, entry by hand, import and CSV export.
export function SalesPage() {
  return null;
}
