// The transport inside Electron: calls and change events go through the preload bridge.
import type { ChannelKeeperBridge } from './bridge-types';
import type { Transport } from './transport';

export function createIpcTransport(bridge: ChannelKeeperBridge): Transport {
  return {
    kind: 'ipc',
    call: (name, input) => bridge.call(name, input),
    subscribe: (listener) => bridge.onChange(listener),
  };
}
