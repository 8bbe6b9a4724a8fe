// The sync session's secrets in the desktop app: the core process asks main over its port, main
// keeps them encrypted with safeStorage in a file (never in plain text), or in memory only when
// the OS offers no encryption. Plain Node, with a fake safeStorage and a fake port.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/core/core-api';
import type { SecretStore } from '../../../src/core/sync/secret-store';
import { CoreClient, type CoreChild } from '../../../src/main/core-client';
import { serveCore, type ParentPortLike } from '../../../src/main/core-host';
import {
  parseCoreMessage,
  parseHostMessage,
  type CoreMessage,
  type HostMessage,
} from '../../../src/main/core-protocol';
import { SecretRequester } from '../../../src/main/secret-requests';
import { openSecretVault, type SafeStorageLike } from '../../../src/main/secret-vault';

/** Reversible but unreadable, like the OS keychain's encryption; fails on data it did not make. */
function fakeSafeStorage(available = true): SafeStorageLike & { encrypted: number } {
  const mark = Buffer.from('FAKE');
  const storage = {
    encrypted: 0,
    isEncryptionAvailable: () => available,
    encryptString(plainText: string): Buffer {
      storage.encrypted += 1;
      return Buffer.concat([mark, Buffer.from(plainText, 'utf8').map((byte) => byte ^ 0x5a)]);
    },
    decryptString(encrypted: Buffer): string {
      if (!encrypted.subarray(0, 4).equals(mark)) throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(encrypted.subarray(4).map((byte) => byte ^ 0x5a)).toString('utf8');
    },
  };
  return storage;
}

const token = 'refresh-token-3f9c2a7b1e0d';
let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ck-secrets-'));
  file = path.join(dir, 'sync-secrets.json');
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('the secret vault in the main process', () => {
  it('keeps a value encrypted on disk and reads it back after a restart', async () => {
    const safeStorage = fakeSafeStorage();
    const vault = openSecretVault({ file, safeStorage, log: vi.fn() });
    expect(vault.keepsAcrossRestarts).toBe(true);
    await vault.set('sync.session', token);
    expect(safeStorage.encrypted).toBe(1);

    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(token);
    expect(onDisk).not.toContain(Buffer.from(token).toString('base64'));

    const reopened = openSecretVault({ file, safeStorage, log: vi.fn() });
    await expect(reopened.get('sync.session')).resolves.toBe(token);
    await expect(reopened.get('other')).resolves.toBeNull();
  });

  it('forgets a deleted value, on disk too', async () => {
    const vault = openSecretVault({ file, safeStorage: fakeSafeStorage(), log: vi.fn() });
    await vault.set('a', 'one');
    await vault.set('b', 'two');
    await vault.delete('a');
    const reopened = openSecretVault({ file, safeStorage: fakeSafeStorage(), log: vi.fn() });
    await expect(reopened.get('a')).resolves.toBeNull();
    await expect(reopened.get('b')).resolves.toBe('two');
  });

  it('loses no write when operations overlap', async () => {
    const vault = openSecretVault({ file, safeStorage: fakeSafeStorage(), log: vi.fn() });
    await Promise.all(['a', 'b', 'c', 'd'].map((key) => vault.set(key, `value-${key}`)));
    const reopened = openSecretVault({ file, safeStorage: fakeSafeStorage(), log: vi.fn() });
    await expect(Promise.all(['a', 'b', 'c', 'd'].map((key) => reopened.get(key)))).resolves.toEqual([
      'value-a',
      'value-b',
      'value-c',
      'value-d',
    ]);
  });

  it('treats a file it cannot read or decrypt as no sign-in, and says so', async () => {
    const log = vi.fn();
    await writeFile(file, '{not json');
    const vault = openSecretVault({ file, safeStorage: fakeSafeStorage(), log });
    await expect(vault.get('sync.session')).resolves.toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('unreadable'));

    await writeFile(file, JSON.stringify({ version: 1, secrets: { 'sync.session': 'bm90LW91cnM=' } }));
    await expect(vault.get('sync.session')).resolves.toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not be decrypted'));
  });

  it('keeps values in memory only, and logs it, when the OS offers no encryption', async () => {
    const log = vi.fn();
    const safeStorage = fakeSafeStorage(false);
    const vault = openSecretVault({ file, safeStorage, log });
    expect(vault.keepsAcrossRestarts).toBe(false);
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]![0]).toMatch(/in memory only/);

    await vault.set('sync.session', token);
    await expect(vault.get('sync.session')).resolves.toBe(token);
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(safeStorage.encrypted).toBe(0);
    await expect(openSecretVault({ file, safeStorage, log }).get('sync.session')).resolves.toBeNull();
  });
});

