// Loyalty settings: factor weights and definitions, tiers, churn-risk rules, recompute.
export function LoyaltySettingsPage() {
  return null;
}
