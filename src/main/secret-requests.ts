// The core process's SecretStore: each get/set/delete is a request to the main process, which
// alone can reach the OS keychain (safeStorage). Electron-free, so it is tested with a fake port.
import type { SecretStore } from '../core/sync/secret-store';
import type { CoreMessage, SecretRequest, SecretResult } from './core-protocol';

export interface SecretRequesterOptions {
  post: (message: CoreMessage) => void;
  /** Whether main keeps secrets across restarts (false when the OS offers no encryption). */
  keepsAcrossRestarts: boolean;
  /** A request main never answers fails after this long, so sync reports it instead of hanging. */
  timeoutMs?: number;
}

interface Waiting {
  resolve: (value: string | null) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class SecretRequester implements SecretStore {
  readonly keepsAcrossRestarts: boolean;
  readonly #post: (message: CoreMessage) => void;
  readonly #timeoutMs: number;
  readonly #waiting = new Map<number, Waiting>();
  #nextId = 1;

  constructor(options: SecretRequesterOptions) {
    this.#post = options.post;
    this.keepsAcrossRestarts = options.keepsAcrossRestarts;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  get(key: string): Promise<string | null> {
    return this.#request({ op: 'get', key });
  }

  async set(key: string, value: string): Promise<void> {
    await this.#request({ op: 'set', key, value });
  }

  async delete(key: string): Promise<void> {
    await this.#request({ op: 'delete', key });
  }

  /** Feed every `secret-result` main sends. */
  handleResult(result: SecretResult): void {
    const waiting = this.#waiting.get(result.id);
    if (!waiting) return;
    this.#waiting.delete(result.id);
    clearTimeout(waiting.timer);
    if (result.error !== null) waiting.reject(new Error(result.error));
    else waiting.resolve(result.value);
  }

  #request(request: Pick<SecretRequest, 'op' | 'key' | 'value'>): Promise<string | null> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new Error('The app did not answer a request for the sync sign-in in time.'));
      }, this.#timeoutMs);
      this.#waiting.set(id, { resolve, reject, timer });
      try {
        this.#post({ type: 'secret', id, ...request });
      } catch (error) {
        this.#waiting.delete(id);
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }
}
