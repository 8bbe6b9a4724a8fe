// The partner statement: balance, entries, expiring points, progress and badges, for print.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function partnerStatement(
  ctx: CoreContext,
  input: ParsedInput<'ledger.statement'>,
): Promise<ProcedureOutput<'ledger.statement'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'ledger.statement is not built yet.' });
}
