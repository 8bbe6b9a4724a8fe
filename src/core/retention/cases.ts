// Retention cases: a partner at risk, why, who owns it, and how it ended (retained or churned).
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export function openRetentionCase(
  _ctx: CoreContext,
  _input: ParsedInput<'retentionCases.open'>,
): Promise<ProcedureOutput<'retentionCases.open'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retentionCases.open is not built yet.' }),
  );
}

export function updateRetentionCase(
  _ctx: CoreContext,
  _input: ParsedInput<'retentionCases.update'>,
): Promise<ProcedureOutput<'retentionCases.update'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retentionCases.update is not built yet.' }),
  );
}

export function setRetentionOutcome(
  _ctx: CoreContext,
  _input: ParsedInput<'retentionCases.setOutcome'>,
): Promise<ProcedureOutput<'retentionCases.setOutcome'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retentionCases.setOutcome is not built yet.' }),
  );
}

export function getRetentionCase(
  _ctx: CoreContext,
  _input: ParsedInput<'retentionCases.get'>,
): Promise<ProcedureOutput<'retentionCases.get'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retentionCases.get is not built yet.' }),
  );
}

export function listRetentionCases(
  _ctx: CoreContext,
  _input: ParsedInput<'retentionCases.list'>,
): Promise<ProcedureOutput<'retentionCases.list'>> {
  return Promise.reject(
    new CoreError({ code: 'UNAVAILABLE', message: 'retentionCases.list is not built yet.' }),
  );
}
