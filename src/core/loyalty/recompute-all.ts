// The full recompute of every partner's score, tier and risk (on demand and daily).
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function recomputeAll(
  _ctx: CoreContext,
  _input: ParsedInput<'loyalty.recomputeAll'>,
): Promise<ProcedureOutput<'loyalty.recomputeAll'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'loyalty.recomputeAll is not built yet.' }),
  );
}
