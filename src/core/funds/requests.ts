// Fund requests: planned activity, decision, proof of performance, reimbursement.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function createFundRequest(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.create'>,
): Promise<ProcedureOutput<'fundRequests.create'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'fundRequests.create is not built yet.' });
}

export async function updateFundRequest(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.update'>,
): Promise<ProcedureOutput<'fundRequests.update'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'fundRequests.update is not built yet.' });
}

export async function decideFundRequest(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.decide'>,
): Promise<ProcedureOutput<'fundRequests.decide'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'fundRequests.decide is not built yet.' });
}

export async function submitFundProof(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.submitProof'>,
): Promise<ProcedureOutput<'fundRequests.submitProof'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'fundRequests.submitProof is not built yet.' });
}

export async function reimburseFundRequest(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.reimburse'>,
): Promise<ProcedureOutput<'fundRequests.reimburse'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'fundRequests.reimburse is not built yet.' });
}

export async function listFundRequests(
  ctx: CoreContext,
  input: ParsedInput<'fundRequests.list'>,
): Promise<ProcedureOutput<'fundRequests.list'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'fundRequests.list is not built yet.' });
}
