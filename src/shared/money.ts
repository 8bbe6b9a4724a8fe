// Money as the app stores it: whole minor units (sen, cents; none for IDR or JPY) with an ISO 4217
// code. One rule for how many digits a currency has, shared by the forms, the core and exports.

/** Digits after the decimal point in a currency (JPY 0, MYR 2, KWD 3); 2 for unknown codes. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** 150000 MYR → "1500.00": exact (integer arithmetic), no grouping, a dot as spreadsheets read it. */
export function decimalAmount(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(Math.trunc(amountMinor))).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const currencyByCountry: Record<string, string> = { MY: 'MYR', ID: 'IDR', NL: 'EUR', CN: 'CNY' };

/** The currency a partner in this country usually trades in (US dollars elsewhere). */
export function currencyOfCountry(country: string | null | undefined): string {
  return (country && currencyByCountry[country]) || 'USD';
}
