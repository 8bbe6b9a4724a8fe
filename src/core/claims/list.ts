// The claims list: filters, sorting, totals and counts per status.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function listClaims(
  ctx: CoreContext,
  input: ParsedInput<'claims.list'>,
): Promise<ProcedureOutput<'claims.list'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'claims.list is not built yet.' });
}
