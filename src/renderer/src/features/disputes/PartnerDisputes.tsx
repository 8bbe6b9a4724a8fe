// A partner's cases on its page, with "Log a case".
export function PartnerDisputes(_props: { partnerId: string }) {
  return null;
}
