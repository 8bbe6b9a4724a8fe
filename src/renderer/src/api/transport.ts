// What the client needs from a transport: send one procedure call, hear change events. The IPC
// and HTTP transports implement it; nothing above this layer knows which one is in use.
import type { RpcResult } from '../../../shared/errors';
import type { ChangeEvent } from '../../../shared/events';

export type TransportKind = 'ipc' | 'http';

export interface Transport {
  readonly kind: TransportKind;
  call(name: string, input: unknown): Promise<RpcResult<unknown>>;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}
