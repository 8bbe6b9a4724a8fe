// Where a date that comes back every year (a birthday, a partnership anniversary) falls in a range,
// including the rule for 29 February, so both kinds follow the same rule the UI states once.
import { addDays, isLeapYear, type DateRange } from './calendar-dates';

/** The rule for 29 February dates, as an i18n key with its English text for the UI to state. */
export const leapDayRule = {
  key: 'care.leapDayRule',
  message:
    'Birthdays and anniversaries on 29 February are shown on 28 February in years without a 29 February.',
} as const;

export interface YearlyDate {
  date: string;
  year: number;
  /** True for a 29 February date shown on 28 February. */
  shiftedFromLeapDay: boolean;
}

/**
 * For each 'MM-DD' the days of the range on which it is observed. Built once per query so that
 * matching 300,000 contacts is one map lookup each; a range of a few years stays a few thousand keys.
 */
export function yearlyDatesByMonthDay(range: DateRange): Map<string, YearlyDate[]> {
  const byMonthDay = new Map<string, YearlyDate[]>();
  const add = (monthDay: string, entry: YearlyDate): void => {
    const list = byMonthDay.get(monthDay);
    if (list) list.push(entry);
    else byMonthDay.set(monthDay, [entry]);
  };
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    const year = Number(date.slice(0, 4));
    const monthDay = date.slice(5);
    add(monthDay, { date, year, shiftedFromLeapDay: false });
    if (monthDay === '02-28' && !isLeapYear(year)) add('02-29', { date, year, shiftedFromLeapDay: true });
  }
  return byMonthDay;
}
