// The main process's side of the protocol: numbers calls, matches answers, relays change events,
// and answers UNAVAILABLE once the core has stopped. Electron-free so it is tested with a fake child.
import type { RpcResult } from '../shared/errors';
import type { ChangeEvent } from '../shared/events';
import type { SecretStore } from '../core/sync/secret-store';
import { parseCoreMessage, unavailableResult, type CoreMessage, type HostMessage } from './core-protocol';
import { answerSecretRequest } from './secret-vault';

/** The part of Electron's UtilityProcess this module drives. */
export interface CoreChild {
  postMessage(message: HostMessage): void;
  kill(): boolean;
}

export interface CoreClientOptions {
  onStartupFailed?: (message: string, filePath: string | null) => void;
  onChange?: (event: ChangeEvent) => void;
  /** Where the core's secrets are kept (main alone has safeStorage); refused when absent. */
  secrets?: SecretStore;
  log?: (message: string) => void;
}

type State = { kind: 'running' } | { kind: 'stopped'; message: string };

export class CoreClient {
  readonly #child: CoreChild;
  readonly #options: CoreClientOptions;
  readonly #pending = new Map<number, (result: RpcResult<unknown>) => void>();
  readonly #exitWaiters: (() => void)[] = [];
  #nextId = 1;
  #state: State = { kind: 'running' };

  constructor(child: CoreChild, options: CoreClientOptions = {}) {
    this.#child = child;
    this.#options = options;
  }

  get stopped(): boolean {
    return this.#state.kind === 'stopped';
  }

  call(name: string, input: unknown): Promise<RpcResult<unknown>> {
    if (this.#state.kind === 'stopped') return Promise.resolve(unavailableResult(this.#state.message));
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      try {
        this.#child.postMessage({ type: 'call', id, name, input });
      } catch {
        // Input that cannot be cloned (functions, class instances) never reaches the core.
        this.#pending.delete(id);
        resolve({ ok: false, error: { code: 'VALIDATION', message: 'The call could not be sent.' } });
      }
    });
  }

  /** Feed every message the child posts. */
  handleMessage(data: unknown): void {
    const message = parseCoreMessage(data);
    if (!message) {
      this.#log('main process received a malformed message from the core');
      return;
    }
    switch (message.type) {
      case 'result': {
        const resolve = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        resolve?.(message.result);
        return;
      }
      case 'change':
        this.#options.onChange?.(message.event);
        return;
      case 'startup-failed':
        // The child keeps running and answers every call UNAVAILABLE with this message.
        this.#options.onStartupFailed?.(message.message, message.filePath);
        return;
      case 'secret':
        void this.#answerSecret(message);
        return;
      case 'ready':
      case 'closed':
        return;
    }
  }

  /** Feed the child's exit: every call still waiting, and every later one, answers UNAVAILABLE. */
  handleExit(code: number): void {
    const message =
      this.#state.kind === 'stopped'
        ? this.#state.message
        : `The ChannelKeeper core stopped unexpectedly (exit code ${code}). Restart the app.`;
    this.#state = { kind: 'stopped', message };
    for (const resolve of this.#pending.values()) resolve(unavailableResult(message));
    this.#pending.clear();
    for (const wake of this.#exitWaiters.splice(0)) wake();
  }

  /** Asks the core to close its database, and kills it if it has not exited within `timeoutMs`. */
  stop(timeoutMs = 5000): Promise<void> {
    if (this.#state.kind === 'stopped') return Promise.resolve();
    this.#state = { kind: 'stopped', message: 'ChannelKeeper is closing.' };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#log('the core did not close in time; stopping it');
        this.#child.kill();
        resolve();
      }, timeoutMs);
      this.#exitWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
      try {
        this.#child.postMessage({ type: 'close' });
      } catch {
        this.#child.kill();
      }
    });
  }

  async #answerSecret(request: Extract<CoreMessage, { type: 'secret' }>): Promise<void> {
    const result = this.#options.secrets
      ? await answerSecretRequest(this.#options.secrets, request)
      : { type: 'secret-result' as const, id: request.id, value: null, error: 'This app keeps no secrets.' };
    try {
      // Also while stopping: the core may still forget a secret as it closes.
      this.#child.postMessage(result);
    } catch {
      this.#log('the answer to a secret request could not be sent to the core');
    }
  }

  #log(message: string): void {
    (this.#options.log ?? console.error)(message);
  }
}
