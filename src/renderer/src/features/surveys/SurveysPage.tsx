// Survey answers: the list with NPS and filters, entry by hand, import and CSV export.
export function SurveysPage() {
  return null;
}
