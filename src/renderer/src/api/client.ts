// The one typed client of the core: `call` a procedure by name and get its typed value or a
// thrown CoreError; `subscribeToChanges` to hear every committed write.
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { CoreError } from '../../../shared/errors';
import type { ChangeEvent } from '../../../shared/events';
import { selectTransport } from './select-transport';
import type { Transport } from './transport';

export interface CoreClient {
  call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  subscribeToChanges(listener: (event: ChangeEvent) => void): () => void;
}

export function createCoreClient(transport: Transport): CoreClient {
  return {
    async call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
      const result = await transport.call(name, input);
      if (!result.ok) throw new CoreError(result.error);
      // The core's handlers are typed against the contract's output schemas.
      return result.value as ProcedureOutput<N>;
    },
    subscribeToChanges: (listener) => transport.subscribe(listener),
  };
}

let defaultClient: CoreClient | undefined;

function client(): CoreClient {
  defaultClient ??= createCoreClient(selectTransport(window));
  return defaultClient;
}

/** Picks the transport now (reads and hides the browser-mode token before the router starts). */
export function startCoreClient(): void {
  client();
}

export function call<N extends ProcedureName>(
  name: N,
  input: ProcedureInput<N>,
): Promise<ProcedureOutput<N>> {
  return client().call(name, input);
}

export function subscribeToChanges(listener: (event: ChangeEvent) => void): () => void {
  return client().subscribeToChanges(listener);
}
