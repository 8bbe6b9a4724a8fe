// The core's side of the protocol, run inside the utility process: opens the core, answers calls,
// posts change events. Kept free of Electron so it is tested in plain Node with a fake port.
import type { Core } from '../core/core-api';
import type { SecretStore } from '../core/sync/secret-store';
import { CoreStartupError } from '../core/startup-error';
import type { RpcResult } from '../shared/errors';
import {
  errorResult,
  parseHostMessage,
  recoverCallId,
  unavailableResult,
  type CoreMessage,
} from './core-protocol';
import { SecretRequester } from './secret-requests';

/** The part of Electron's `process.parentPort` this module uses. */
export interface ParentPortLike {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): unknown;
  postMessage(message: CoreMessage): void;
}

export interface ServeCoreOptions {
  port: ParentPortLike;
  dataDir: string;
  /** Opens the core with the secret store that asks the main process. */
  open: (secrets: SecretStore) => Promise<Core>;
  /** Whether the main process keeps secrets across restarts (it has OS encryption). */
  secretsKeptAcrossRestarts?: boolean;
  /** How long a secret request waits for main's answer. */
  secretTimeoutMs?: number;
  exit: (code: number) => void;
  log?: (message: string) => void;
}

export interface ServedCore {
  /** Settles once the core has opened or failed to open. */
  readonly started: Promise<void>;
}

export function startupFailure(
  error: unknown,
  dataDir: string,
): { message: string; filePath: string | null } {
  if (error instanceof CoreStartupError) return { message: error.message, filePath: error.filePath };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    message: `ChannelKeeper could not open its data folder ${dataDir}. (${detail})`,
    filePath: null,
  };
}

export function serveCore({
  port,
  dataDir,
  open,
  exit,
  log = console.error,
  secretsKeptAcrossRestarts = false,
  secretTimeoutMs,
}: ServeCoreOptions): ServedCore {
  let core: Core | null = null;
  let failureMessage = 'The ChannelKeeper core is not running.';
  const secrets = new SecretRequester({
    post: (message) => port.postMessage(message),
    keepsAcrossRestarts: secretsKeptAcrossRestarts,
    timeoutMs: secretTimeoutMs,
  });

  const started = open(secrets).then(
    (opened) => {
      core = opened;
      opened.onChange((event) => port.postMessage({ type: 'change', event }));
      port.postMessage({ type: 'ready', dataFile: opened.dataFile });
    },
    (error: unknown) => {
      const failure = startupFailure(error, dataDir);
      failureMessage = failure.message;
      port.postMessage({ type: 'startup-failed', ...failure });
    },
  );

  async function answer(name: string, input: unknown): Promise<RpcResult<unknown>> {
    // Calls that arrive while the database is still opening wait for it instead of failing.
    await started;
    if (!core) return unavailableResult(failureMessage);
    try {
      return await core.callByName(name, input);
    } catch (error) {
      // callByName promises never to throw; if it does anyway, the caller still gets an answer.
      log(`core call ${name} threw: ${error instanceof Error ? error.message : String(error)}`);
      return errorResult('INTERNAL', 'Something went wrong inside ChannelKeeper.');
    }
  }

  async function close(): Promise<void> {
    await started;
    try {
      await core?.close();
    } catch (error) {
      log(`closing the core failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    core = null;
    failureMessage = 'ChannelKeeper is closing.';
    port.postMessage({ type: 'closed' });
    exit(0);
  }

  port.on('message', ({ data }) => {
    const message = parseHostMessage(data);
    if (!message) {
      const id = recoverCallId(data);
      log('core process received a malformed message');
      if (id !== null) {
        port.postMessage({ type: 'result', id, result: errorResult('VALIDATION', 'Malformed call.') });
      }
      return;
    }
    if (message.type === 'close') {
      void close();
      return;
    }
    if (message.type === 'secret-result') {
      secrets.handleResult(message);
      return;
    }
    void answer(message.name, message.input).then((result) =>
      port.postMessage({ type: 'result', id: message.id, result }),
    );
  });

  return { started };
}
