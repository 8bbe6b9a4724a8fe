// A partner's months as the partner page shows them: every month of the window in order (a month
// without a record as zero), and the last twelve months against the twelve before. Pure.
import { addMonths, monthRange } from '../../shared/periods';
import type { PartnerSales } from '../../shared/sales';

export interface MonthRow {
  id: string;
  period: string;
  revenueMinor: number;
  units: number;
  orders: number;
}

export function partnerMonths(
  rows: readonly MonthRow[],
  lastPeriod: string,
  count: number,
): Omit<PartnerSales, 'currency'> {
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const months = monthRange(addMonths(lastPeriod, -count + 1), lastPeriod).map((period) => {
    const row = byPeriod.get(period);
    return {
      period,
      recordId: row?.id ?? null,
      revenueMinor: row?.revenueMinor ?? 0,
      units: row?.units ?? 0,
      orders: row?.orders ?? 0,
    };
  });
  const revenueBetween = (from: string, to: string) =>
    rows.reduce((sum, row) => (row.period >= from && row.period <= to ? sum + row.revenueMinor : sum), 0);
  return {
    months,
    last12RevenueMinor: revenueBetween(addMonths(lastPeriod, -11), lastPeriod),
    previous12RevenueMinor: revenueBetween(addMonths(lastPeriod, -23), addMonths(lastPeriod, -12)),
  };
}
