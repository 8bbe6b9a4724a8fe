// Undo: applies the inverse of one batch as a new batch, so undo itself is logged and synced.
import { CoreError } from '../../shared/errors';
import type { UndoOutput, UndoStatus } from '../../shared/history';
import { writeBatch, type FieldChange, type FieldValue } from '../db/apply-changes';
import { entityTables, type EntityTable } from '../db/database';
import type { CoreContext } from '../context';
import { deriveAfterWrite } from '../write-derivations';

export async function undoBatch(ctx: CoreContext, batchId: string | undefined): Promise<UndoOutput> {
  const target = await findUndoable(ctx, batchId);
  if (!target) return { undone: false, label: null };

  const changes = await ctx.db
    .selectFrom('changeLog')
    .select(['tbl', 'rowId', 'field', 'oldValue'])
    .where('batchId', '=', target.id)
    // A change that lost to a newer one (sync) never took effect: nothing of it to revert.
    .where('lost', '=', 0)
    .orderBy('seq', 'desc')
    .execute();
  const now = new Date().toISOString();
  // Case entries are never touched, not even by undo: only a batch that also created their case
  // reaches here (permanent batches are refused), and tombstoning the case hides them with it.
  const inverse: FieldChange[] = changes
    .filter((change) => !isAppendOnlyTable(change.tbl))
    .map((change) => ({
      table: change.tbl as EntityTable,
      rowId: change.rowId,
      // Undoing a creation tombstones the row; nothing is ever hard-deleted.
      field: change.field === '*' ? 'deletedAt' : change.field,
      value: change.field === '*' ? now : (JSON.parse(change.oldValue ?? 'null') as FieldValue),
    }));

  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const result = await writeBatch(
      trx,
      // Undoing a write recomputes its partners too (the tier change it caused is undone with it).
      { clock: ctx.clock, actor: ctx.selfOwnerId, derive: deriveAfterWrite },
      { label: target.label, origin: 'undo', undoes: target.id, changes: inverse },
    );
    await trx
      .updateTable('batches')
      .set({ undoneByBatchId: result.batchId ?? target.id })
      .where('id', '=', target.id)
      .execute();
    return result;
  });
  if (outcome.batchId) ctx.emit({ tables: outcome.tables, batchId: outcome.batchId });
  return { undone: true, label: target.label };
}

/** What Ctrl+Z would undo now, so the UI can say so before the user presses it. */
export async function undoStatus(ctx: CoreContext): Promise<UndoStatus> {
  const next = await findUndoable(ctx, undefined);
  return { canUndo: next !== undefined, label: next?.label ?? null };
}

/** Permanent history is a case's record or the points ledger (claims decided, redemptions); each says how to correct it. */
async function permanentError(ctx: CoreContext, batchId: string, label: string): Promise<CoreError> {
  const ledger = await ctx.db
    .selectFrom('changeLog')
    .select('seq')
    .where('batchId', '=', batchId)
    .where('tbl', 'in', ['ledgerEntries', 'claims', 'redemptions'])
    .limit(1)
    .executeTakeFirst();
  return new CoreError({
    code: 'CONFLICT',
    message: ledger
      ? `"${label}" posted to the points ledger, which is permanent: it cannot be undone. Reverse the claim, redemption or entry instead.`
      : `"${label}" is part of a case's permanent record and cannot be undone. Add a correction to the case instead.`,
  });
}

async function findUndoable(ctx: CoreContext, batchId: string | undefined) {
  // Only what was done on this computer: a teammate's synced change is theirs to undo.
  let query = ctx.db
    .selectFrom('batches')
    .select(['id', 'label', 'origin', 'replicaId', 'undoneByBatchId', 'permanent'])
    .where('replicaId', '=', ctx.clock.replicaId);
  if (batchId) {
    const batch = await ctx.db
      .selectFrom('batches')
      .select(['id', 'label', 'origin', 'replicaId', 'undoneByBatchId', 'permanent'])
      .where('id', '=', batchId)
      .executeTakeFirst();
    if (!batch) throw new CoreError({ code: 'NOT_FOUND', message: 'That change no longer exists.' });
    if (batch.replicaId !== ctx.clock.replicaId) {
      throw new CoreError({
        code: 'CONFLICT',
        message: `"${batch.label}" was made on another computer, so it cannot be undone here. Edit the record instead.`,
      });
    }
    if (batch.origin !== 'local' || batch.undoneByBatchId) {
      throw new CoreError({ code: 'CONFLICT', message: `"${batch.label}" was already undone.` });
    }
    if (batch.permanent) throw await permanentError(ctx, batch.id, batch.label);
    return batch;
  }
  query = query.where('origin', '=', 'local').where('undoneByBatchId', 'is', null);
  const latest = await query.orderBy('hlc', 'desc').limit(1).executeTakeFirst();
  // Case history is a barrier: Ctrl+Z never reaches past it to undo something older by surprise.
  return latest?.permanent ? undefined : latest;
}

function isAppendOnlyTable(table: string): boolean {
  const config: object | undefined = entityTables[table as EntityTable];
  return config !== undefined && 'appendOnly' in config;
}
