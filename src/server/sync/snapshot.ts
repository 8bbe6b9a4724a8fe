// GET /v1/sync/snapshot: the compacted state of the rows a user may see, keyset-paged by (table,
// row id), each field with the stamp that wrote it. `snapshotSeq` is the log position the state
// stands for; if compaction moves it between two pages, the client starts the download again.
// The page's text is built from the stored fields' JSON text as it is (the wire carries the
// stored [stamp, value] pairs): no parse and no stringify of 2,000 rows per page, which kept the
// server's memory growing while a new computer read page after page.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { ServerDatabase } from '../db/database';
import { SyncHttpError } from '../http-error';
import { compactedSeq, departedPartners, visibleScope, type Viewer } from './workspace-log';

/** A row state's fields as stored: {field: [hlc, value]}. */
export type StoredFields = Record<string, [string, unknown]>;

export function encodePageKey(table: string, rowId: string): string {
  return Buffer.from(JSON.stringify([table, rowId])).toString('base64url');
}

export function decodePageKey(key: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return [parsed[0] as string, parsed[1] as string];
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new SyncHttpError(400, 'BAD_REQUEST', 'The snapshot page key is not one this server gave out.');
}

/**
 * One page of the snapshot. With `since` (where a computer's pull stood when it was told to resync),
 * the first page also names the partners that left the user's regions since then: the folded
 * history that would have said so is gone.
 */
export async function snapshotPage(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  after: string | undefined,
  limit: number,
  since?: number,
): Promise<string> {
  const from = after === undefined ? null : decodePageKey(after);
  // A page read while compaction commits could mix two states: read it again.
  for (let attempt = 0; ; attempt++) {
    const before = await compactedSeq(db, viewer.workspaceId);
    const rows = await readStates(db, viewer, from, limit + 1);
    const seq = await compactedSeq(db, viewer.workspaceId);
    if (seq !== before && attempt < 5) continue;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextPage = rows.length > limit && last ? encodePageKey(last.tbl, last.rowId) : null;
    // Counted once, on the first page of a download that has more pages: the client's progress.
    const total = from === null && nextPage !== null ? await countStates(db, viewer) : undefined;
    const departed =
      from === null && since !== undefined ? await departedPartners(db, viewer, since, seq) : [];
    // Field by field as snapshotPageSchema has them; the stored fields are JSON this server wrote.
    const rowsText = page
      .map(
        (row) =>
          `{"table":${JSON.stringify(row.tbl)},"rowId":${JSON.stringify(row.rowId)},"fields":${row.fields}}`,
      )
      .join(',');
    return (
      `{"rows":[${rowsText}],"snapshotSeq":${seq},"nextPage":${JSON.stringify(nextPage)}` +
      (total === undefined ? '' : `,"total":${total}`) +
      (departed.length > 0 ? `,"departed":${JSON.stringify(departed)}` : '') +
      '}'
    );
  }
}

/** The workspace's row states this user may see. */
function visibleStates(db: Kysely<ServerDatabase>, viewer: Viewer) {
  const visible = visibleScope('row_states.scope', viewer);
  const states = db.selectFrom('rowStates').where('workspaceId', '=', viewer.workspaceId);
  return visible ? states.where(visible) : states;
}

async function countStates(db: Kysely<ServerDatabase>, viewer: Viewer): Promise<number> {
  const row = await visibleStates(db, viewer)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Row states as stored: `fields` is the JSON text {field: [hlc, value]}. */
async function readStates(
  db: Kysely<ServerDatabase>,
  viewer: Viewer,
  from: [string, string] | null,
  limit: number,
): Promise<{ tbl: string; rowId: string; fields: string }[]> {
  let query = visibleStates(db, viewer)
    .select(['tbl', 'rowId', 'fields'])
    .orderBy('tbl')
    .orderBy('rowId')
    .limit(limit);
  if (from) query = query.where(sql<SqlBool>`(tbl, row_id) > (${from[0]}, ${from[1]})`);
  return query.execute();
}
