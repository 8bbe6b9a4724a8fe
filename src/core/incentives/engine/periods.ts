// The stretches awards accumulate over: 'YYYY-MM' (month rules and rate rules), 'YYYY-Qn'
// (quarter rules) and 'program' (the whole program). Pure date arithmetic on YYYY-MM-DD text.
import type { RuleCalc, RulePeriod } from '../../../shared/programs';

/** Rate rules have no period of their own: they settle per invoice month. */
export function periodOfCalc(calc: RuleCalc): RulePeriod {
  return calc.kind === 'rate' ? 'month' : calc.period;
}

export function periodKey(period: RulePeriod, day: string): string {
  if (period === 'program') return 'program';
  if (period === 'month') return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

function lastDayOfMonth(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

/** The days a period key covers, clamped into the program's own period. */
export function periodDays(
  key: string,
  program: { startsOn: string; endsOn: string },
): { from: string; to: string } {
  let from = program.startsOn;
  let to = program.endsOn;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (month) {
    from = `${key}-01`;
    to = lastDayOfMonth(Number(month[1]), Number(month[2]));
  } else if (quarter) {
    const year = Number(quarter[1]);
    const firstMonth = (Number(quarter[2]) - 1) * 3 + 1;
    from = `${quarter[1]}-${String(firstMonth).padStart(2, '0')}-01`;
    to = lastDayOfMonth(year, firstMonth + 2);
  }
  return {
    from: from < program.startsOn ? program.startsOn : from,
    to: to > program.endsOn ? program.endsOn : to,
  };
}

/** 2026-01-31 + 1 month → 2026-02-28: the same day of the month, or the month's last day. */
export function addMonthsToDay(day: string, months: number): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = lastDayOfMonth(year, month);
  const wanted = `${last.slice(0, 8)}${day.slice(8, 10)}`;
  return wanted < last ? wanted : last;
}
