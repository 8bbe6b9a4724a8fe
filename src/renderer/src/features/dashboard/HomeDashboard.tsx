// The home dashboard: KPIs and charts over a period for a region and owner selection.
export function HomeDashboard() {
  return null;
}
