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

/** Marks errors made on this side of the wire, so the UI can explain them in the user's language. */
export const transportFailureKey = 'transport';

export type TransportFailureReason = 'network' | 'badResponse';

/** A failed call that never got a considered answer from the core. */
export function transportFailure(
  code: 'UNAVAILABLE' | 'UNAUTHORIZED' | 'INTERNAL',
  message: string,
  reason: TransportFailureReason,
): RpcResult<never> {
  return { ok: false, error: { code, message, details: { [transportFailureKey]: reason } } };
}
