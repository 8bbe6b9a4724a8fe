// The bridge the Electron preload exposes as window.channelKeeper. Declared here rather than
// imported from the preload so the renderer compiles without it; the shape must stay in step.
import type { RpcResult } from '../../../shared/errors';
import type { ChangeEvent } from '../../../shared/events';

export interface ChannelKeeperBridge {
  call(name: string, input: unknown): Promise<RpcResult<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

/** The preload's bridge when this page runs inside the Electron window, undefined in a browser. */
export function findBridge(scope: object): ChannelKeeperBridge | undefined {
  const bridge = (scope as { channelKeeper?: ChannelKeeperBridge }).channelKeeper;
  return bridge && typeof bridge.call === 'function' && typeof bridge.onChange === 'function'
    ? bridge
    : undefined;
}
