// ROI in plain words: "Every MYR 1 spent brought MYR 3.20 of extra sales." The extra sales per unit
// spent are the ROI plus the unit itself (ROI is what came back beyond the cost).
import { minorDigits } from '../../../../shared/money';

export function moneyPerUnitSpent(
  roi: number,
  currency: string,
  locale: string,
): { unit: string; back: string } {
  const format = (amount: number, digits: number) => {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(amount);
    } catch {
      return `${currency} ${amount.toFixed(digits)}`;
    }
  };
  return { unit: format(1, 0), back: format(roi + 1, Math.min(2, minorDigits(currency))) };
}
