// Where the sync session's tokens are kept: the host decides. Electron encrypts them with the OS
// keychain (safeStorage) through the main process; browser mode keeps them in memory only.
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** False when secrets are gone after a restart (browser mode): the user signs in again then. */
  readonly keepsAcrossRestarts?: boolean;
}

/** Secrets that live as long as the process: browser mode and tests. */
export function memorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    keepsAcrossRestarts: false,
    get: (key) => Promise.resolve(values.get(key) ?? null),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
  };
}
