// What every procedure receives: the database, who is acting, and the one way to write.
import type { Kysely } from 'kysely';
import type { ChangeEvent } from '../shared/events';
import { applyChanges, type BatchInput, type BatchOutcome } from './db/apply-changes';
import type { Database } from './db/database';
import { deriveAfterWrite } from './write-derivations';
import type { HybridClock } from './sync/hlc';

export interface CoreContext {
  readonly db: Kysely<Database>;
  readonly dataFile: string;
  readonly schemaVersion: number;
  readonly clock: HybridClock;
  /** Owner id of the person using this replica; the actor of local changes. */
  readonly selfOwnerId: string;
  /**
   * Makes another owner the local user (after joining a workspace as an invited teammate, the
   * user's owner row in the workspace). The caller persists it in local_settings 'selfOwnerId'.
   */
  switchSelfOwner(ownerId: string): void;
  /** Applies a batch through the one write path and tells listeners what changed. */
  write(batch: BatchInput): Promise<BatchOutcome>;
  emit(event: ChangeEvent): void;
  /** Increases with every committed write; caches of derived answers compare against it. */
  dataVersion(): number;
}

export function createContext(
  init: Omit<CoreContext, 'write' | 'dataVersion' | 'switchSelfOwner'>,
): CoreContext {
  let version = 0;
  let selfOwnerId = init.selfOwnerId;
  const emit = (event: ChangeEvent) => {
    version++;
    init.emit(event);
  };
  return {
    ...init,
    emit,
    dataVersion: () => version,
    get selfOwnerId() {
      return selfOwnerId;
    },
    switchSelfOwner(ownerId) {
      selfOwnerId = ownerId;
    },
    async write(batch) {
      // Awards for decided claims and the loyalty recompute of touched partners join the batch.
      const outcome = await applyChanges(
        init.db,
        { clock: init.clock, actor: selfOwnerId, derive: deriveAfterWrite },
        batch,
      );
      if (outcome.batchId) emit({ tables: outcome.tables, batchId: outcome.batchId });
      return outcome;
    },
  };
}
