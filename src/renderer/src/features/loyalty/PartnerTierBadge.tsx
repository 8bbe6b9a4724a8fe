// The partner's tier (and risk level when there is one) next to its status.
export function PartnerTierBadge(_props: { partnerId: string }) {
  return null;
}
