// Playbooks: the shipped defaults and the team's own, edited and validated (no cycles).
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function listPlaybooks(
  _ctx: CoreContext,
  _input: ParsedInput<'playbooks.list'>,
): Promise<ProcedureOutput<'playbooks.list'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'playbooks.list is not built yet.' }));
}

export function savePlaybook(
  _ctx: CoreContext,
  _input: ParsedInput<'playbooks.save'>,
): Promise<ProcedureOutput<'playbooks.save'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'playbooks.save is not built yet.' }));
}

export function resetPlaybook(
  _ctx: CoreContext,
  _input: ParsedInput<'playbooks.reset'>,
): Promise<ProcedureOutput<'playbooks.reset'>> {
  return Promise.reject(new CoreError({ code: 'UNAVAILABLE', message: 'playbooks.reset is not built yet.' }));
}

export function deletePlaybook(
  _ctx: CoreContext,
  _input: ParsedInput<'playbooks.delete'>,
): Promise<ProcedureOutput<'playbooks.delete'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'playbooks.delete is not built yet.' }),
  );
}
