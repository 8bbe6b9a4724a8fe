// Spreadsheet imports of sales and survey answers: preview with per-row errors, all-or-nothing commit.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function previewImport(
  _ctx: CoreContext,
  _input: ParsedInput<'imports.preview'>,
): Promise<ProcedureOutput<'imports.preview'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'imports.preview is not built yet.' }));
}

export function commitImport(
  _ctx: CoreContext,
  _input: ParsedInput<'imports.commit'>,
): Promise<ProcedureOutput<'imports.commit'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'imports.commit is not built yet.' }));
}

export function listImports(
  _ctx: CoreContext,
  _input: ParsedInput<'imports.list'>,
): Promise<ProcedureOutput<'imports.list'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'imports.list is not built yet.' }));
}
