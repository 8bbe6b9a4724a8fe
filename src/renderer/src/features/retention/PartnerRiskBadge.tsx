// "At risk" next to a partner's status while a retention case is open.
export function PartnerRiskBadge(_props: { partnerId: string }) {
  return null;
}
