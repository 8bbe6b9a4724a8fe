// Saving a program's rules: validated against the catalog and tiers; a new version once frozen.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function saveProgramRules(
  ctx: CoreContext,
  input: ParsedInput<'programs.saveRules'>,
): Promise<ProcedureOutput<'programs.saveRules'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.saveRules is not built yet.' });
}
