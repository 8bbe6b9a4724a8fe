// The sales list (with its filters and order) as CSV: every matching record, read a chunk at a
// time, English headers, money as a decimal in the currency's own digits, formulae neutralised.
import Papa from 'papaparse';
import type { ParsedInput } from '../../shared/contract';
import type { CsvExport } from '../../shared/disputes';
import { decimalAmount } from '../../shared/money';
import type { SalesRecord } from '../../shared/sales';
import type { CoreContext } from '../context';
import { csvChunkRows, csvFileName } from '../disputes/csv-columns';
import { eachSalesRecord } from './list';

const headers = [
  'Month',
  'Partner',
  'Region',
  'Revenue',
  'Currency',
  'Units',
  'Orders',
  'Note',
  'Partner ID',
];

export function salesCsvRow(row: SalesRecord): string[] {
  return [
    row.period,
    row.partnerName,
    row.region,
    decimalAmount(row.revenueMinor, row.currency),
    row.currency,
    String(row.units),
    String(row.orders),
    row.note,
    row.partnerId,
  ];
}

export async function exportSalesCsv(
  ctx: CoreContext,
  input: ParsedInput<'sales.exportCsv'>,
  now: Date = new Date(),
): Promise<CsvExport> {
  const lines: string[][] = [];
  for await (const chunk of eachSalesRecord(ctx, input, csvChunkRows)) {
    for (const row of chunk) lines.push(salesCsvRow(row));
  }
  return {
    fileName: csvFileName('sales', now),
    // escapeFormulae: a note such as "=HYPERLINK(...)" stays text in a spreadsheet.
    csv: Papa.unparse({ fields: headers, data: lines }, { escapeFormulae: true }),
    rows: lines.length,
  };
}
