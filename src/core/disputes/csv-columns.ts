// What a CSV export writes for each value: English labels of the case enums, money as a decimal
// in its currency's minor digits, dates as ISO, and the file name of the day. Pure and tested.
import type { DisputeKind, DisputeRootCause, DisputeSeverity, DisputeStatus } from '../../shared/disputes';

export const kindLabels: Record<DisputeKind, string> = {
  'channel-conflict': 'Channel conflict',
  price: 'Price violation / protection',
  'rebate-payment': 'Rebate or payment',
  'delivery-quality': 'Delivery or quality',
  'contract-terms': 'Contract or terms',
  service: 'Service',
  other: 'Other',
};

export const severityLabels: Record<DisputeSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const statusLabels: Record<DisputeStatus, string> = {
  open: 'Open',
  investigating: 'Investigating',
  'resolution-proposed': 'Resolution proposed',
  escalated: 'Escalated',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const rootCauseLabels: Record<DisputeRootCause, string> = {
  'territory-overlap': 'Territory overlap',
  'pricing-policy': 'Pricing policy',
  'communication-gap': 'Communication gap',
  'rebate-terms': 'Rebate terms',
  logistics: 'Logistics',
  'product-defect': 'Product defect',
  'contract-ambiguity': 'Contract ambiguity',
  'credit-payment': 'Credit or payment',
  'staff-conduct': 'Staff conduct',
  'competitor-action': 'Competitor action',
  other: 'Other',
};

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

/** `disputes-2026-11-24.csv`, on the local day of the export. */
export function csvFileName(prefix: string, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${prefix}-${day}.csv`;
}

/** Rows asked per chunk: all matching rows are exported, read a page at a time. */
export const csvChunkRows = 500;
