// The home dashboard's figures over a period, region and owner selection, and its tables as CSV.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function dashboard(
  _ctx: CoreContext,
  _input: ParsedInput<'dashboard.get'>,
): Promise<ProcedureOutput<'dashboard.get'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'dashboard.get is not built yet.' }));
}

export function exportDashboardCsv(
  _ctx: CoreContext,
  _input: ParsedInput<'dashboard.exportCsv'>,
): Promise<ProcedureOutput<'dashboard.exportCsv'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'dashboard.exportCsv is not built yet.' }),
  );
}
