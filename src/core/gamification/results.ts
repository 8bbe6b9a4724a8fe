// A program's results: participants, awards, cost, revenue against a comparison period, ROI.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function programResults(
  ctx: CoreContext,
  input: ParsedInput<'programs.results'>,
): Promise<ProcedureOutput<'programs.results'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.results is not built yet.' });
}
