// The outbox: batches made on this computer that the team server does not have yet, read oldest
// first as wire batches, and marked pushed (or refused, with the server's reason) afterwards.
import { sql } from 'kysely';
import type { SyncBatch, SyncChange, SyncTable } from '../../shared/sync-protocol';
import { syncTableScopes } from '../../shared/sync-protocol';
import type { CoreContext } from '../context';

interface OutboxBatchRow {
  id: string;
  hlc: string;
  actor: string;
  label: string;
  origin: SyncBatch['origin'];
  undoesBatchId: string | null;
  permanent: number;
  changes: number;
}

/**
 * Batches of this replica not yet pushed, oldest first, within the limits: whole batches only,
 * except that a first batch with more changes than `limit.changes` goes alone, split into parts
 * with the same id, each part holding every change of its scopes (the server's idempotency key is
 * the batch id and the scope).
 */
export async function readOutbox(
  ctx: CoreContext,
  limit: { batches: number; changes: number },
): Promise<SyncBatch[]> {
  const candidates = await sql<OutboxBatchRow>`
    select b.id, b.hlc, b.actor, b.label, b.origin, b.undoes_batch_id as "undoesBatchId", b.permanent,
      (select count(*) from change_log c where c.batch_id = b.id and c.lost = 0) as changes
    from batches b
    where b.pushed = 0 and b.push_error is null and b.replica_id = ${ctx.clock.replicaId}
    order by b.hlc
    limit ${Math.max(1, limit.batches)}`.execute(ctx.db);
  const chosen: OutboxBatchRow[] = [];
  let total = 0;
  for (const batch of candidates.rows) {
    if (batch.changes === 0) continue;
    if (chosen.length > 0 && total + batch.changes > limit.changes) break;
    chosen.push(batch);
    total += batch.changes;
    if (total >= limit.changes) break;
  }
  if (chosen.length === 0) return [];
  const changes = await readChanges(
    ctx,
    chosen.map((batch) => batch.id),
  );
  const batches = chosen.map((batch) => toSyncBatch(batch, changes.get(batch.id) ?? []));
  if (batches.length === 1 && batches[0]!.changes.length > limit.changes) {
    return splitByScope(ctx, batches[0]!, limit.changes);
  }
  return batches;
}

/** Changes (messages) of this replica waiting for the server. */
export async function countWaitingChanges(ctx: CoreContext): Promise<number> {
  const row = await sql<{ n: number }>`
    select count(*) as n from change_log c join batches b on b.id = c.batch_id
    where b.pushed = 0 and b.push_error is null and b.replica_id = ${ctx.clock.replicaId} and c.lost = 0`.execute(
    ctx.db,
  );
  return Number(row.rows[0]?.n ?? 0);
}

export async function markPushed(ctx: CoreContext, batchIds: readonly string[]): Promise<void> {
  if (batchIds.length === 0) return;
  await sql`update batches set pushed = 1
    where id in (select value from json_each(${JSON.stringify(batchIds)}))`.execute(ctx.db);
}

/** The server refused this batch: it stays here with the reason and is never pushed again. */
export async function markRefused(ctx: CoreContext, batchId: string, reason: string): Promise<void> {
  await ctx.db
    .updateTable('batches')
    .set({ pushError: reason.trim() || 'Refused by the team server.' })
    .where('id', '=', batchId)
    .execute();
}

export async function listRefused(
  ctx: CoreContext,
): Promise<{ batchId: string; label: string; reason: string }[]> {
  const rows = await ctx.db
    .selectFrom('batches')
    .select(['id', 'label', 'pushError'])
    .where('replicaId', '=', ctx.clock.replicaId)
    .where('pushError', 'is not', null)
    .orderBy('hlc', 'desc')
    .execute();
  return rows.map((row) => ({ batchId: row.id, label: row.label, reason: row.pushError ?? '' }));
}

async function readChanges(
  ctx: CoreContext,
  batchIds: readonly string[],
): Promise<Map<string, SyncChange[]>> {
  const rows = await sql<{
    batchId: string;
    tbl: string;
    rowId: string;
    field: string;
    newValue: string | null;
  }>`
    select batch_id as "batchId", tbl, row_id as "rowId", field, new_value as "newValue"
    from change_log
    where batch_id in (select value from json_each(${JSON.stringify(batchIds)})) and lost = 0
    order by seq`.execute(ctx.db);
  const byBatch = new Map<string, SyncChange[]>();
  for (const row of rows.rows) {
    let list = byBatch.get(row.batchId);
    if (!list) byBatch.set(row.batchId, (list = []));
    list.push({
      table: row.tbl as SyncTable,
      rowId: row.rowId,
      field: row.field,
      value: row.newValue === null ? null : (JSON.parse(row.newValue) as unknown),
    });
  }
  return byBatch;
}

