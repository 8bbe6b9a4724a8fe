// A partner's name for a refusal message ("'Maju Jaya' is in West"): from the refused push when
// it names the partner, else from the compacted state or the newest stored batches of its scope.
// Only the refusal path reads this, so a bounded look through the log is fine.
import type { Kysely } from 'kysely';
import type { SyncBatch } from '../../shared/sync-protocol';
import type { ServerDatabase } from '../db/database';
import { decodeChanges } from './batch-codec';
import { isFieldsObject } from './scope';

/** Stored batches of the partner's scope read, newest first, before giving up on a name. */
const logLookBack = 200;

const nameIn = (value: unknown): string | null =>
  typeof value === 'string' && value.trim().length > 0 ? value : null;

/** The newest name the push gives the partner. */
export function partnerNameFromPush(batches: readonly SyncBatch[], partnerId: string): string | null {
  let name: string | null = null;
  for (const batch of batches) {
    for (const change of batch.changes) {
      if (change.table !== 'partners' || change.rowId !== partnerId) continue;
      if (change.field === 'name') name = nameIn(change.value) ?? name;
      if (change.field === '*' && isFieldsObject(change.value)) name = nameIn(change.value.name) ?? name;
    }
  }
  return name;
}

export async function partnerNameFromStore(
  db: Kysely<ServerDatabase>,
  workspaceId: number,
  partnerId: string,
): Promise<string | null> {
  const recent = await db
    .selectFrom('batches')
    .select('changes')
    .where('workspaceId', '=', workspaceId)
    .where('scope', '=', partnerId)
    .orderBy('seq', 'desc')
    .limit(logLookBack)
    .execute();
  for (const row of recent) {
    const changes = decodeChanges(row.changes).filter(
      (change) => change.table === 'partners' && change.rowId === partnerId,
    );
    for (const change of changes.reverse()) {
      const name =
        change.field === 'name'
          ? nameIn(change.value)
          : change.field === '*' && isFieldsObject(change.value)
            ? nameIn(change.value.name)
            : null;
      if (name) return name;
    }
  }
  const state = await db
    .selectFrom('rowStates')
    .select('fields')
    .where('workspaceId', '=', workspaceId)
    .where('tbl', '=', 'partners')
    .where('rowId', '=', partnerId)
    .executeTakeFirst();
  if (!state) return null;
  const fields = JSON.parse(state.fields) as Record<string, [string, unknown]>;
  return nameIn(fields.name?.[1]);
}
