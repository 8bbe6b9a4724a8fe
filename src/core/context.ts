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
  /** Applies a batch through the one write path and tells listeners what changed. */
  write(batch: BatchInput): Promise<BatchOutcome>;
  emit(event: ChangeEvent): void;
  /** Increases with every committed write; caches of derived answers compare against it. */
  dataVersion(): number;
}

export function createContext(init: Omit<CoreContext, 'write' | 'dataVersion'>): CoreContext {
  let version = 0;
  const emit = (event: ChangeEvent) => {
    version++;
    init.emit(event);
  };
  return {
    ...init,
    emit,
    dataVersion: () => version,
    async write(batch) {
      // Awards for decided claims and the loyalty recompute of touched partners join the batch.
      const outcome = await applyChanges(
        init.db,
        { clock: init.clock, actor: init.selfOwnerId, derive: deriveAfterWrite },
        batch,
      );
      if (outcome.batchId) emit({ tables: outcome.tables, batchId: outcome.batchId });
      return outcome;
    },
  };
}
