// What this computer holds before it joins a workspace, and emptying it for a download (the
// caller backs the file up first). Local settings (replica id, owner id, the sync session) stay.
import { sql } from 'kysely';
import type { CoreContext } from '../context';
import { entityTables, sqlTableName, type EntityTable } from '../db/database';

/** Derived tables no trigger empties when their sources are deleted. */
const derivedTables = [
  'partner_tags',
  'dispute_partners',
  'partner_scores',
  'loyalty_snapshots',
  'sales_monthly',
  'survey_monthly',
  'engagement_monthly',
  'ledger_partner_totals',
] as const;
const ftsTables = ['partners_fts', 'contacts_fts', 'disputes_fts'] as const;
/** While this local_settings row exists, append-only tables allow deletes (see migration 0007). */
export const purgeGuard = 'sync.purging';

/** Live partners, and batches made here other than the automatic profile of a new file. */
export async function localDataSummary(ctx: CoreContext): Promise<{ partners: number; batches: number }> {
  const partners = await ctx.db
    .selectFrom('partners')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  const batches = await sql<{ n: number }>`
    select count(*) as n from batches b
    where b.replica_id = ${ctx.clock.replicaId}
      and not (b.origin = 'system' and b.label = 'Create profile' and not exists (
        select 1 from change_log c where c.batch_id = b.id
          and not (c.tbl = 'owners' and c.row_id = ${ctx.selfOwnerId})))`.execute(ctx.db);
  return { partners: Number(partners?.n ?? 0), batches: Number(batches.rows[0]?.n ?? 0) };
}

/** Empties every synced table, the change log, the batches and what is derived from them, at once. */
export async function purgeLocalData(ctx: CoreContext): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    // Tables are emptied in any order: references are checked once, at commit, when all are empty.
    await sql`pragma defer_foreign_keys = on`.execute(trx);
    await trx.insertInto('localSettings').values({ key: purgeGuard, value: '1' }).execute();
    for (const table of Object.keys(entityTables) as EntityTable[]) {
      await sql`delete from ${sql.raw(sqlTableName(table))}`.execute(trx);
    }
    for (const table of derivedTables) await sql`delete from ${sql.raw(table)}`.execute(trx);
    // External-content full-text indexes are emptied by their own command.
    for (const table of ftsTables)
      await sql`insert into ${sql.raw(table)}(${sql.raw(table)}) values ('delete-all')`.execute(trx);
    await sql`update live_counts set n = 0`.execute(trx);
    await sql`delete from change_log`.execute(trx);
    await sql`delete from batches`.execute(trx);
    await trx.deleteFrom('localSettings').where('key', '=', purgeGuard).execute();
  });
  ctx.emit({ tables: Object.keys(entityTables), batchId: null });
}
