// Any retention case list (with its filters) as CSV.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function exportRetentionCasesCsv(
  _ctx: CoreContext,
  _input: ParsedInput<'retentionCases.exportCsv'>,
): Promise<ProcedureOutput<'retentionCases.exportCsv'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retentionCases.exportCsv is not built yet.' }),
  );
}
