// Migration 7: team sync on the client. The outbox is the batches this computer made that the
// server does not have yet (`pushed` = 0); a batch the server refused keeps its reason and stays
// local. A change that lost to a newer write of the same field is still logged (`lost` = 1, never
// applied), so the field's history shows what was typed and lost. Append-only tables may be emptied
// only by the purge before a workspace download (guard row 'sync.purging').
// Frozen in time: never import application code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`alter table batches add column pushed integer not null default 0`,
    sql`alter table batches add column push_error text`,
    sql`create index batches_outbox on batches(hlc) where pushed = 0 and push_error is null`,
    sql`alter table change_log add column lost integer not null default 0`,
    // Emptying local data before downloading a workspace is the one delete append-only tables
    // allow: only while the purge's own transaction holds its guard row in local_settings.
    sql`drop trigger dispute_entries_no_delete`,
    sql`create trigger dispute_entries_no_delete before delete on dispute_entries
      when not exists (select 1 from local_settings where key = 'sync.purging') begin
      select raise(abort, 'dispute entries are append-only: add a correction instead');
    end`,
    sql`drop trigger ledger_entries_no_delete`,
    sql`create trigger ledger_entries_no_delete before delete on ledger_entries
      when not exists (select 1 from local_settings where key = 'sync.purging') begin
      select raise(abort, 'ledger entries are append-only: post a reversing entry instead');
    end`,
  ];
  for (const statement of statements) await statement.execute(db);
}
