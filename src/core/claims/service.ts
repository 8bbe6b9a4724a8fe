// Sales claims: enter, edit while submitted, delete, and read one with its awards.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function createClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.create'>,
): Promise<ProcedureOutput<'claims.create'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'claims.create is not built yet.' });
}

export async function updateClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.update'>,
): Promise<ProcedureOutput<'claims.update'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'claims.update is not built yet.' });
}

export async function deleteClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.delete'>,
): Promise<ProcedureOutput<'claims.delete'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'claims.delete is not built yet.' });
}

export async function getClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.get'>,
): Promise<ProcedureOutput<'claims.get'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'claims.get is not built yet.' });
}
