// A partner's monthly sales: chart of 24 months, the months as a table, add or edit a month.
export function PartnerSales(_props: { partnerId: string }) {
  return null;
}
