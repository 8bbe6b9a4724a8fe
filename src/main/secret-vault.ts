// The main process's keeper of the sync session's secrets: encrypted with Electron's safeStorage
// (the OS keychain) in a file in the data folder, never in plain text. Without OS encryption the
// secrets live in memory only, and the user signs in again after a restart. Electron-free: the
// caller passes safeStorage in, so this is tested in plain Node with a fake one.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { memorySecretStore, type SecretStore } from '../core/sync/secret-store';
import type { SecretRequest, SecretResult } from './core-protocol';

/** The part of Electron's `safeStorage` this module uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface SecretVaultOptions {
  /** The file of encrypted secrets (JSON: key -> base64 of the encrypted value). */
  file: string;
  safeStorage: SafeStorageLike;
  log?: (message: string) => void;
}

export interface SecretVault extends SecretStore {
  readonly keepsAcrossRestarts: boolean;
}

interface VaultFile {
  version: 1;
  secrets: Record<string, string>;
}

export function openSecretVault({ file, safeStorage, log = console.warn }: SecretVaultOptions): SecretVault {
  if (!safeStorage.isEncryptionAvailable()) {
    log(
      'Team sync: the operating system offers no encryption for secrets (safeStorage), so the sync sign-in is kept in memory only and asked again after a restart.',
    );
    return memoryVault();
  }
  // One operation at a time: a set and a delete racing would otherwise lose one of the two writes.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function load(): Promise<Record<string, string>> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      const parsed = JSON.parse(text) as Partial<VaultFile>;
      return parsed.version === 1 && typeof parsed.secrets === 'object' && parsed.secrets !== null
        ? parsed.secrets
        : {};
    } catch {
      log(`Team sync: ${file} is unreadable; the sync sign-in is asked again.`);
      return {};
    }
  }

  async function save(secrets: Record<string, string>): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    const body: VaultFile = { version: 1, secrets };
    // Written beside and renamed over, so a crash mid-write never leaves half a file.
    const temporary = `${file}.tmp`;
    await writeFile(temporary, JSON.stringify(body), { mode: 0o600 });
    await rename(temporary, file);
  }

  return {
    keepsAcrossRestarts: true,
    get: (key) =>
      serial(async () => {
        const encrypted = (await load())[key];
        if (encrypted === undefined) return null;
        try {
          return safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
        } catch {
          // Encrypted by another user account or keychain: as good as absent.
          log(`Team sync: a stored secret could not be decrypted; the sync sign-in is asked again.`);
          return null;
        }
      }),
    set: (key, value) =>
      serial(async () => {
        const secrets = await load();
        secrets[key] = safeStorage.encryptString(value).toString('base64');
        await save(secrets);
      }),
    delete: (key) =>
      serial(async () => {
        const secrets = await load();
        if (!(key in secrets)) return;
        delete secrets[key];
        await save(secrets);
      }),
  };
}

function memoryVault(): SecretVault {
  return { ...memorySecretStore(), keepsAcrossRestarts: false };
}

/** Answers one request of the core process; never throws (a failure is an answer too). */
export async function answerSecretRequest(store: SecretStore, request: SecretRequest): Promise<SecretResult> {
  const answer = (value: string | null, error: string | null): SecretResult => ({
    type: 'secret-result',
    id: request.id,
    value,
    error,
  });
  try {
    switch (request.op) {
      case 'get':
        return answer(await store.get(request.key), null);
      case 'set':
        if (request.value === undefined) return answer(null, 'No value to keep.');
        await store.set(request.key, request.value);
        return answer(null, null);
      case 'delete':
        await store.delete(request.key);
        return answer(null, null);
    }
  } catch (error) {
    return answer(
      null,
      `The sync sign-in could not be stored: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
