// The disputes report: open cases by kind, age and owner; time to resolve; SLA breach rate by region.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function disputeReport(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.report'>,
): Promise<ProcedureOutput<'disputes.report'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'disputes.report is not built yet.' }));
}
