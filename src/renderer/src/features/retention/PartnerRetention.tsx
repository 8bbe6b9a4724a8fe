// A partner's retention cases and actions on its page, with "Mark at risk" and "Run playbook".
export function PartnerRetention(_props: { partnerId: string }) {
  return null;
}
