// Finds the bridge the Electron preload exposes as window.channelKeeper (its shape is part of the
// shared contract).
import type { ChannelKeeperBridge } from '../../../shared/bridge';

/** The preload's bridge when this page runs inside the Electron window, undefined in a browser. */
export function findBridge(scope: object): ChannelKeeperBridge | undefined {
  const bridge = (scope as { channelKeeper?: ChannelKeeperBridge }).channelKeeper;
  return bridge && typeof bridge.call === 'function' && typeof bridge.onChange === 'function'
    ? bridge
    : undefined;
}
