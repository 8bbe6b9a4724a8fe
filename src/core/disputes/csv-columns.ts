// What a CSV export writes for each value: English labels of the case enums, money as a decimal
// in its currency's minor digits, dates as ISO, and the file name of the day. Pure and tested.
import { localToday } from '../care/calendar-dates';
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

/** `disputes-2026-11-24.csv`, on the local day of the export. */
export function csvFileName(prefix: string, now: Date): string {
  return `${prefix}-${localToday(now)}.csv`;
}

/** Rows asked per chunk: all matching rows are exported, read a page at a time. */
export const csvChunkRows = 500;
