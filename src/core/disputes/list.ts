// Case lists with filters: the disputes screen, a partner's cases, and the rows behind each report figure.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function listDisputes(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.list'>,
): Promise<ProcedureOutput<'disputes.list'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'disputes.list is not built yet.' }));
}
