// Any retention case list (with its filters) as CSV: every matching case, read in chunks through
// the retention list itself, with human column headers.
import Papa from 'papaparse';
import type { CsvExport } from '../../shared/disputes';
import type {
  RetentionCaseSummary,
  RetentionOutcome,
  RetentionSituation,
  RetentionSource,
} from '../../shared/retention';
import type { ParsedInput } from '../../shared/contract';
import type { CoreContext } from '../context';
import { csvChunkRows, csvFileName } from '../disputes/csv-columns';
import { listRetentionCases } from './cases';

const situationLabels: Record<RetentionSituation, string> = {
  'falling-orders': 'At risk: falling orders',
  'tier-drop': 'Tier drop',
  'major-dispute': 'Major dispute',
  'competitor-poaching': 'Competitor poaching',
  hardship: 'Hardship',
  other: 'Other',
};

const outcomeLabels: Record<RetentionOutcome, string> = {
  open: 'Open',
  retained: 'Retained',
  churned: 'Churned',
};

const sourceLabels: Record<RetentionSource, string> = {
  manual: 'Flagged by a person',
  loyalty: 'Loyalty score',
  dispute: 'Dispute',
};

const headers = [
  'Case ID',
  'Partner',
  'Region',
  'Situation',
  'Reason',
  'Raised by',
  'Owner',
  'Opened on',
  'Outcome',
  'Outcome on',
  'Playbook',
  'Open actions',
  'Done actions',
];

function csvRow(row: RetentionCaseSummary): (string | number)[] {
  return [
    row.id,
    row.partnerName,
    row.region,
    situationLabels[row.situation],
    row.reason,
    sourceLabels[row.source],
    row.ownerName ?? '',
    row.openedOn,
    outcomeLabels[row.outcome],
    row.outcomeOn ?? '',
    row.playbookName ?? '',
    row.actionsOpen,
    row.actionsDone,
  ];
}

export async function exportRetentionCasesCsv(
  ctx: CoreContext,
  input: ParsedInput<'retentionCases.exportCsv'>,
  now: Date = new Date(),
): Promise<CsvExport> {
  const lines: (string | number)[][] = [];
  for (let offset = 0; ; offset += csvChunkRows) {
    const page = await listRetentionCases(ctx, { ...input, offset, limit: csvChunkRows });
    for (const row of page.rows) lines.push(csvRow(row));
    if (page.rows.length < csvChunkRows) break;
  }
  return {
    fileName: csvFileName('retention-cases', now),
    csv: Papa.unparse({ fields: headers, data: lines }, { escapeFormulae: true }),
    rows: lines.length,
  };
}
