// Survey answers (with the list's filters) as CSV: every matching answer, newest first, English
// headers and category names, formulae neutralised.
import Papa from 'papaparse';
import type { ParsedInput } from '../../shared/contract';
import type { CsvExport } from '../../shared/disputes';
import { npsCategory, type NpsCategory, type SurveyResponse } from '../../shared/surveys';
import type { CoreContext } from '../context';
import { csvChunkRows, csvFileName } from '../disputes/csv-columns';
import { eachSurveyAnswer } from './list';

const headers = [
  'Answered on',
  'Partner',
  'Region',
  'Contact',
  'NPS',
  'Category',
  'Satisfaction',
  'Comment',
  'Partner ID',
];

const categoryLabels: Record<NpsCategory, string> = {
  promoter: 'Promoter',
  passive: 'Passive',
  detractor: 'Detractor',
};

export function surveyCsvRow(row: SurveyResponse): string[] {
  return [
    row.answeredOn,
    row.partnerName,
    row.region,
    row.contactName ?? '',
    row.nps === null ? '' : String(row.nps),
    row.nps === null ? '' : categoryLabels[npsCategory(row.nps)],
    row.satisfaction === null ? '' : String(row.satisfaction),
    row.comment,
    row.partnerId,
  ];
}

export async function exportSurveysCsv(
  ctx: CoreContext,
  input: ParsedInput<'surveys.exportCsv'>,
  now: Date = new Date(),
): Promise<CsvExport> {
  const lines: string[][] = [];
  for await (const chunk of eachSurveyAnswer(ctx, input, csvChunkRows)) {
    for (const row of chunk) lines.push(surveyCsvRow(row));
  }
  return {
    fileName: csvFileName('survey-answers', now),
    csv: Papa.unparse({ fields: headers, data: lines }, { escapeFormulae: true }),
    rows: lines.length,
  };
}
