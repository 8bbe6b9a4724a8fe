// Migration 9: partners carry the id another system (an ERP, a distributor list) knows them by,
// so a spreadsheet import can update them by it. Empty when unknown; unique among live partners
// is checked by the import, not the schema, so two computers syncing the same id never conflict
// in SQL.
// Frozen in time: never import application code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`alter table partners add column external_id text not null default ''`,
    sql`create index partners_external_id on partners(external_id)
      where external_id != '' and deleted_at is null`,
  ];
  for (const statement of statements) await statement.execute(db);
}
