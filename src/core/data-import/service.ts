// Spreadsheet imports of partners, contacts, sales, survey answers and sales claims: preview with
// per-row errors, all-or-nothing commit in one undoable batch (cancellable while it runs: the
// batch's transaction is rolled back), progress of both under a job id, and the recent imports.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { importMessage, type DataImportKind } from '../../shared/data-import';
import { CoreError } from '../../shared/errors';
import { englishMessage, fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange, type FieldValue } from '../db/apply-changes';
import { newId } from '../db/ids';
import { backupBeforeImport } from '../backups/service';
import { checkImport, type ImportTable } from './check-import';
import type { RecordWrite } from './checked-rows';
import { cancelJob, ImportCancelled, jobProgress, startJob, type ImportJob } from './import-jobs';
import { rememberMapping } from './remembered-mapping';

export async function previewImport(
  ctx: CoreContext,
  input: ParsedInput<'imports.preview'>,
): Promise<ProcedureOutput<'imports.preview'>> {
  const job = startJob(input.jobId);
  try {
    return (await checkImport(ctx, input, job)).preview;
  } catch (error) {
    if (error instanceof ImportCancelled) throw cancelledError();
    throw error;
  } finally {
    job.finish();
  }
}

function cancelledError(): CoreError {
  const message = importMessage('dataImport.errors.cancelled');
  return new CoreError({ code: 'CONFLICT', message: message.message, details: { cancelled: true } });
}

/** Tables whose rows remember the import that wrote them (the list filters by it). */
const tablesWithImportId: ReadonlySet<ImportTable> = new Set(['salesRecords', 'surveyResponses', 'claims']);

export async function commitImport(
  ctx: CoreContext,
  input: ParsedInput<'imports.commit'>,
): Promise<ProcedureOutput<'imports.commit'>> {
  const job = startJob(input.jobId);
  try {
    return await checkAndWrite(ctx, input, job);
  } catch (error) {
    if (!(error instanceof ImportCancelled)) throw error;
    return { cancelled: true, id: null, batchId: null, created: 0, updated: 0, unchanged: 0 };
  } finally {
    job.finish();
  }
}

async function checkAndWrite(
  ctx: CoreContext,
  input: ParsedInput<'imports.commit'>,
  job: ImportJob,
): Promise<ProcedureOutput<'imports.commit'>> {
  const { preview, rows, table, defaults, columns } = await checkImport(
    ctx,
    { ...input, keepWrites: true },
    job,
  );
  if (preview.fileError) {
    throw new CoreError({
      code: 'VALIDATION',
      message: englishMessage(preview.fileError.key, preview.fileError.params),
      fields: { file: preview.fileError },
    });
  }
  if (preview.fileHash !== input.fileHash) {
    throw new CoreError({
      code: 'VALIDATION',
      message: englishMessage('validation.importFileChanged'),
      fields: { file: fieldMessage('validation.importFileChanged') },
    });
  }
  const mappingFields = Object.entries(preview.mappingErrors);
  if (mappingFields.length > 0) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The column mapping has problems: fix them before importing.',
      fields: Object.fromEntries(mappingFields.map(([field, message]) => [`mapping.${field}`, message])),
    });
  }
  if (preview.counts.error > 0) {
    const count = preview.counts.error;
    throw new CoreError({
      code: 'VALIDATION',
      message: `${count} ${count === 1 ? 'row has' : 'rows have'} errors; nothing was imported. Fix the file and preview it again.`,
      fields: rows.listedErrors,
    });
  }

  const { new: created, update: updated, unchanged } = rows.records;
  if (created + updated === 0) {
    return { cancelled: false, id: null, batchId: null, created, updated, unchanged };
  }

  const importId = newId();
  const stamp: Record<string, FieldValue> = tablesWithImportId.has(table) ? { importId } : {};
  const importRow = rowChanges('dataImports', importId, {
    kind: input.kind,
    fileName: input.fileName,
    fileHash: preview.fileHash,
    rowCount: preview.totalRows,
    createdCount: created,
    updatedCount: updated,
    unchangedCount: unchanged,
  });
  job.check();
  // A copy of the database as it was, so even an import undone no longer can be taken back whole.
  await backupBeforeImport(ctx);
  job.check();
  job.report('writing', 0, created + updated);
  const { batchId } = await ctx.write({
    label: importLabel(input.kind, created + updated, input.fileName),
    origin: 'local',
    changes: [],
    // Field changes are made a chunk at a time as the write takes them, not all at once.
    chunks: changeChunks(rows.writes, table, defaults, stamp, importRow),
    // The batch also writes the import's own row: progress counts the file's records only.
    onProgress(written) {
      job.report('writing', Math.min(written, created + updated), created + updated);
      job.check();
    },
  });
  // The layout's mapping is offered again for the next file with these headers.
  await rememberMapping(ctx.db, input.kind, columns, preview.mapping);
  return { cancelled: false, id: importId, batchId, created, updated, unchanged };
}

