// Any case list (with its filters) as CSV: every matching row, read in chunks in the list's own
// order, with human column headers and values a spreadsheet reads as they are.
import Papa from 'papaparse';
import type { CsvExport, DisputeSummary } from '../../shared/disputes';
import type { ParsedInput } from '../../shared/contract';
import { decimalAmount } from '../../shared/money';
import type { CoreContext } from '../context';
import {
  csvChunkRows,
  csvFileName,
  kindLabels,
  rootCauseLabels,
  severityLabels,
  statusLabels,
} from './csv-columns';
import { listDisputePage } from './list';
import { moneyOf } from './summary';

const headers = [
  'Case ID',
  'Title',
  'Kind',
  'Severity',
  'Status',
  'Partners',
  'Region',
  'Owner',
  'Opened at',
  'Due at',
  'SLA breached',
  'Resolved at',
  'Closed at',
  'Root cause',
  'Compensation',
  'Currency',
];

async function compensations(ctx: CoreContext, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, ReturnType<typeof moneyOf>>();
  const rows = await ctx.db
    .selectFrom('disputes')
    .select(['id', 'compensationMinor', 'compensationCurrency'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, moneyOf(row.compensationMinor, row.compensationCurrency)]));
}

function csvRow(row: DisputeSummary, money: ReturnType<typeof moneyOf>): string[] {
  return [
    row.id,
    row.title,
    kindLabels[row.kind],
    severityLabels[row.severity],
    statusLabels[row.status],
    row.partners.map((partner) => partner.name).join('; '),
    row.region,
    row.ownerName ?? '',
    row.openedAt,
    row.sla.dueAt,
    row.sla.breached ? 'yes' : 'no',
    row.resolvedAt ?? '',
    row.closedAt ?? '',
    row.rootCause ? rootCauseLabels[row.rootCause] : '',
    money ? decimalAmount(money.amountMinor, money.currency) : '',
    money?.currency ?? '',
  ];
}

export async function exportDisputesCsv(
  ctx: CoreContext,
  input: ParsedInput<'disputes.exportCsv'>,
  now: Date = new Date(),
): Promise<CsvExport> {
  const lines: string[][] = [];
  // One `now` for every chunk, so SLA standings and age buckets do not shift mid-export.
  for (let offset = 0; ; offset += csvChunkRows) {
    const page = await listDisputePage(ctx, { ...input, offset, limit: csvChunkRows }, now);
    const money = await compensations(
      ctx,
      page.map((row) => row.id),
    );
    for (const row of page) lines.push(csvRow(row, money.get(row.id) ?? null));
    if (page.length < csvChunkRows) break;
  }
  return {
    fileName: csvFileName('disputes', now),
    // escapeFormulae: a title such as "=HYPERLINK(...)" stays text in a spreadsheet.
    csv: Papa.unparse({ fields: headers, data: lines }, { escapeFormulae: true }),
    rows: lines.length,
  };
}
