// Building blocks of the sync server's tests: stamped batches of change messages, pulling every
// page, and the per-field state a replica would hold after a set of batches (last writer wins).
import type { FastifyInstance } from 'fastify';
import { ulid } from 'ulid';
import { formatHlc } from '../../../src/core/sync/hlc';
import type {
  PulledBatch,
  PullResponse,
  SnapshotPage,
  SyncBatch,
  SyncChange,
  SyncTable,
} from '../../../src/shared/sync-protocol';

let replicas = 0;

/**
 * A clock stamp. Without a replica, each stamp gets a replica of its own: tests pick stamps for
 * their ordering, while the server treats a replica's stamps as only growing (an older one is a
 * retry). Tests of that rule name the replica.
 */
export const stamp = (ms: number, counter = 0, replica = `t${(++replicas).toString(36)}`) =>
  formatHlc({ wallMs: ms, counter }, replica);

export const create = (table: SyncTable, rowId: string, fields: Record<string, unknown>): SyncChange => ({
  table,
  rowId,
  field: '*',
  value: fields,
});
export const set = (table: SyncTable, rowId: string, field: string, value: unknown): SyncChange => ({
  table,
  rowId,
  field,
  value,
});

export function batch(changes: SyncChange[], hlc: string, extra: Partial<SyncBatch> = {}): SyncBatch {
  return {
    id: ulid(),
    hlc,
    actor: 'owner-x',
    label: 'Edit partner',
    origin: 'local',
    undoes: null,
    permanent: false,
    changes,
    ...extra,
  };
}

export const pushBody = (workspaceId: string, batches: SyncBatch[]) => ({
  workspaceId,
  replicaId: 'replicaA',
  batches,
});

export async function push(app: FastifyInstance, headers: object, workspaceId: string, batches: SyncBatch[]) {
  return app.inject({
    method: 'POST',
    url: '/v1/sync/push',
    headers: { ...headers },
    payload: pushBody(workspaceId, batches),
  });
}

/**
 * Every page after `after`; the pages' batches in order and the final cursor. `query` adds
 * parameters (`&partners=…&until=…`).
 */
export async function pullAll(app: FastifyInstance, headers: object, after = 0, limit = 1000, query = '') {
  const batches: PulledBatch[] = [];
  const pages: PullResponse[] = [];
  let cursor = after;
  for (;;) {
    const response = await app.inject({
      method: 'GET',
      url: `/v1/sync/pull?after=${cursor}&limit=${limit}${query}`,
      headers: { ...headers },
    });
    if (response.statusCode !== 200) throw new Error(`pull ${response.statusCode}: ${response.body}`);
    const page = response.json<PullResponse>();
    pages.push(page);
    batches.push(...page.batches);
    cursor = page.cursor;
    if (!page.more) return { batches, cursor, pages };
  }
}

/** Every snapshot page; `query` adds parameters (`&partners=…`). */
export async function snapshotAll(app: FastifyInstance, headers: object, limit = 1000, query = '') {
  const rows: SnapshotPage['rows'] = [];
  /** Each page's `total` (the first page's, when there are more pages). */
  const totals: (number | undefined)[] = [];
  let after: string | null = null;
  let snapshotSeq = -1;
  for (;;) {
    const url: string = `/v1/sync/snapshot?limit=${limit}${after ? `&after=${after}` : ''}${query}`;
    const response = await app.inject({ method: 'GET', url, headers: { ...headers } });
    if (response.statusCode !== 200) throw new Error(`snapshot ${response.statusCode}: ${response.body}`);
    const page = response.json<SnapshotPage>();
    if (snapshotSeq !== -1 && page.snapshotSeq !== snapshotSeq) throw new Error('snapshot moved');
    snapshotSeq = page.snapshotSeq;
    rows.push(...page.rows);
    totals.push(page.total);
    after = page.nextPage;
    if (!after) return { rows, snapshotSeq, totals };
  }
}

type FieldState = Map<string, { hlc: string; order: number; value: unknown }>;

/** Per row, per field, the value of the newest stamp (equal stamps: the later message). */
export class ReplicaState {
  readonly rows = new Map<string, FieldState>();
  #order = 0;

  offer(table: string, rowId: string, field: string, hlc: string, value: unknown): void {
    const key = `${table}/${rowId}`;
    const fields = this.rows.get(key) ?? new Map();
    this.rows.set(key, fields);
    const order = ++this.#order;
    const holder = fields.get(field);
    if (!holder || hlc > holder.hlc || (hlc === holder.hlc && order > holder.order))
      fields.set(field, { hlc, order, value });
  }

  applyBatches(batches: readonly Pick<SyncBatch, 'hlc' | 'changes'>[]): this {
    for (const b of batches) {
      for (const change of b.changes) {
        if (change.field === '*') {
          for (const [field, value] of Object.entries(change.value as Record<string, unknown>))
            this.offer(change.table, change.rowId, field, b.hlc, value);
        } else this.offer(change.table, change.rowId, change.field, b.hlc, change.value);
      }
    }
    return this;
  }

  applySnapshot(rows: SnapshotPage['rows']): this {
    for (const row of rows)
      for (const [field, [hlc, value]] of Object.entries(row.fields))
        this.offer(row.table, row.rowId, field, hlc, value);
    return this;
  }

  /** Plain values, for comparing two replicas. */
  values(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [key, fields] of [...this.rows].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out[key] = Object.fromEntries(
        [...fields].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, h]) => [f, h.value]),
      );
    }
    return out;
  }
}
