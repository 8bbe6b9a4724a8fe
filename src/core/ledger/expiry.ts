// Points expiry: earned points past their day expire first in, first out.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function runExpiry(
  ctx: CoreContext,
  input: ParsedInput<'ledger.runExpiry'>,
): Promise<ProcedureOutput<'ledger.runExpiry'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'ledger.runExpiry is not built yet.' });
}
