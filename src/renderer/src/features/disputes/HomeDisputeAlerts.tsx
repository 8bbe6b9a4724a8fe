// Home screen: cases whose SLA is breached or due within a day.
export function HomeDisputeAlerts() {
  return null;
}
