// Reads a sales row (partner, month, revenue, units, orders, currency, note) into the record it
// would become: one per partner and month, so its id is derived from both.
import { decimalAmount } from '../../shared/money';
import { limits } from '../../shared/validation';
import type { FieldValue } from '../db/apply-changes';
import { derivedId } from '../db/ids';
import { parseDecimal, parseMonth, parseWhole } from './cell-values';
import type { PartnerIndex } from './lookups';
import { RowErrors, rowPartner, type ParsedRow, type StoredField } from './parsed-row';

export interface SalesRowContext {
  today: string;
  currency: string;
  digits: number;
  partners: PartnerIndex;
  /** Optional fields the file has a column for; the others keep their stored values. */
  mapped: ReadonlySet<string>;
}

const maxCount = 100_000_000;

export function readSalesRow(
  rowNumber: number,
  values: Record<string, string>,
  ctx: SalesRowContext,
): ParsedRow {
  const errors = new RowErrors();
  const partner = rowPartner(ctx.partners, values.partner ?? '', errors);
  const period = errors.take('month', parseMonth(values.month ?? '', ctx.today));
  const revenueText = values.revenue ?? '';
  const revenueMinor = errors.take(
    'revenue',
    revenueText === ''
      ? { ok: false, key: 'validation.required' }
      : parseDecimal(revenueText, ctx.digits, ctx.currency),
  );
  const units = errors.take('units', parseWhole(values.units ?? '', 0, maxCount, 'validation.count'));
  const orders = errors.take('orders', parseWhole(values.orders ?? '', 0, maxCount, 'validation.count'));
  const currency = (values.currency ?? '').trim().toUpperCase();
  if (currency !== '' && currency !== ctx.currency) {
    errors.add('currency', 'validation.importCurrency', { currency, workspace: ctx.currency });
  }
  const note = values.note ?? '';
  if (note.length > limits.longText) errors.add('note', 'validation.tooLong', { max: limits.longText });
  if (errors.any || !partner || period === null || revenueMinor === null) {
    return { rowNumber, values, partner, errors: errors.fields, record: null };
  }
  const fields: Record<string, FieldValue> = {
    partnerId: partner.id,
    period,
    revenueMinor,
    currency: ctx.currency,
  };
  if (ctx.mapped.has('units')) fields.units = units ?? 0;
  if (ctx.mapped.has('orders')) fields.orders = orders ?? 0;
  if (ctx.mapped.has('note')) fields.note = note;
  return {
    rowNumber,
    values,
    partner,
    errors: {},
    record: { id: derivedId('sales', partner.id, period), fields },
  };
}

/** Fields a new record needs when the file has no column for them. */
export const salesDefaults: Record<string, FieldValue> = { units: 0, orders: 0, note: '' };

export function salesStoredFields(currency: string): Record<string, StoredField> {
  return {
    revenueMinor: { field: 'revenue', show: (v) => decimalAmount(Number(v), currency) },
    units: { field: 'units', show: String },
    orders: { field: 'orders', show: String },
    currency: { field: 'currency', show: String },
    note: { field: 'note', show: String },
  };
}
