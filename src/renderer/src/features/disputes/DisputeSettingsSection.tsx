// Settings: the SLA per severity in business days.
export function DisputeSettingsSection() {
  return null;
}
