// How a stored batch carries its changes: a JSON array of [table, rowId, field, value] tuples,
// raw-deflated. Tuples repeat no key names, and deflate folds the ids and table names a batch
// repeats, so a stored message costs a few dozen bytes.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SyncChange, SyncTable } from '../../shared/sync-protocol';

type ChangeTuple = [SyncTable, string, string, unknown];

export function encodeChanges(changes: readonly SyncChange[]): Buffer {
  const tuples: ChangeTuple[] = changes.map((change) => [
    change.table,
    change.rowId,
    change.field,
    change.value ?? null,
  ]);
  return deflateRawSync(JSON.stringify(tuples));
}

export function decodeChanges(stored: Uint8Array): SyncChange[] {
  const tuples = JSON.parse(inflateRawSync(stored).toString('utf8')) as ChangeTuple[];
  return tuples.map(([table, rowId, field, value]) => ({ table, rowId, field, value }));
}
