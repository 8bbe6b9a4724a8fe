// The small integer keys the log and row_scopes store scopes by (4 bytes instead of a 26-character
// partner id on every row): a partner's key is its partner_scopes row's. A partner first met as
// the scope of rows pushed before it (a contact of a partner this server has not received) gets
// a placeholder row, stamps '', which its own creation or edits then fill in.
import { sql, type Transaction } from 'kysely';
import type { DatabaseKind, ServerDatabase } from '../db/database';
import { oneOf } from '../db/value-list';
import { workspaceScope } from './scope';

/** The key of workspace-wide rows (programs, settings…), scope '' in the push. */
export const workspaceScopeKey = 0;

/** A partner_scopes row that only gives a key: no region or owner was ever received. */
export const isPlaceholder = (row: { regionHlc: string; ownerHlc: string }): boolean =>
  row.regionHlc === '' && row.ownerHlc === '';

/** Each scope's key, making placeholder rows for partners not yet known. */
export async function ensureScopeKeys(
  trx: Transaction<ServerDatabase>,
  kind: DatabaseKind,
  workspaceId: number,
  scopes: readonly string[],
): Promise<Map<string, number>> {
  const keys = new Map<string, number>([[workspaceScope, workspaceScopeKey]]);
  const partnerIds = [...new Set(scopes)].filter((scope) => scope !== workspaceScope);
  if (partnerIds.length === 0) return keys;
  const list =
    kind === 'postgres'
      ? sql`select ${workspaceId}::integer, p.id, '', '', null, '' from unnest(${partnerIds}::text[]) as p(id)`
      : sql`select ${workspaceId}, value, '', '', null, '' from json_each(${JSON.stringify(partnerIds)})`;
  // SQLite needs the `where true` to read `on conflict` as the upsert clause, not a join's.
  await sql`insert into partner_scopes (workspace_id, partner_id, region, region_hlc, owner_id, owner_hlc) ${list} where true on conflict (workspace_id, partner_id) do nothing`.execute(
    trx,
  );
  const rows = await trx
    .selectFrom('partnerScopes')
    .select(['key', 'partnerId'])
    .where('workspaceId', '=', workspaceId)
    .where(oneOf(kind, 'partner_id', partnerIds))
    .execute();
  for (const row of rows) keys.set(row.partnerId, row.key);
  return keys;
}
