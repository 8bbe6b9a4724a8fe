// Removes from this computer the partners that left the user's regions. The server sends a user
// only the rows of partners currently in their regions, so a partner moved elsewhere would stay
// here as it was, going stale, and every edit to it would be refused. Its rows (the partner, the
// rows that belong to it and the cases it leads) are first marked deleted, so the triggers take
// them out of the counts, the report figures, the tags and the search index exactly as a deletion
// would; then they go for good, with their change log, so that if the partner comes back into the
// user's regions its history is merged again from the server, not skipped as already seen. No
// batch is written: nothing here is a change to send.
import { sql, type Transaction } from 'kysely';
import type { CoreContext } from '../context';
import { syncTableScopes, syncTables } from '../../shared/sync-protocol';
import { entityTables, sqlTableName, type Database, type EntityTable } from '../db/database';
import { purgeGuard } from './purge';
import { inMergeTransaction } from './replica';

/** Tables whose rows belong to the partner one of their fields names (the sync's 'field' scope). */
const partnerRowTables = syncTables.flatMap((table) => {
  const rule = syncTableScopes[table];
  return rule.kind === 'field' ? [{ table: table as EntityTable, column: snakeCase(rule.field) }] : [];
});

/** Rows derived from a partner's rows that no trigger removes when those rows are deleted. */
const derivedByPartner = ['partner_tags', 'dispute_partners', 'partner_scores', 'ledger_partner_totals'];

/** External-content search tables: a row leaves them by a 'delete' carrying its indexed values. */
const contentIndexes = [
  { table: 'partners', index: 'partners_fts', columns: ['name', 'legal_name', 'city', 'notes'] },
  {
    table: 'contacts',
    index: 'contacts_fts',
    columns: ['name', 'role', 'email', 'family_notes', 'interests'],
  },
  {
    table: 'disputes',
    index: 'disputes_fts',
    columns: ['title', 'description', 'resolution', 'lessons_learned'],
  },
] as const;

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Removes these partners and everything of theirs; answers how many rows went. */
export async function removeDepartedPartners(
  ctx: CoreContext,
  partnerIds: readonly string[],
): Promise<number> {
  if (partnerIds.length === 0) return 0;
  const now = new Date().toISOString();
  const removed = await inMergeTransaction(ctx.db, async (trx) => {
    const rows = await rowsOfPartners(trx, partnerIds);
    if (rows.size === 0) return rows;
    await trx.insertInto('localSettings').values({ key: purgeGuard, value: '1' }).execute();
    // Children first: their triggers still find the partner as it was (its region for the
    // report figures), then the partner's own deletion takes out what it carries.
    for (const [table, ids] of [...rows].reverse()) {
      if ('appendOnly' in entityTables[table]) continue; // their triggers refuse updates
      await sql`update ${sql.raw(sqlTableName(table))} set deleted_at = ${now}
        where deleted_at is null and id in (select value from json_each(${JSON.stringify(ids)}))`.execute(
        trx,
      );
    }
    for (const { table, index, columns } of contentIndexes) {
      const ids = rows.get(table);
      if (!ids) continue;
      const list = columns.join(', ');
      await sql`insert into ${sql.raw(index)}(${sql.raw(index)}, rowid, ${sql.raw(list)})
        select 'delete', rowid, ${sql.raw(list)} from ${sql.raw(table)}
        where id in (select value from json_each(${JSON.stringify(ids)}))`.execute(trx);
    }
    for (const [table, ids] of rows) {
      const list = JSON.stringify(ids);
      await sql`delete from ${sql.raw(sqlTableName(table))} where id in (select value from json_each(${list}))`.execute(
        trx,
      );
      await sql`delete from change_log where tbl = ${table}
        and row_id in (select value from json_each(${list}))`.execute(trx);
    }
    const partners = JSON.stringify(partnerIds);
    for (const table of derivedByPartner) {
      await sql`delete from ${sql.raw(table)} where partner_id in (select value from json_each(${partners}))`.execute(
        trx,
      );
    }
    const disputes = rows.get('disputes');
    if (disputes) {
      await sql`delete from dispute_partners
        where dispute_id in (select value from json_each(${JSON.stringify(disputes)}))`.execute(trx);
    }
    await trx.deleteFrom('localSettings').where('key', '=', purgeGuard).execute();
    return rows;
  });
  const count = [...removed.values()].reduce((sum, ids) => sum + ids.length, 0);
  if (count > 0) ctx.emit({ tables: [...removed.keys()], batchId: null });
  return count;
}

/**
 * The ids of the partners' rows by table, parents before children: the partners, the rows naming
 * them, the cases they lead (a case is scoped to the first partner named when it was opened) and
 * those cases' entries.
 */
async function rowsOfPartners(
  trx: Transaction<Database>,
  partnerIds: readonly string[],
): Promise<Map<EntityTable, string[]>> {
  const partners = JSON.stringify(partnerIds);
  const rows = new Map<EntityTable, string[]>();
  const collect = async (table: EntityTable, where: ReturnType<typeof sql>) => {
    const result = await sql<{
      id: string;
    }>`select id from ${sql.raw(sqlTableName(table))} where ${where}`.execute(trx);
    if (result.rows.length > 0)
      rows.set(
        table,
        result.rows.map((row) => row.id),
      );
  };
  await collect('partners', sql`id in (select value from json_each(${partners}))`);
  for (const { table, column } of partnerRowTables)
    await collect(table, sql`${sql.ref(column)} in (select value from json_each(${partners}))`);
  await collect('disputes', sql`partner_ids ->> '$[0]' in (select value from json_each(${partners}))`);
  const disputes = rows.get('disputes');
  if (disputes)
    await collect(
      'disputeEntries',
      sql`dispute_id in (select value from json_each(${JSON.stringify(disputes)}))`,
    );
  return rows;
}

/** Partners here outside these regions (one with no region included): none is an admin's. */
export async function partnersOutsideRegions(
  ctx: CoreContext,
  regions: readonly string[],
): Promise<string[]> {
  const result = await sql<{ id: string }>`select id from partners
    where coalesce(region, '') not in (select value from json_each(${JSON.stringify(regions)}))`.execute(
    ctx.db,
  );
  return result.rows.map((row) => row.id);
}
