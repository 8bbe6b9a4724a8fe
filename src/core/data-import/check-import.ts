// Everything the core knows about a file before it is imported: read, mapped, every row checked
// against the bulk-loaded partners, contacts and stored records (claims: the program, its
// enrolments, the catalog and its claims). The preview shows it; the commit
// runs it again on the same bytes rather than trusting what the client saw. Partner and contact
// files are checked in chunks that report progress and stop when the user cancels, each row read
// and classified in turn and kept only as far as CheckedRows needs it (a 100,000-row file is never
// held as 100,000 checked rows).
import {
  importFields,
  type DataImportKind,
  type ImportFileInput,
  type ImportMatchMode,
  type ImportPreview,
} from '../../shared/data-import';
import type { FieldMessage } from '../../shared/errors';
import { minorDigits } from '../../shared/money';
import type { CoreContext } from '../context';
import type { FieldValue } from '../db/apply-changes';
import { workspaceCurrency } from '../workspace/settings';
import { mappingErrors, resolveMapping, suggestMapping, type ColumnMapping } from './column-mapping';
import { fieldMessage } from '../../shared/validation';
import { loadContacts, loadExisting, loadPartners, matchPartner } from './lookups';
import { classifyRows, type CheckedRow, type ParsedRow } from './parsed-row';
import { CheckedRows } from './checked-rows';
import { readSpreadsheet, type Sheet } from './read-spreadsheet';
import { readSalesRow, salesDefaults, salesStoredFields } from './sales-rows';
import { readSurveyRow, surveyDefaults, surveyStoredFields } from './survey-rows';
import { classifyClaimRows, readClaimRow } from './claim-rows';
import { importProgram, loadClaims, loadTakenInvoices, type ImportProgram } from './claim-lookups';
import { enrolledPartnerIds } from '../gamification/program-facts';
import { contactClassifier, contactDefaults, readContactRow, type ContactRow } from './contact-rows';
import { yieldToEventLoop, type ImportJob } from './import-jobs';
import { partnerClassifier, partnerDefaults, readPartnerRow } from './partner-rows';
import { loadOwners, loadStoredContacts, loadStoredPartners } from './people-lookups';
import { rememberedMapping } from './remembered-mapping';
import { loadCatalog } from '../products/catalog';

export type ImportTable = 'salesRecords' | 'surveyResponses' | 'claims' | 'partners' | 'contacts';

export interface ImportCheck {
  preview: ImportPreview;
  /** What the check kept of every row: counts, the first errors, the commit's writes. */
  rows: CheckedRows;
  table: ImportTable;
  /** Fields a new record gets when the file has no column for them. */
  defaults: Record<string, FieldValue>;
  /** The file's header row (empty when it could not be read). */
  columns: string[];
}

export const importTables: Record<DataImportKind, ImportTable> = {
  partners: 'partners',
  contacts: 'contacts',
  sales: 'salesRecords',
  surveys: 'surveyResponses',
  claims: 'claims',
};

type CheckInput = Required<Pick<ImportFileInput, 'kind' | 'fileName' | 'contentBase64' | 'today'>> & {
  mapping: Record<string, string | null>;
  programId?: string | null | undefined;
  matchBy?: ImportMatchMode | undefined;
  /** The commit's check keeps what it writes; the preview's keeps counts and shown rows only. */
  keepWrites?: boolean;
};

const noJob: ImportJob = { report() {}, check() {}, finish() {} };

