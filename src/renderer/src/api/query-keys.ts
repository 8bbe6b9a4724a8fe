// Query keys are [procedure name, input], so a key says exactly which call produced the data.
import type { ProcedureInput, ProcedureName } from '../../../shared/contract';

export type CoreQueryKey<N extends ProcedureName> = readonly [N, ProcedureInput<N>];

export function coreQueryKey<N extends ProcedureName>(name: N, input: ProcedureInput<N>): CoreQueryKey<N> {
  return [name, input] as const;
}
