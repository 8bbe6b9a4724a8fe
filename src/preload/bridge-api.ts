// The shape of window.channelKeeper, shared by the preload that builds it and the declaration the
// renderer compiles against (index.d.ts).
import type { RpcResult } from '../shared/errors';
import type { ChangeEvent } from '../shared/events';

export interface ChannelKeeperBridge {
  /** Calls a core procedure by name; resolves to a value or a typed error. */
  call(name: string, input: unknown): Promise<RpcResult<unknown>>;
  /** Subscribes to the core's change events; returns the unsubscribe function. */
  onChange(callback: (event: ChangeEvent) => void): () => void;
}