export async function checkImport(
  ctx: CoreContext,
  input: CheckInput,
  job: ImportJob = noJob,
): Promise<ImportCheck> {
  const { kind } = input;
  const matchBy = input.matchBy ?? 'nameCity';
  const table = importTables[kind];
  const defaults = kind === 'sales' ? salesDefaults : kind === 'surveys' ? surveyDefaults : {};
  const program = kind === 'claims' ? await importProgram(ctx, input.programId ?? null) : null;
  job.report('reading', 0, 0);
  const [read, currency] = await Promise.all([
    readSpreadsheet(input.fileName, input.contentBase64),
    program ? program.currency : workspaceCurrency(ctx.db),
  ]);
  job.check();
  const empty: ImportPreview = {
    fileHash: read.fileHash,
    currency,
    totalRows: 0,
    columns: [],
    fields: importFields[kind].map((f) => ({ key: f.key, required: f.required })),
    mapping: {},
    mappingRemembered: false,
    mappingErrors: {},
    fileError: null,
    encoding: null,
    rows: [],
    counts: { new: 0, update: 0, unchanged: 0, error: 0 },
    previousImport: null,
  };
  const columns = 'sheet' in read ? read.sheet.columns : [];
  const collected = new CheckedRows(input.keepWrites ?? false);
  const unread = { rows: collected, table, defaults, columns };
  if ('error' in read) return { preview: { ...empty, fileError: read.error }, ...unread };
  const { sheet } = read;
  const headerError = headerLooksLikeData(kind, sheet.columns);
  if (headerError) return { preview: { ...empty, fileError: headerError }, ...unread };

  const remembered = await rememberedMapping(ctx.db, kind, sheet.columns);
  const mapping = resolveMapping(kind, sheet.columns, input.mapping, remembered);
  const preview: ImportPreview = {
    ...empty,
    totalRows: sheet.rows.length,
    columns: sheet.columns,
    encoding: sheet.encoding,
    mapping,
    mappingRemembered: remembered !== null,
    mappingErrors: mappingErrors(kind, mapping, matchBy),
    previousImport: await previousImport(ctx, kind, read.fileHash),
  };
  const found = { rows: collected, table, defaults, columns };
  if (Object.keys(preview.mappingErrors).length > 0) return { preview, ...found };

  if (kind === 'partners') {
    await checkPartnerRows(ctx, sheet, mapping, matchBy, job, collected);
    return { preview: finishPreview(preview, collected), ...found, defaults: partnerDefaults };
  }
  if (kind === 'contacts') {
    await checkContactRows(ctx, sheet, mapping, matchBy, job, collected);
    return { preview: finishPreview(preview, collected), ...found, defaults: contactDefaults };
  }
  if (program) {
    collected.addAll(await checkClaimRows(ctx, program, sheet, mapping, input.today));
    return { preview: finishPreview(preview, collected), ...found };
  }
  const parsed = await parseRows(ctx, kind, sheet, mapping, input.today, currency);
  const stored = await loadExisting(
    ctx.db,
    kind === 'sales' ? 'salesRecords' : 'surveyResponses',
    parsed.flatMap((row) => (row.record ? [row.record.id] : [])),
  );
  collected.addAll(
    kind === 'sales'
      ? classifyRows(parsed, stored, salesStoredFields(currency), 'validation.importDuplicateSales', 'month')
      : classifyRows(parsed, stored, surveyStoredFields, 'validation.importDuplicateSurvey', 'date'),
  );
  return { preview: finishPreview(preview, collected), ...found };
}

/** Rows read between two looks at the event loop (progress polls and a cancel get through). */
const rowsPerChunk = 2000;

/** Visits every row in chunks, reporting progress and stopping when the job is cancelled. */
async function eachInChunks(
  sheet: Sheet,
  job: ImportJob,
  visit: (row: Sheet['rows'][number]) => void,
): Promise<void> {
  const total = sheet.rows.length;
  for (let start = 0; start < total; start += rowsPerChunk) {
    const end = Math.min(start + rowsPerChunk, total);
    for (let i = start; i < end; i++) visit(sheet.rows[i]!);
    job.report('checking', end, total);
    await yieldToEventLoop();
    job.check();
  }
}

function valuesReader(sheet: Sheet, mapping: ColumnMapping) {
  const columnIndex = Object.entries(mapping).flatMap(([field, column]) =>
    column === null ? [] : [[field, sheet.columns.indexOf(column)] as const],
  );
  return (cells: readonly string[]) =>
    Object.fromEntries(columnIndex.map(([field, index]) => [field, cells[index] ?? '']));
}

async function checkPartnerRows(
  ctx: CoreContext,
  sheet: Sheet,
  mapping: ColumnMapping,
  matchBy: ImportMatchMode,
  job: ImportJob,
  collected: CheckedRows,
): Promise<void> {
  const [stored, owners] = await Promise.all([loadStoredPartners(ctx.db), loadOwners(ctx.db)]);
  const valuesOf = valuesReader(sheet, mapping);
  const classify = partnerClassifier(stored, matchBy, owners);
  await eachInChunks(sheet, job, (row) =>
    collected.add(classify(readPartnerRow(row.rowNumber, valuesOf(row.cells), { owners }))),
  );
}

async function checkContactRows(
  ctx: CoreContext,
  sheet: Sheet,
  mapping: ColumnMapping,
  matchBy: ImportMatchMode,
  job: ImportJob,
  collected: CheckedRows,
): Promise<void> {
  const partners = await loadStoredPartners(ctx.db);
  const valuesOf = valuesReader(sheet, mapping);
  // Contacts are matched within their partner: the partners' stored contacts are loaded once
  // every row has named its partner.
  const rows: ContactRow[] = [];
  await eachInChunks(sheet, job, (row) =>
    rows.push(readContactRow(row.rowNumber, valuesOf(row.cells), partners)),
  );
  const partnerIds = [...new Set(rows.flatMap((row) => (row.partner ? [row.partner.id] : [])))];
  const stored = await loadStoredContacts(ctx.db, partnerIds);
  const classify = contactClassifier(stored, matchBy);
  for (const row of rows) collected.add(classify(row));
}

