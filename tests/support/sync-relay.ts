// An in-memory stand-in for the team server's log, for replica tests: pushes are deduplicated by
// batch id and part (the changes it carries), pulls return pages after a cursor, like the server.
import type { PulledBatch, SyncBatch } from '../../src/shared/sync-protocol';

export class SyncRelay {
  readonly log: PulledBatch[] = [];
  readonly #parts = new Set<string>();

  push(batches: readonly SyncBatch[]): { accepted: number; duplicates: number } {
    let accepted = 0;
    let duplicates = 0;
    for (const batch of batches) {
      const part = `${batch.id}\u001f${batch.changes.map((c) => `${c.table}.${c.rowId}.${c.field}`).join(',')}`;
      if (this.#parts.has(part)) {
        duplicates++;
        continue;
      }
      this.#parts.add(part);
      this.log.push({ ...structuredClone(batch), seq: this.log.length + 1, author: batch.actor });
      accepted++;
    }
    return { accepted, duplicates };
  }

  pull(after: number, limit: number): { batches: PulledBatch[]; cursor: number; more: boolean } {
    const batches = this.log.filter((batch) => batch.seq > after).slice(0, limit);
    const cursor = batches.at(-1)?.seq ?? after;
    return { batches: structuredClone(batches), cursor, more: cursor < this.log.length };
  }
}
