// Opens a core on a fresh data folder in the OS temp directory and removes it afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../../src/core';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../src/shared/contract';
import type { CoreErrorData } from '../../../src/shared/errors';

export interface TempCore {
  core: Core;
  dataDir: string;
  /** Calls a procedure and returns its value, failing the test on an error answer. */
  ok<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  /** Calls a procedure that must fail and returns the error. */
  fails(name: ProcedureName | (string & {}), input: unknown): Promise<CoreErrorData>;
  dispose(): Promise<void>;
}

export async function makeTempDir(prefix = 'ck-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function openTempCore(dataDir?: string): Promise<TempCore> {
  const dir = dataDir ?? (await makeTempDir());
  const core = await openCore({ dataDir: dir });
  return {
    core,
    dataDir: dir,
    async ok(name, input) {
      const result = await core.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async fails(name, input) {
      const result = await core.callByName(name, input);
      if (result.ok) throw new Error(`${name} succeeded but was expected to fail`);
      return result.error;
    },
    async dispose() {
      await core.close();
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
