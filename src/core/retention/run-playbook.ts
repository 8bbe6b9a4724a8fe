// Running a playbook for a partner: its steps become actions with owners and due days, in one batch.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function runPlaybook(
  _ctx: CoreContext,
  _input: ParsedInput<'playbooks.run'>,
): Promise<ProcedureOutput<'playbooks.run'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'playbooks.run is not built yet.' }));
}
