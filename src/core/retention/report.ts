// The retention report: success rate (retained / decided) by playbook and by region.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function retentionReport(
  _ctx: CoreContext,
  _input: ParsedInput<'retention.report'>,
): Promise<ProcedureOutput<'retention.report'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retention.report is not built yet.' }),
  );
}
