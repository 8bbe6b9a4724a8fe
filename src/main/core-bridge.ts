// Starts the core in an Electron utility process and relays the renderer's calls to it over the
// one IPC channel, after checking that the caller is our own page.
import { ipcMain, utilityProcess, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../shared/bridge';
import type { RpcResult } from '../shared/errors';
import type { ChangeEvent } from '../shared/events';
import type { SecretVault } from './secret-vault';
import { DATA_DIR_FLAG, SECRETS_KEPT_FLAG } from './app-paths';
import { CoreClient } from './core-client';
import { errorResult } from './core-protocol';
import { isTrustedFrame, type RendererLocation } from './trusted-renderer';

/** The preload uses the same names; they are the only IPC channels the app has. */
export const CALL_CHANNEL = ipcChannels.call;
export const CHANGE_CHANNEL = ipcChannels.change;

/** Longer names are not procedures; refusing them early keeps junk out of the core's logs. */
const MAX_PROCEDURE_NAME = 100;

export interface CoreBridgeOptions {
  coreProcessScript: string;
  dataDir: string;
  renderer: RendererLocation;
  onStartupFailed: (message: string, filePath: string | null) => void;
  onChange: (event: ChangeEvent) => void;
  /** Keeps the team-sync session's tokens for the core process; without it the core keeps none. */
  secrets?: SecretVault;
}

export interface CoreBridge {
  /** Calls the core from the main process itself (the reminder rounds). */
  call(name: string, input: unknown): Promise<RpcResult<unknown>>;
  stop(): Promise<void>;
}

/** Answers one `ck:call`; exported so the sender check is tested without a window. */
export async function handleCall(
  client: Pick<CoreClient, 'call'>,
  renderer: RendererLocation,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  name: unknown,
  input: unknown,
): Promise<RpcResult<unknown>> {
  if (!isTrustedFrame(event.senderFrame, renderer)) {
    return errorResult('FORBIDDEN', 'Only the ChannelKeeper window may call the core.');
  }
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_PROCEDURE_NAME) {
    return errorResult('VALIDATION', 'A procedure name is required.');
  }
  return client.call(name, input);
}

export function startCoreBridge(options: CoreBridgeOptions): CoreBridge {
  const args = [DATA_DIR_FLAG, options.dataDir];
  if (options.secrets?.keepsAcrossRestarts) args.push(SECRETS_KEPT_FLAG);
  const child = utilityProcess.fork(options.coreProcessScript, args, {
    serviceName: 'ChannelKeeper core',
    stdio: 'inherit',
  });
  const client = new CoreClient(child, {
    onStartupFailed: options.onStartupFailed,
    onChange: options.onChange,
    secrets: options.secrets,
  });
  child.on('message', (message: unknown) => client.handleMessage(message));
  child.on('exit', (code) => client.handleExit(code));

  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, input: unknown) =>
    handleCall(client, options.renderer, event, name, input),
  );

  return {
    call: (name, input) => client.call(name, input),
    async stop() {
      ipcMain.removeHandler(CALL_CHANNEL);
      await client.stop();
    },
  };
}
