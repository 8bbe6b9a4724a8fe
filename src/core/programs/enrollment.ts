// Enrolling partners in a program (explicit, checked against eligibility) and listing participants.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function enrollPartners(
  ctx: CoreContext,
  input: ParsedInput<'programs.enroll'>,
): Promise<ProcedureOutput<'programs.enroll'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.enroll is not built yet.' });
}

export async function unenrollPartner(
  ctx: CoreContext,
  input: ParsedInput<'programs.unenroll'>,
): Promise<ProcedureOutput<'programs.unenroll'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.unenroll is not built yet.' });
}

export async function listParticipants(
  ctx: CoreContext,
  input: ParsedInput<'programs.participants'>,
): Promise<ProcedureOutput<'programs.participants'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.participants is not built yet.' });
}

export async function eligiblePartners(
  ctx: CoreContext,
  input: ParsedInput<'programs.eligible'>,
): Promise<ProcedureOutput<'programs.eligible'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.eligible is not built yet.' });
}
