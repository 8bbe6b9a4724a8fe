// Deciding a claim: approve (posts the awards), reject with a reason, or reverse an approved one.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function decideClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.decide'>,
): Promise<ProcedureOutput<'claims.decide'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'claims.decide is not built yet.' });
}
