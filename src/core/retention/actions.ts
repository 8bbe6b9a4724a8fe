// Retention actions: what is done to keep a partner, by whom, by when, and what came of it.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function createRetentionAction(
  _ctx: CoreContext,
  _input: ParsedInput<'retentionActions.create'>,
): Promise<ProcedureOutput<'retentionActions.create'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retentionActions.create is not built yet.' }),
  );
}

export function updateRetentionAction(
  _ctx: CoreContext,
  _input: ParsedInput<'retentionActions.update'>,
): Promise<ProcedureOutput<'retentionActions.update'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retentionActions.update is not built yet.' }),
  );
}
