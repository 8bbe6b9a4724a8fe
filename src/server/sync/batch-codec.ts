// How a log row stores its batches: a JSON array of [id, hlc, actor, label, origin, undoes,
// permanent, changes] with changes as [table, rowId, field, value] tuples, raw-deflated as one
// body. Tuples repeat no key names, and deflate folds the ids, stamps and table names the
// batches of one push and scope repeat, so a stored message costs a few dozen bytes.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SyncBatch, SyncChange, SyncTable } from '../../shared/sync-protocol';

type ChangeTuple = [SyncTable, string, string, unknown];
type BatchTuple = [string, string, string, string, SyncBatch['origin'], string | null, 0 | 1, ChangeTuple[]];

/** A batch as a log row holds it: `actor` '' stands for the author's own owner id. */
export type StoredBatch = SyncBatch;

export function encodeBatches(batches: readonly StoredBatch[]): Buffer {
  const tuples: BatchTuple[] = batches.map((batch) => [
    batch.id,
    batch.hlc,
    batch.actor,
    batch.label,
    batch.origin,
    batch.undoes,
    batch.permanent ? 1 : 0,
    batch.changes.map((change) => [change.table, change.rowId, change.field, change.value ?? null]),
  ]);
  return deflateRawSync(JSON.stringify(tuples));
}

export function decodeBatches(stored: Uint8Array): StoredBatch[] {
  const tuples = JSON.parse(inflateRawSync(stored).toString('utf8')) as BatchTuple[];
  return tuples.map(([id, hlc, actor, label, origin, undoes, permanent, changes]) => ({
    id,
    hlc,
    actor,
    label,
    origin,
    undoes,
    permanent: permanent === 1,
    changes: changes.map(([table, rowId, field, value]): SyncChange => ({ table, rowId, field, value })),
  }));
}
