// Redemptions: request (points taken, stock reserved), approve, fulfil, reject (points returned).
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function requestRedemption(
  ctx: CoreContext,
  input: ParsedInput<'redemptions.request'>,
): Promise<ProcedureOutput<'redemptions.request'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'redemptions.request is not built yet.' });
}

export async function decideRedemption(
  ctx: CoreContext,
  input: ParsedInput<'redemptions.decide'>,
): Promise<ProcedureOutput<'redemptions.decide'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'redemptions.decide is not built yet.' });
}

export async function listRedemptions(
  ctx: CoreContext,
  input: ParsedInput<'redemptions.list'>,
): Promise<ProcedureOutput<'redemptions.list'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'redemptions.list is not built yet.' });
}
