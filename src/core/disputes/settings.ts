// The team's SLA per severity (business days), kept in the synced workspace settings.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function readDisputeSettings(
  _ctx: CoreContext,
  _input: ParsedInput<'disputeSettings.get'>,
): Promise<ProcedureOutput<'disputeSettings.get'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'disputeSettings.get is not built yet.' }),
  );
}

export function saveSlaBusinessDays(
  _ctx: CoreContext,
  _input: ParsedInput<'disputeSettings.saveSla'>,
): Promise<ProcedureOutput<'disputeSettings.saveSla'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'disputeSettings.saveSla is not built yet.' }),
  );
}
