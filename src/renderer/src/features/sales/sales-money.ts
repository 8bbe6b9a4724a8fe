// Money of sales as people type and read it: a decimal in the workspace currency's own digits
// (none for IDR, two for MYR), parsed exactly (no floating point), and months as words.
import { minorDigits } from '../../../../shared/money';

/** "1,500.50" or "1500.5" → 150050 for MYR; null when it is not an amount in that currency. */
export function minorOfDecimalText(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const plain = text.trim().replace(/[\s,]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** 150050 MYR → "1500.50": what the revenue field shows when editing a month. */
export function decimalTextOfMinor(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(amountMinor);
  const text = String(amountMinor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** "RM 1,500.50" in the user's locale. */
export function formatMinor(amountMinor: number, currency: string, locale: string): string {
  const amount = amountMinor / 10 ** minorDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "RM 1.2M": for chart axes. */
export function formatMinorCompact(amountMinor: number, currency: string, locale: string): string {
  const amount = amountMinor / 10 ** minorDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "2026-03" → "Mar 2026" (or "March 2026" with long). */
export function monthLabel(period: string, locale: string, month: 'short' | 'long' = 'short'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Change from `previous` to `current` in whole percent; null when there is nothing to compare. */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) * 100) / previous);
}
