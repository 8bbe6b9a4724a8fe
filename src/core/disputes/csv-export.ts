// Any case list (with its filters) as CSV.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function exportDisputesCsv(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.exportCsv'>,
): Promise<ProcedureOutput<'disputes.exportCsv'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'disputes.exportCsv is not built yet.' }),
  );
}
