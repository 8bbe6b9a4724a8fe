// A partner's name for a refusal message ("'Maju Jaya' is in West"): from the refused push when
// it names the partner, else from the newest log rows of its scope or the compacted state. Only
// the refusal path reads this, so a bounded look through the log's newest rows is fine.
import type { Kysely } from 'kysely';
import type { SyncBatch } from '../../shared/sync-protocol';
import type { ServerDatabase } from '../db/database';
import { decodeBatches } from './batch-codec';
import { isFieldsObject } from './scope';

/** The log's newest rows looked through for the partner's scope before giving up on a name. */
const logLookBack = 2000;

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
  // The log has no index by scope: look at its newest rows' scopes first, then read the few bodies.
  const scope = await db
    .selectFrom('partnerScopes')
    .select('key')
    .where('workspaceId', '=', workspaceId)
    .where('partnerId', '=', partnerId)
    .executeTakeFirst();
  const newest = await db
    .selectFrom('syncLog')
    .select(['seq', 'scope'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('seq', 'desc')
    .limit(logLookBack)
    .execute();
  const seqs = newest.filter((row) => row.scope === scope?.key).map((row) => row.seq);
  const recent =
    seqs.length === 0
      ? []
      : await db
          .selectFrom('syncLog')
          .select('body')
          .where('workspaceId', '=', workspaceId)
          .where('seq', 'in', seqs.slice(0, 200))
          .orderBy('seq', 'desc')
          .execute();
  for (const row of recent) {
    const changes = decodeBatches(row.body)
      .flatMap((batch) => batch.changes)
      .filter((change) => change.table === 'partners' && change.rowId === partnerId);
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
