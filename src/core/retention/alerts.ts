// Retention for the home screen: partners newly at risk and actions due.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function retentionAlerts(
  _ctx: CoreContext,
  _input: ParsedInput<'retention.alerts'>,
): Promise<ProcedureOutput<'retention.alerts'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retention.alerts is not built yet.' }),
  );
}
