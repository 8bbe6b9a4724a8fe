// How programs read on screen: status colours, the period as dates, and what was awarded in points
// and money, in the user's locale.
import type { ProgramStatus } from '../../../../shared/programs';
import { calendarDate } from '../../i18n/date-format';
import { formatMinor } from '../sales/sales-money';

export const programStatusColors: Record<ProgramStatus, string> = {
  draft: 'gray',
  active: 'teal',
  ended: 'dark',
};

export function periodText(startsOn: string, endsOn: string, locale: string): string {
  return `${calendarDate(startsOn, locale)} – ${calendarDate(endsOn, locale)}`;
}

/** "1,250 points · RM 300.00", or null when nothing was awarded. */
export function awardedText(
  points: number,
  moneyMinor: number,
  currency: string,
  locale: string,
  pointsWord: (count: number, formatted: string) => string,
): string | null {
  const parts: string[] = [];
  if (points !== 0) parts.push(pointsWord(points, new Intl.NumberFormat(locale).format(points)));
  if (moneyMinor !== 0) parts.push(formatMinor(moneyMinor, currency, locale));
  return parts.length ? parts.join(' · ') : null;
}
