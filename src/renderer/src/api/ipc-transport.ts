// The transport inside Electron: calls and change events go through the preload bridge.
import type { ChannelKeeperBridge } from '../../../shared/bridge';
import { transportFailure, type Transport } from './transport';

export function createIpcTransport(bridge: ChannelKeeperBridge): Transport {
  return {
    kind: 'ipc',
    // invoke() rejects when the main process or the core process is gone: that is "unreachable".
    call: (name, input) =>
      bridge
        .call(name, input)
        .catch(() =>
          transportFailure('UNAVAILABLE', 'The ChannelKeeper core process is not responding.', 'network'),
        ),
    subscribe: (listener) => bridge.onChange(listener),
  };
}
