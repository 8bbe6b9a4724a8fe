// Cases for the home screen: SLA breached, or due within a day.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function disputeAlerts(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.alerts'>,
): Promise<ProcedureOutput<'disputes.alerts'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'disputes.alerts is not built yet.' }));
}