function toSyncBatch(row: OutboxBatchRow, changes: SyncChange[]): SyncBatch {
  return {
    id: row.id,
    hlc: row.hlc,
    actor: row.actor,
    label: row.label,
    origin: row.origin,
    undoes: row.undoesBatchId,
    permanent: row.permanent === 1,
    changes,
  };
}

/**
 * Parts of one oversized batch: changes grouped by scope (the partner a row belongs to, '' for
 * workspace-wide tables), scopes packed into parts of at most `maxChanges` (one scope larger than
 * that stays whole: the server keys a part by batch and scope).
 */
async function splitByScope(ctx: CoreContext, batch: SyncBatch, maxChanges: number): Promise<SyncBatch[]> {
  const scopeOf = await scopeResolver(ctx, batch.changes);
  const byScope = new Map<string, SyncChange[]>();
  for (const change of batch.changes) {
    const scope = scopeOf(change);
    let list = byScope.get(scope);
    if (!list) byScope.set(scope, (list = []));
    list.push(change);
  }
  const parts: SyncChange[][] = [];
  let current: SyncChange[] = [];
  for (const changes of byScope.values()) {
    if (current.length > 0 && current.length + changes.length > maxChanges) {
      parts.push(current);
      current = [];
    }
    current.push(...changes);
  }
  if (current.length > 0) parts.push(current);
  return parts.map((changes) => ({ ...batch, changes }));
}

type Scope = (typeof syncTableScopes)[SyncTable];

/** How to name the scope of each change: from the change itself, else from the local row. */
async function scopeResolver(
  ctx: CoreContext,
  changes: readonly SyncChange[],
): Promise<(change: SyncChange) => string> {
  // Values the batch itself gives (a creation names its partner) come first; the rest are read.
  const given = new Map<string, Record<string, unknown>>();
  const wanted = new Map<string, Set<string>>();
  for (const change of changes) {
    const key = `${change.table}\u001f${change.rowId}`;
    if (change.field === '*' && change.value && typeof change.value === 'object') {
      given.set(key, { ...(given.get(key) ?? {}), ...(change.value as Record<string, unknown>) });
    }
  }
  const need = (table: string, rowId: string) => {
    if (given.has(`${table}\u001f${rowId}`)) return;
    let ids = wanted.get(table);
    if (!ids) wanted.set(table, (ids = new Set()));
    ids.add(rowId);
  };
  for (const change of changes) {
    const scope: Scope = syncTableScopes[change.table];
    if (scope.kind === 'field' || scope.kind === 'first') need(change.table, change.rowId);
    if (scope.kind === 'parent') need(change.table, change.rowId);
  }
  const read = async (table: string, ids: Iterable<string>) => {
    const list = [...ids];
    if (list.length === 0) return;
    const rows = (await ctx.db
      .selectFrom(table as SyncTable)
      .selectAll()
      .where('id', 'in', list)
      .execute()) as Record<string, unknown>[];
    for (const row of rows) given.set(`${table}\u001f${String(row.id)}`, row);
  };
  for (const [table, ids] of wanted) await read(table, ids);
  // Parents (a case entry's case) of rows whose scope is their parent's.
  const parents = new Map<string, Set<string>>();
  for (const change of changes) {
    const scope: Scope = syncTableScopes[change.table];
    if (scope.kind !== 'parent') continue;
    const parentId = given.get(`${change.table}\u001f${change.rowId}`)?.[scope.field];
    if (typeof parentId === 'string' && !given.has(`${scope.table}\u001f${parentId}`)) {
      let ids = parents.get(scope.table);
      if (!ids) parents.set(scope.table, (ids = new Set()));
      ids.add(parentId);
    }
  }
  for (const [table, ids] of parents) await read(table, ids);

  const rowScope = (table: SyncTable, rowId: string): string => {
    const scope: Scope = syncTableScopes[table];
    const row = given.get(`${table}\u001f${rowId}`);
    switch (scope.kind) {
      case 'workspace':
        return '';
      case 'self':
        return rowId;
      case 'field':
        return typeof row?.[scope.field] === 'string' ? (row[scope.field] as string) : '';
      case 'first': {
        const raw = row?.[scope.field];
        const list: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
        return Array.isArray(list) && typeof list[0] === 'string' ? list[0] : '';
      }
      case 'parent': {
        const parentId = row?.[scope.field];
        return typeof parentId === 'string' ? rowScope(scope.table as SyncTable, parentId) : '';
      }
    }
  };
  return (change) => rowScope(change.table, change.rowId);
}
