// A program's funds: allocations per partner and the budget's burn.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function programFunds(
  ctx: CoreContext,
  input: ParsedInput<'funds.program'>,
): Promise<ProcedureOutput<'funds.program'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'funds.program is not built yet.' });
}

export async function allocateFund(
  ctx: CoreContext,
  input: ParsedInput<'funds.allocate'>,
): Promise<ProcedureOutput<'funds.allocate'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'funds.allocate is not built yet.' });
}
