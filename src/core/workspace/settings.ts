// Workspace settings shared by the team: the currency every sales figure is in.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function readWorkspaceSettings(
  _ctx: CoreContext,
  _input: ParsedInput<'workspace.get'>,
): Promise<ProcedureOutput<'workspace.get'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'workspace.get is not built yet.' }));
}

export function saveWorkspaceCurrency(
  _ctx: CoreContext,
  _input: ParsedInput<'workspace.saveCurrency'>,
): Promise<ProcedureOutput<'workspace.saveCurrency'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'workspace.saveCurrency is not built yet.' }),
  );
}
