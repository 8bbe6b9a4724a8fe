// The partner page's incentives: programs the partner is in, balances and badges.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function partnerIncentives(
  ctx: CoreContext,
  input: ParsedInput<'incentives.partner'>,
): Promise<ProcedureOutput<'incentives.partner'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'incentives.partner is not built yet.' });
}
