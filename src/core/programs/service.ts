// Programs: create, edit, list, read, and move between draft, active and ended.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function listPrograms(
  ctx: CoreContext,
  input: ParsedInput<'programs.list'>,
): Promise<ProcedureOutput<'programs.list'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.list is not built yet.' });
}

export async function getProgram(
  ctx: CoreContext,
  input: ParsedInput<'programs.get'>,
): Promise<ProcedureOutput<'programs.get'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.get is not built yet.' });
}

export async function createProgram(
  ctx: CoreContext,
  input: ParsedInput<'programs.create'>,
): Promise<ProcedureOutput<'programs.create'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.create is not built yet.' });
}

export async function updateProgram(
  ctx: CoreContext,
  input: ParsedInput<'programs.update'>,
): Promise<ProcedureOutput<'programs.update'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.update is not built yet.' });
}

export async function setProgramStatus(
  ctx: CoreContext,
  input: ParsedInput<'programs.setStatus'>,
): Promise<ProcedureOutput<'programs.setStatus'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.setStatus is not built yet.' });
}
