// The other list views as export tables. Cases, retention cases, sales and survey answers reuse
// their CSV exports (the one place their columns are defined), read back into rows; claims and a
// program's leaderboard are paged from their list queries.
import Papa from 'papaparse';
import type { ParsedInput } from '../../shared/contract';
import { restoreCell } from '../../shared/data-export';
import { decimalAmount } from '../../shared/money';
import { listClaims } from '../claims/list';
import type { CoreContext } from '../context';
import { exportDisputesCsv } from '../disputes/csv-export';
import { programLeaderboard } from '../gamification/leaderboard';
import { exportRetentionCasesCsv } from '../retention/csv-export';
import { exportSalesCsv } from '../sales/service';
import { exportSurveysCsv } from '../surveys/service';
import type { ExportCell, ExportTable } from './export-table';

/** A CSV export's text as a table; cells Papa neutralised get their text back. */
export function tableFromCsv(name: string, csv: string): ExportTable {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [headers = [], ...rows] = parsed.data;
  return { name, headers, rows: rows.map((row) => row.map((cell) => restoreCell(cell))) };
}

export async function disputeTable(ctx: CoreContext, filters: ParsedInput<'disputes.exportCsv'>) {
  return tableFromCsv('cases', (await exportDisputesCsv(ctx, filters)).csv);
}

export async function retentionTable(ctx: CoreContext, filters: ParsedInput<'retentionCases.exportCsv'>) {
  return tableFromCsv('retention-cases', (await exportRetentionCasesCsv(ctx, filters)).csv);
}

export async function salesTable(ctx: CoreContext, filters: ParsedInput<'sales.exportCsv'>) {
  return tableFromCsv('sales', (await exportSalesCsv(ctx, filters)).csv);
}

export async function surveyTable(ctx: CoreContext, filters: ParsedInput<'surveys.exportCsv'>) {
  return tableFromCsv('survey-answers', (await exportSurveysCsv(ctx, filters)).csv);
}

const pageSize = 500;

export async function claimTable(
  ctx: CoreContext,
  filters: ParsedInput<'claims.list'>,
): Promise<ExportTable> {
  const rows: ExportCell[][] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await listClaims(ctx, { ...filters, offset, limit: pageSize });
    for (const claim of page.rows) {
      rows.push([
        claim.programName,
        claim.partnerName,
        claim.invoiceNumber,
        claim.invoiceDate,
        claim.lines,
        claim.units,
        decimalAmount(claim.totalMinor, claim.currency),
        claim.currency,
        claim.status,
        claim.flagged ? 'yes' : 'no',
        claim.createdAt,
        claim.id,
      ]);
    }
    if (page.rows.length < pageSize) break;
  }
  return {
    name: 'claims',
    headers: [
      'Program',
      'Partner',
      'Invoice number',
      'Invoice date',
      'Lines',
      'Units',
      'Amount',
      'Currency',
      'Status',
      'Invoice also claimed elsewhere',
      'Submitted at',
      'Claim ID',
    ],
    rows,
  };
}

export async function leaderboardTable(
  ctx: CoreContext,
  filters: ParsedInput<'programs.leaderboard'>,
): Promise<ExportTable> {
  const board = await programLeaderboard(ctx, filters);
  const valueHeader = { points: 'Points', growth: 'Growth (%)', target: 'Target reached (%)' }[board.metric];
  return {
    name: 'leaderboard',
    headers: ['Rank', 'Partner', 'City', 'Region', valueHeader],
    rows: board.rows.map((row) => [row.rank, row.partnerName, row.city, row.region, row.value]),
  };
}
