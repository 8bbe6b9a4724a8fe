// What push, pull, snapshots and compaction share about a workspace's log: the lock that makes
// pushes of one workspace take turns (so sequence order is commit order and a puller never passes
// a batch that commits later), the log's end, which scopes a user may see, and which partners left
// a user's regions over a stretch of the log.
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { AuthUser } from '../auth/sessions';
import type { DatabaseKind, ServerDatabase } from '../db/database';
import { workspaceScopeKey } from './scope-keys';

/**
 * Holds the workspace's row until the transaction ends. SQLite needs nothing: its transactions
 * begin immediate, so writers already take turns.
 */
export async function lockWorkspace(
  db: Kysely<ServerDatabase>,
  kind: DatabaseKind,
  workspaceId: number,
): Promise<void> {
  if (kind !== 'postgres') return;
  await sql`select id from workspaces where id = ${workspaceId} for update`.execute(db);
}

/** The sequence of the workspace's newest log row (0 for an empty log). */
export async function maxSeq(db: Kysely<ServerDatabase>, workspaceId: number): Promise<number> {
  const row = await db
    .selectFrom('syncLog')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

export async function compactedSeq(db: Kysely<ServerDatabase>, workspaceId: number): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select('compactedSeq')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.compactedSeq);
}

/**
 * Who may see what: an admin sees every scope, others workspace-wide rows and their regions'
 * partners. `partners` narrows it to those partners' rows (no workspace-wide rows): the earlier
 * history of partners that have come into a user's regions.
 */
export interface Viewer {
  workspaceId: number;
  role: AuthUser['role'];
  regions: readonly string[];
  partners?: readonly string[];
}

/**
 * A condition on a `scope` column (a partner's key, 0 for workspace-wide rows): true for rows the
 * viewer may see, or null when every row is visible (an admin). A partner's current region decides
 * (a partner moved out of a region stops reaching that region's people); a placeholder has region
 * '', which no user has.
 */
export function visibleScope(scopeColumn: string, viewer: Viewer): RawBuilder<SqlBool> | null {
  const allowed = allowedScope(scopeColumn, viewer);
  if (viewer.partners === undefined) return allowed;
  const only =
    viewer.partners.length === 0
      ? sql<SqlBool>`1 = 0`
      : sql<SqlBool>`${sql.ref(scopeColumn)} in (select key from partner_scopes where workspace_id = ${viewer.workspaceId} and partner_id in (${sql.join([...viewer.partners])}))`;
  return allowed ? sql<SqlBool>`(${allowed} and ${only})` : only;
}

function allowedScope(scopeColumn: string, viewer: Viewer): RawBuilder<SqlBool> | null {
  if (viewer.role === 'admin') return null;
  const scope = sql.ref(scopeColumn);
  if (viewer.regions.length === 0) return sql<SqlBool>`${scope} = ${workspaceScopeKey}`;
  return sql<SqlBool>`(${scope} = ${workspaceScopeKey} or ${scope} in (select key from partner_scopes where workspace_id = ${viewer.workspaceId} and region in (${sql.join([...viewer.regions])})))`;
}

/**
 * Partners that were in the viewer's regions at `after` and are not at `cursor`: their later rows
 * no longer reach this user, so their computer is told to remove them. An admin sees every region;
 * a pull of named partners' history leaves the current pull to say it.
 */
export async function departedPartners(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  after: number,
  cursor: number,
): Promise<string[]> {
  if (viewer.role === 'admin' || viewer.partners || cursor <= after) return [];
  const moves = await db
    .selectFrom('partnerMoves as m')
    .innerJoin('partnerScopes as s', 's.key', 'm.partnerKey')
    .select(['s.partnerId', 'm.regionBefore', 'm.regionAfter'])
    .where('m.workspaceId', '=', viewer.workspaceId)
    .where('m.seq', '>', after)
    .where('m.seq', '<=', cursor)
    .orderBy('m.seq')
    .execute();
  const span = new Map<string, { from: string; to: string }>();
  for (const move of moves) {
    const seen = span.get(move.partnerId);
    span.set(move.partnerId, { from: seen?.from ?? move.regionBefore, to: move.regionAfter });
  }
  const regions = new Set(viewer.regions);
  return [...span].filter(([, { from, to }]) => regions.has(from) && !regions.has(to)).map(([id]) => id);
}
