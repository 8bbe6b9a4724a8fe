// Partnership anniversaries in a range, with the number of years, derived from each partner's
// partnership start; 29 February starts follow the same rule as birthdays.
import { assertDateRange, type DateRange } from './calendar-dates';
import { yearlyDatesByMonthDay } from './yearly-dates';

export interface PartnershipStart {
  partnerId: string;
  /** 'YYYY-MM-DD' or null when unknown. */
  partnershipStart: string | null;
}

export interface AnniversaryOccurrence {
  partnerId: string;
  date: string;
  /** 1 on the first anniversary; the start day itself is not an anniversary. */
  years: number;
  shiftedFromLeapDay: boolean;
}

export function anniversariesInRange(
  partners: readonly PartnershipStart[],
  range: DateRange,
): AnniversaryOccurrence[] {
  assertDateRange(range);
  const byMonthDay = yearlyDatesByMonthDay(range);
  const found: AnniversaryOccurrence[] = [];
  for (const { partnerId, partnershipStart } of partners) {
    if (partnershipStart === null || !/^\d{4}-\d{2}-\d{2}$/.test(partnershipStart)) continue;
    const startYear = Number(partnershipStart.slice(0, 4));
    for (const { date, year, shiftedFromLeapDay } of byMonthDay.get(partnershipStart.slice(5)) ?? []) {
      if (year > startYear) found.push({ partnerId, date, years: year - startYear, shiftedFromLeapDay });
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
