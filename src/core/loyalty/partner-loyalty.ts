// One partner's score explained: factors, tier and history, override, churn risk and its reasons.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function partnerLoyalty(
  _ctx: CoreContext,
  _input: ParsedInput<'loyalty.partner'>,
): Promise<ProcedureOutput<'loyalty.partner'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'loyalty.partner is not built yet.' }));
}
