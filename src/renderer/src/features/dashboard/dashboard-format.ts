// Numbers as the dashboard shows them: counts, percentages, NPS with its sign, money in the
// workspace currency (compact on the cards, exact in tables and tooltips).
import { decimalOfMinor } from '../disputes/money';

export interface DashboardFormats {
  count: (value: number) => string;
  percent: (value: number | null) => string;
  nps: (value: number | null) => string;
  money: (minor: number) => string;
  compactMoney: (minor: number) => string;
  decimal: (value: number | null) => string;
}

export function dashboardFormats(locale: string, currency: string): DashboardFormats {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const moneyFormat = (options: Intl.NumberFormatOptions) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, ...options });
    } catch {
      return new Intl.NumberFormat(locale, options);
    }
  };
  const exact = moneyFormat({});
  const compact = moneyFormat({ notation: 'compact', maximumFractionDigits: 1 });
  return {
    count: (value) => count.format(value),
    percent: (value) => (value === null ? '—' : percent.format(value)),
    nps: (value) => (value === null ? '—' : signed.format(value)),
    money: (minor) => exact.format(decimalOfMinor(minor, currency)),
    compactMoney: (minor) => compact.format(decimalOfMinor(minor, currency)),
    decimal: (value) => (value === null ? '—' : decimal.format(value)),
  };
}

/** Growth against the same months a year earlier (null when there was nothing to grow from). */
export function growth(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}

/** "2026-03" as the locale's short month ("Mar 2026"). */
export function monthLabel(period: string, locale: string, withYear = true): string {
  const date = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}
