// Exports any list view, with its filters, as a CSV or XLSX file (one procedure for every list).
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { maxExportRows } from '../../shared/data-export';
import type { CoreContext } from '../context';
import { contactTable } from './contact-table';
import type { ExportTable } from './export-table';
import { ledgerTable } from './ledger-table';
import {
  claimTable,
  disputeTable,
  leaderboardTable,
  retentionTable,
  salesTable,
  surveyTable,
} from './list-tables';
import { partnerTable } from './partner-table';
import { tableFile } from './table-file';

export async function exportList(
  ctx: CoreContext,
  input: ParsedInput<'dataExport.list'>,
): Promise<ProcedureOutput<'dataExport.list'>> {
  const table = await listTable(ctx, input);
  if (table.rows.length > maxExportRows) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `This list has ${table.rows.length.toLocaleString('en')} rows; at most ${maxExportRows.toLocaleString('en')} fit in one file. Narrow it with the filters and export again.`,
    });
  }
  return tableFile(table, input.format);
}

function listTable(ctx: CoreContext, input: ParsedInput<'dataExport.list'>): Promise<ExportTable> {
  switch (input.view) {
    case 'partners':
      return partnerTable(ctx, input.filters);
    case 'contacts':
      return contactTable(ctx, input.filters);
    case 'disputes':
      return disputeTable(ctx, input.filters);
    case 'retention':
      return retentionTable(ctx, input.filters);
    case 'sales':
      return salesTable(ctx, input.filters);
    case 'surveys':
      return surveyTable(ctx, input.filters);
    case 'claims':
      return claimTable(ctx, input.filters);
    case 'leaderboard':
      return leaderboardTable(ctx, input.filters);
    case 'ledger':
      return ledgerTable(ctx, input.filters);
  }
}
