// Disputes: logging a case, editing its facts, moving it through the workflow and appending steps
// to its permanent timeline. Every action is one permanent batch.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function createDispute(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.create'>,
): Promise<ProcedureOutput<'disputes.create'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'disputes.create is not built yet.' }));
}

export function updateDispute(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.update'>,
): Promise<ProcedureOutput<'disputes.update'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'disputes.update is not built yet.' }));
}

export function transitionDispute(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.transition'>,
): Promise<ProcedureOutput<'disputes.transition'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'disputes.transition is not built yet.' }),
  );
}

export function addDisputeEntry(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.addEntry'>,
): Promise<ProcedureOutput<'disputes.addEntry'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'disputes.addEntry is not built yet.' }),
  );
}

export function getDispute(
  _ctx: CoreContext,
  _input: ParsedInput<'disputes.get'>,
): Promise<ProcedureOutput<'disputes.get'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'disputes.get is not built yet.' }));
}
