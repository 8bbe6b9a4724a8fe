// Settings: a summary of the loyalty settings with a link to edit them.
export function LoyaltySettingsSection() {
  return null;
}
