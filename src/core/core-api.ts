// The shape every host sees of the core: call a procedure, listen to changes, close.
import type { ProcedureName, ProcedureOutput } from '../shared/contract';
import type { RpcResult } from '../shared/errors';
import type { ChangeEvent } from '../shared/events';
import type { SyncTiming } from './sync/client/sync-client';
import type { SecretStore } from './sync/secret-store';

export interface CoreOptions {
  /** Folder that holds channelkeeper.sqlite3 and its backups. Created when missing. */
  dataDir: string;
  /** Where the team-sync session's tokens are kept (Electron: safeStorage); memory by default. */
  secrets?: SecretStore;
  /** Timing of the background sync (tests shorten it, or turn `background` off). */
  sync?: Partial<SyncTiming>;
}

export interface Core {
  /** Absolute path of the database file. */
  readonly dataFile: string;
  /** Validates `input` against the contract, runs the procedure and never throws. */
  call<N extends ProcedureName>(name: N, input: unknown): Promise<RpcResult<ProcedureOutput<N>>>;
  /** Same as `call` for a name that arrived over a transport; unknown names answer NOT_FOUND. */
  callByName(name: string, input: unknown): Promise<RpcResult<unknown>>;
  /** Subscribes to change events; returns the unsubscribe function. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  close(): Promise<void>;
}
