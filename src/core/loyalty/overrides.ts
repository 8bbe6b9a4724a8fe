// Manual tier overrides with a reason and an expiry.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function setTierOverride(
  _ctx: CoreContext,
  _input: ParsedInput<'loyalty.setOverride'>,
): Promise<ProcedureOutput<'loyalty.setOverride'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'loyalty.setOverride is not built yet.' }),
  );
}

export function endTierOverride(
  _ctx: CoreContext,
  _input: ParsedInput<'loyalty.endOverride'>,
): Promise<ProcedureOutput<'loyalty.endOverride'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'loyalty.endOverride is not built yet.' }),
  );
}
