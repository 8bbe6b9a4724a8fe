// A dry run of a program's rules over a month of approved claims, against what the ledger holds.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function evaluateProgramMonth(
  ctx: CoreContext,
  input: ParsedInput<'programs.evaluate'>,
): Promise<ProcedureOutput<'programs.evaluate'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.evaluate is not built yet.' });
}
