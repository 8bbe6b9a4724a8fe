// Reports on disputes and retention; every number opens the list behind it.
export function CaseReportsPage() {
  return <p>Reports</p>;
}
