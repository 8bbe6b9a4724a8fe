// Declares window.channelKeeper for the renderer. Absent in browser mode, which is how the
// renderer picks IPC or HTTP.
import type { ChannelKeeperBridge } from '../shared/bridge';

declare global {
  interface Window {
    channelKeeper?: ChannelKeeperBridge;
  }
}

export type { ChannelKeeperBridge };
