// Points and money of the ledger as people read them, in a given locale: points with thousands
// separators and a sign where it matters, money in the program's currency.
import { formatMoney } from '../disputes/money';

export function formatPoints(points: number, locale: string, signed = false): string {
  return new Intl.NumberFormat(locale, signed ? { signDisplay: 'exceptZero' } : {}).format(points);
}

export function formatLedgerMoney(amountMinor: number, currency: string, locale: string): string {
  return formatMoney({ amountMinor, currency }, locale);
}

/** An entry's amount: points signed, money signed in the currency. */
export function formatEntryAmount(
  entry: { unit: 'points' | 'money'; amount: number },
  currency: string,
  locale: string,
): string {
  if (entry.unit === 'points') return formatPoints(entry.amount, locale, true);
  const text = formatLedgerMoney(Math.abs(entry.amount), currency, locale);
  return entry.amount < 0 ? `−${text}` : `+${text}`;
}
