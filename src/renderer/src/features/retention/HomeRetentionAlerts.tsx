// Home screen: partners newly at risk and retention actions due.
export function HomeRetentionAlerts() {
  return null;
}
