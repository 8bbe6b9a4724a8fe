// The rewards catalog of a program.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function listRewards(
  ctx: CoreContext,
  input: ParsedInput<'rewards.list'>,
): Promise<ProcedureOutput<'rewards.list'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'rewards.list is not built yet.' });
}

export async function createReward(
  ctx: CoreContext,
  input: ParsedInput<'rewards.create'>,
): Promise<ProcedureOutput<'rewards.create'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'rewards.create is not built yet.' });
}

export async function updateReward(
  ctx: CoreContext,
  input: ParsedInput<'rewards.update'>,
): Promise<ProcedureOutput<'rewards.update'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'rewards.update is not built yet.' });
}