/** Records written per chunk of the batch (each a few statements of the write path). */
const recordsPerChunk = 2000;

/** The records' field changes a chunk at a time, then the import's own row. */
async function* changeChunks(
  writes: readonly RecordWrite[],
  table: ImportTable,
  defaults: Record<string, FieldValue>,
  stamp: Record<string, FieldValue>,
  importRow: FieldChange[],
): AsyncGenerator<FieldChange[]> {
  for (let start = 0; start < writes.length; start += recordsPerChunk) {
    const chunk: FieldChange[] = [];
    for (const record of writes.slice(start, start + recordsPerChunk)) {
      const fields = record.status === 'new' ? { ...defaults, ...record.write } : record.write;
      for (const change of rowChanges(table, record.id, { ...fields, ...stamp })) chunk.push(change);
    }
    yield chunk;
  }
  yield importRow;
}

/** "Import 120 sales rows from march.xlsx" */
function importLabel(kind: DataImportKind, rows: number, fileName: string): string {
  if (kind === 'claims') return `Import ${rows} ${rows === 1 ? 'claim' : 'claims'} from ${fileName}`;
  if (kind === 'partners') return `Import ${rows} ${rows === 1 ? 'partner' : 'partners'} from ${fileName}`;
  if (kind === 'contacts') return `Import ${rows} ${rows === 1 ? 'contact' : 'contacts'} from ${fileName}`;
  const what =
    kind === 'sales'
      ? rows === 1
        ? 'sales row'
        : 'sales rows'
      : rows === 1
        ? 'survey answer'
        : 'survey answers';
  return `Import ${rows} ${what} from ${fileName}`;
}

/** The latest imports (an undone import is gone with its rows). */
const listedImports = 20;

export async function listImports(
  ctx: CoreContext,
  input: ParsedInput<'imports.list'>,
): Promise<ProcedureOutput<'imports.list'>> {
  let query = ctx.db
    .selectFrom('dataImports')
    .select([
      'id',
      'kind',
      'fileName',
      'rowCount',
      'createdCount',
      'updatedCount',
      'unchangedCount',
      'createdAt',
    ])
    .where('deletedAt', 'is', null);
  if (input.kind) query = query.where('kind', '=', input.kind);
  const rows = await query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(listedImports).execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    rowCount: row.rowCount,
    created: row.createdCount,
    updated: row.updatedCount,
    unchanged: row.unchangedCount,
    at: row.createdAt,
  }));
}

export function importProgress(input: ParsedInput<'imports.progress'>): ProcedureOutput<'imports.progress'> {
  return jobProgress(input.jobId);
}

export function cancelImport(input: ParsedInput<'imports.cancel'>): ProcedureOutput<'imports.cancel'> {
  return { cancelled: cancelJob(input.jobId) };
}
