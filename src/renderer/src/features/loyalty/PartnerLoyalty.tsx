// A partner's loyalty: score explained factor by factor, tier and its history, override, churn risk.
export function PartnerLoyalty(_props: { partnerId: string }) {
  return null;
}