function finishPreview(preview: ImportPreview, collected: CheckedRows): ImportPreview {
  preview.counts = { ...collected.counts };
  preview.rows = collected.previewRows();
  return preview;
}

async function checkClaimRows(
  ctx: CoreContext,
  program: ImportProgram,
  sheet: Sheet,
  mapping: ColumnMapping,
  today: string,
): Promise<CheckedRow[]> {
  const [partners, enrolled, catalog] = await Promise.all([
    loadPartners(ctx.db),
    enrolledPartnerIds(ctx.db, program.id),
    loadCatalog(ctx.db),
  ]);
  const mapped = new Set(
    Object.entries(mapping).flatMap(([field, column]) => (column === null ? [] : [field])),
  );
  const context = {
    today,
    programId: program.id,
    program,
    digits: minorDigits(program.currency),
    partners,
    enrolled,
    catalog,
    mapped,
  };
  const rows = sheet.rows.map((row) =>
    readClaimRow(row.rowNumber, cellValues(sheet, mapping, row.cells), context),
  );
  const ids = [...new Set(rows.flatMap((row) => (row.claim ? [row.claim.id] : [])))];
  const keys = [...new Set(rows.flatMap((row) => (row.claim ? [row.claim.key] : [])))];
  const [stored, taken] = await Promise.all([
    loadClaims(ctx.db, ids),
    loadTakenInvoices(ctx.db, program.id, keys),
  ]);
  return classifyClaimRows(rows, stored, taken, context);
}

function cellValues(sheet: Sheet, mapping: ColumnMapping, cells: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping)) {
    if (column !== null) values[field] = cells[sheet.columns.indexOf(column)] ?? '';
  }
  return values;
}

async function parseRows(
  ctx: CoreContext,
  kind: DataImportKind,
  sheet: Sheet,
  mapping: ColumnMapping,
  today: string,
  currency: string,
): Promise<ParsedRow[]> {
  const columnIndex = Object.entries(mapping).flatMap(([field, column]) =>
    column === null ? [] : [[field, sheet.columns.indexOf(column)] as const],
  );
  const valuesOf = (cells: readonly string[]) =>
    Object.fromEntries(columnIndex.map(([field, index]) => [field, cells[index] ?? '']));
  const mapped = new Set(columnIndex.map(([field]) => field));
  const partners = await loadPartners(ctx.db);
  if (kind === 'sales') {
    const context = { today, currency, digits: minorDigits(currency), partners, mapped };
    return sheet.rows.map((row) => readSalesRow(row.rowNumber, valuesOf(row.cells), context));
  }
  const partnerIds = new Set<string>();
  if (mapped.has('contact')) {
    for (const row of sheet.rows) {
      const match = matchPartner(partners, valuesOf(row.cells).partner ?? '');
      if ('partner' in match) partnerIds.add(match.partner.id);
    }
  }
  const contactsByPartner = await loadContacts(ctx.db, [...partnerIds]);
  const context = { today, partners, contactsByPartner, mapped };
  return sheet.rows.map((row) => readSurveyRow(row.rowNumber, valuesOf(row.cells), context));
}

async function previousImport(
  ctx: CoreContext,
  kind: DataImportKind,
  fileHash: string,
): Promise<ImportPreview['previousImport']> {
  const row = await ctx.db
    .selectFrom('dataImports')
    .select(['id', 'createdAt', 'fileName'])
    .where('kind', '=', kind)
    .where('fileHash', '=', fileHash)
    .where('deletedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, at: row.createdAt, fileName: row.fileName } : null;
}

/**
 * A file whose first row is data (no header) would lose that row and map nothing: say so instead
 * of showing an empty mapping. Recognised by no header suggesting any field while a header cell
 * reads as a number or date.
 */
function headerLooksLikeData(kind: DataImportKind, columns: readonly string[]): FieldMessage | null {
  const suggested = suggestMapping(kind, columns);
  if (Object.values(suggested).some((column) => column !== null)) return null;
  return columns.some((column) => /^[\d\s.,/-]+$/.test(column))
    ? fieldMessage('validation.importNoHeader')
    : null;
}
