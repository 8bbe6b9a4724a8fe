// Sales records: one per partner and month, entered by hand; the list, a partner's months and CSV.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function saveSalesRecord(
  _ctx: CoreContext,
  _input: ParsedInput<'sales.save'>,
): Promise<ProcedureOutput<'sales.save'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'sales.save is not built yet.' }));
}

export function deleteSalesRecord(
  _ctx: CoreContext,
  _input: ParsedInput<'sales.delete'>,
): Promise<ProcedureOutput<'sales.delete'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'sales.delete is not built yet.' }));
}

export function listSales(
  _ctx: CoreContext,
  _input: ParsedInput<'sales.list'>,
): Promise<ProcedureOutput<'sales.list'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'sales.list is not built yet.' }));
}

export function exportSalesCsv(
  _ctx: CoreContext,
  _input: ParsedInput<'sales.exportCsv'>,
): Promise<ProcedureOutput<'sales.exportCsv'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'sales.exportCsv is not built yet.' }));
}

export function partnerSales(
  _ctx: CoreContext,
  _input: ParsedInput<'sales.partner'>,
): Promise<ProcedureOutput<'sales.partner'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'sales.partner is not built yet.' }));
}
