// A snapshot row (each field with the stamp that wrote it) as change messages for the remote
// apply. The fields of a row are grouped by stamp: one creation-style ('*') message per distinct
// stamp, logged under a synthetic batch per stamp (`snapshot:<stamp>`, origin 'system', "Joined the
// workspace"), so afterwards every field's clock in change_log is exactly its snapshot stamp and a
// message pulled later merges against the right clock. The oldest group carries every field of
// the row, inserted when the row is missing here.
import type { SnapshotRow } from '../../shared/sync-protocol';
import type { EntityTable } from '../db/database';
import type { RemoteBatch, RemoteMessage } from './apply-remote';

export const snapshotBatchLabel = 'Joined the workspace';

export function snapshotBatchId(hlc: string): string {
  return `snapshot:${hlc}`;
}

export function snapshotMessages(rows: readonly SnapshotRow[]): {
  batches: RemoteBatch[];
  messages: RemoteMessage[];
} {
  const batches = new Map<string, RemoteBatch>();
  const messages: RemoteMessage[] = [];
  for (const row of rows) {
    const byStamp = new Map<string, Record<string, unknown>>();
    const all: Record<string, unknown> = {};
    for (const [field, [hlc, value]] of Object.entries(row.fields)) {
      all[field] = value;
      let group = byStamp.get(hlc);
      if (!group) byStamp.set(hlc, (group = {}));
      group[field] = value;
    }
    const stamps = [...byStamp.keys()].sort();
    stamps.forEach((hlc, index) => {
      const id = snapshotBatchId(hlc);
      if (!batches.has(id)) {
        batches.set(id, {
          id,
          hlc,
          actor: '',
          label: snapshotBatchLabel,
          origin: 'system',
          undoes: null,
          permanent: false,
        });
      }
      messages.push({
        batchId: id,
        hlc,
        table: row.table as EntityTable,
        rowId: row.rowId,
        field: '*',
        value: byStamp.get(hlc),
        ...(index === 0 ? { insertValue: all } : {}),
      });
    });
  }
  // Oldest stamps first, so each row's creation comes before its later fields.
  messages.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  return { batches: [...batches.values()], messages };
}
