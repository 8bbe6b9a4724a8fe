// The case library: settled cases found by words, kind, root cause, partner and region.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function disputeLibrary(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.library'>,
): Promise<ProcedureOutput<'disputes.library'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'disputes.library is not built yet.' }),
  );
}