describe('the core process asking main over the port', () => {
  /** The utility process's port and main's handle on the child, wired to each other. */
  function connect(secrets: SecretStore | undefined) {
    let portListener: ((event: { data: unknown }) => void) | undefined;
    const fromCore: CoreMessage[] = [];
    const fromMain: HostMessage[] = [];
    // Both sides see what really crosses the process boundary: a structured clone.
    const child: CoreChild = {
      postMessage: (message) => {
        fromMain.push(message);
        queueMicrotask(() => portListener?.({ data: structuredClone(message) }));
      },
      kill: () => true,
    };
    const client = new CoreClient(child, { secrets, log: vi.fn() });
    const port: ParentPortLike = {
      on: (_event, listener) => {
        portListener = listener;
      },
      postMessage: (message) => {
        expect(parseCoreMessage(message)).not.toBeNull();
        fromCore.push(message);
        queueMicrotask(() => client.handleMessage(structuredClone(message)));
      },
    };
    return { client, port, fromCore, fromMain };
  }

  function coreUsing(secrets: SecretStore): Core {
    return {
      dataFile: '/data/channelkeeper.sqlite3',
      call: () => Promise.reject(new Error('not used')),
      async callByName(name) {
        if (name === 'remember') await secrets.set('sync.session', token);
        if (name === 'recall') return { ok: true, value: await secrets.get('sync.session') };
        if (name === 'forget') await secrets.delete('sync.session');
        return { ok: true, value: null };
      },
      onChange: () => () => undefined,
      close: () => Promise.resolve(),
    };
  }

  it('stores through main with safeStorage and reads the value back', async () => {
    const vault = openSecretVault({ file, safeStorage: fakeSafeStorage(), log: vi.fn() });
    const { client, port, fromCore, fromMain } = connect(vault);
    let given: SecretStore | undefined;
    const served = serveCore({
      port,
      dataDir: dir,
      exit: vi.fn(),
      secretsKeptAcrossRestarts: vault.keepsAcrossRestarts,
      open: (secrets) => {
        given = secrets;
        return Promise.resolve(coreUsing(secrets));
      },
    });
    await served.started;
    expect(given?.keepsAcrossRestarts).toBe(true);

    await client.call('remember', {});
    expect(await readFile(file, 'utf8')).not.toContain(token);
    await expect(client.call('recall', {})).resolves.toEqual({ ok: true, value: token });
    await client.call('forget', {});
    await expect(client.call('recall', {})).resolves.toEqual({ ok: true, value: null });

    // The token crossed from core to main (set) and from main to core (get), nowhere else.
    expect(fromCore.filter((message) => message.type === 'secret').map((message) => message.op)).toEqual([
      'set',
      'get',
      'delete',
      'get',
    ]);
    expect(fromMain.filter((message) => message.type === 'secret-result')).toHaveLength(4);
  });

  it('fails the request, not the core, when main keeps no secrets', async () => {
    const { client, port } = connect(undefined);
    serveCore({
      port,
      dataDir: dir,
      exit: vi.fn(),
      log: vi.fn(),
      open: (secrets) => Promise.resolve(coreUsing(secrets)),
    });
    const answer = await client.call('remember', {});
    // The fake core lets the rejection through callByName; the host turns it into an INTERNAL answer.
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('passes a failure of the vault back as an error of that request', async () => {
    const broken: SecretStore = {
      get: () => Promise.reject(new Error('disk full')),
      set: () => Promise.reject(new Error('disk full')),
      delete: () => Promise.resolve(),
    };
    const post = vi.fn<(message: CoreMessage) => void>();
    const requester = new SecretRequester({ post, keepsAcrossRestarts: true });
    const pending = requester.set('k', 'v');
    const request = post.mock.calls[0]![0];
    if (request.type !== 'secret') throw new Error('expected a secret request');
    const { answerSecretRequest } = await import('../../../src/main/secret-vault');
    const result = await answerSecretRequest(broken, request);
    expect(parseHostMessage(result)).not.toBeNull();
    requester.handleResult(result);
    await expect(pending).rejects.toThrow(/could not be stored: disk full/);
  });

  it('gives up on a request main never answers', async () => {
    vi.useFakeTimers();
    const requester = new SecretRequester({ post: vi.fn(), keepsAcrossRestarts: true, timeoutMs: 1000 });
    const pending = requester.get('sync.session');
    const assertion = expect(pending).rejects.toThrow(/did not answer/);
    await vi.advanceTimersByTimeAsync(1000);
    await assertion;
    // A late answer for a request that gave up is ignored.
    requester.handleResult({ type: 'secret-result', id: 1, value: 'late', error: null });
  });

  it('refuses malformed secret messages on both sides', () => {
    expect(parseCoreMessage({ type: 'secret', id: 1, op: 'list', key: 'x' })).toBeNull();
    expect(parseCoreMessage({ type: 'secret', id: 1, op: 'get', key: '' })).toBeNull();
    expect(parseHostMessage({ type: 'secret-result', id: 1, value: 42, error: null })).toBeNull();
  });
});
