// The care calendar screen: month, week and agenda views with filters. (Being built.)
export function CalendarPage() {
  return null;
}
