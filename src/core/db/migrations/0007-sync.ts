// Migration 7: team sync on the client. The outbox is the batches this computer made that the
// server does not have yet (`pushed` = 0); a batch the server refused keeps its reason and stays
// local. A change that lost to a newer write of the same field is still logged (`lost` = 1, never
// applied), so the field's history shows what was typed and lost.
// Frozen in time: never import application code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`alter table batches add column pushed integer not null default 0`,
    sql`alter table batches add column push_error text`,
    sql`create index batches_outbox on batches(hlc) where pushed = 0 and push_error is null`,
    sql`alter table change_log add column lost integer not null default 0`,
  ];
  for (const statement of statements) await statement.execute(db);
}
