// The months a program's revenue is measured over — its own whole months from the start up to the
// last month that has ended (sales are recorded per month, so this month is not in yet) or the
// program's end, whichever is first — and the comparison period: as many months just before the start.
import { addMonths, monthOf, monthsBetween } from '../../shared/periods';

export interface RevenueWindow {
  /** First and last month of the program measured so far (from > to before the program starts). */
  period: { from: string; to: string };
  comparison: { from: string; to: string };
  months: number;
}

export function revenueWindow(startsOn: string, endsOn: string, today: string): RevenueWindow {
  const from = monthOf(startsOn);
  const lastEnded = addMonths(monthOf(today), -1);
  const last = monthOf(endsOn) < lastEnded ? monthOf(endsOn) : lastEnded;
  const months = Math.max(0, monthsBetween(from, last) + 1);
  const to = months ? last : addMonths(from, -1);
  return {
    period: { from, to },
    comparison: { from: addMonths(from, -months), to: addMonths(from, -1) },
    months,
  };
}
