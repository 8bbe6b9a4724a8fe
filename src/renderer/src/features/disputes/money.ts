// Money on a case as people type and read it: a decimal amount in the currency's own minor units
// (sen, cents; none for currencies without), formatted with Intl, and the currency a partner's
// country usually trades in.
import type { Money } from '../../../../shared/disputes';
import { minorDigits } from '../../../../shared/money';

/** Currencies offered in the form; a case's own currency is added when it is not among them. */
export const commonCurrencies = ['MYR', 'IDR', 'EUR', 'CNY', 'USD', 'SGD', 'THB', 'PHP', 'VND', 'GBP'];

/** The currencies a currency select offers: the common ones, and the one already chosen. */
export function currencyChoices(current: string): { value: string; label: string }[] {
  return [...new Set([...commonCurrencies, current])].map((code) => ({ value: code, label: code }));
}

export function minorOfDecimal(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorDigits(currency));
}

export function decimalOfMinor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}

export function formatMoney(money: Money, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
      decimalOfMinor(money.amountMinor, money.currency),
    );
  } catch {
    return `${decimalOfMinor(money.amountMinor, money.currency)} ${money.currency}`;
  }
}
