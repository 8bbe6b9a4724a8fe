// Survey answers (NPS and satisfaction) of partners' contacts: entry, list with NPS, CSV.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function createSurveyResponse(
  _ctx: CoreContext,
  _input: ParsedInput<'surveys.create'>,
): Promise<ProcedureOutput<'surveys.create'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'surveys.create is not built yet.' }));
}

export function updateSurveyResponse(
  _ctx: CoreContext,
  _input: ParsedInput<'surveys.update'>,
): Promise<ProcedureOutput<'surveys.update'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'surveys.update is not built yet.' }));
}

export function deleteSurveyResponse(
  _ctx: CoreContext,
  _input: ParsedInput<'surveys.delete'>,
): Promise<ProcedureOutput<'surveys.delete'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'surveys.delete is not built yet.' }));
}

export function listSurveyResponses(
  _ctx: CoreContext,
  _input: ParsedInput<'surveys.list'>,
): Promise<ProcedureOutput<'surveys.list'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'surveys.list is not built yet.' }));
}

export function exportSurveysCsv(
  _ctx: CoreContext,
  _input: ParsedInput<'surveys.exportCsv'>,
): Promise<ProcedureOutput<'surveys.exportCsv'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'surveys.exportCsv is not built yet.' }),
  );
}
