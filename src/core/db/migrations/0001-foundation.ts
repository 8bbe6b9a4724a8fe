// Migration 1: owners, partners, contacts, the change log and batches, full-text search.
// Frozen in time: never import application code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table owners (
      id text primary key,
      name text not null,
      email text not null default '',
      region text not null default '',
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create table partners (
      id text primary key,
      name text not null,
      legal_name text not null default '',
      type text not null,
      status text not null,
      region text not null default '',
      country text not null,
      city text not null default '',
      address text not null default '',
      phone text not null default '',
      email text not null default '',
      website text not null default '',
      owner_id text references owners(id),
      partnership_start text,
      tags text not null default '[]',
      notes text not null default '',
      owner_name text,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    // Partial indexes on live rows: every list filters deleted_at is null.
    sql`create index partners_name on partners(name collate nocase, id) where deleted_at is null`,
    sql`create index partners_region on partners(region, name collate nocase, id) where deleted_at is null`,
    sql`create index partners_country on partners(country, name collate nocase, id) where deleted_at is null`,
    sql`create index partners_owner_name on partners(owner_name collate nocase, name collate nocase, id) where deleted_at is null`,
    sql`create index partners_owner on partners(owner_id, name collate nocase, id) where deleted_at is null`,
    sql`create index partners_status on partners(status, name collate nocase, id) where deleted_at is null`,
    sql`create index partners_type on partners(type, name collate nocase, id) where deleted_at is null`,
    sql`create index partners_city on partners(city collate nocase, name collate nocase, id) where deleted_at is null`,
    sql`create index partners_updated on partners(updated_at, name collate nocase, id) where deleted_at is null`,
    // Narrow and covering for every list filter and sort column: a filter on several columns
    // (country and type, say) is answered from this index without reading the wide table rows.
    sql`create index partners_browse on partners(
      country, type, status, region, owner_id, city collate nocase, partnership_start, updated_at, created_at,
      name collate nocase, id
    ) where deleted_at is null`,
    sql`create table contacts (
      id text primary key,
      partner_id text not null references partners(id),
      name text not null,
      role text not null default '',
      phone text not null default '',
      email text not null default '',
      whatsapp text not null default '',
      birthday text not null default '',
      preferred_language text not null default 'en',
      family_notes text not null default '',
      interests text not null default '',
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index contacts_partner on contacts(partner_id, name collate nocase) where deleted_at is null`,
    sql`create index contacts_name on contacts(name collate nocase, id) where deleted_at is null`,
    sql`create table partner_tags (
      partner_id text not null references partners(id),
      tag text not null,
      primary key (tag, partner_id)
    ) without rowid`,
    sql`create index partner_tags_partner on partner_tags(partner_id)`,
    // Tags are stored as a JSON array on the partner (one synced field); this table is derived.
    sql`create trigger partners_tags_insert after insert on partners begin
      insert or ignore into partner_tags(partner_id, tag) select new.id, value from json_each(new.tags);
    end`,
    sql`create trigger partners_tags_update after update of tags on partners when new.deleted_at is null begin
      delete from partner_tags where partner_id = old.id;
      insert or ignore into partner_tags(partner_id, tag) select new.id, value from json_each(new.tags);
    end`,
    // owner_name is derived from owners (never written by the app, never synced), so sorting by
    // owner is an index scan instead of a join and sort of every partner.
    sql`create trigger partners_owner_name_insert after insert on partners when new.owner_id is not null begin
      update partners set owner_name = (select name from owners where id = new.owner_id and deleted_at is null) where id = new.id;
    end`,
    sql`create trigger partners_owner_name_update after update of owner_id on partners begin
      update partners set owner_name = (select name from owners where id = new.owner_id and deleted_at is null) where id = new.id;
    end`,
    sql`create trigger owners_name_insert after insert on owners begin
      update partners set owner_name = new.name where owner_id = new.id and new.deleted_at is null;
    end`,
    sql`create trigger owners_name_update after update of name, deleted_at on owners begin
      update partners set owner_name = case when new.deleted_at is null then new.name end where owner_id = new.id;
    end`,
    // Only live partners keep their tags here, so tag facets and filters skip deleted ones.
    sql`create trigger partners_tags_delete after update of deleted_at on partners when new.deleted_at is not null begin
      delete from partner_tags where partner_id = new.id;
    end`,
    sql`create trigger partners_tags_restore after update of deleted_at on partners when new.deleted_at is null begin
      insert or ignore into partner_tags(partner_id, tag) select new.id, value from json_each(new.tags);
    end`,
    sql`create virtual table partners_fts using fts5(
      name, legal_name, city, notes, content='partners', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    )`,
    sql`create trigger partners_fts_insert after insert on partners begin
      insert into partners_fts(rowid, name, legal_name, city, notes) values (new.rowid, new.name, new.legal_name, new.city, new.notes);
    end`,
    sql`create trigger partners_fts_update after update of name, legal_name, city, notes on partners begin
      insert into partners_fts(partners_fts, rowid, name, legal_name, city, notes) values ('delete', old.rowid, old.name, old.legal_name, old.city, old.notes);
      insert into partners_fts(rowid, name, legal_name, city, notes) values (new.rowid, new.name, new.legal_name, new.city, new.notes);
    end`,
    sql`create virtual table contacts_fts using fts5(
      name, role, email, family_notes, interests, content='contacts', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    )`,
    sql`create trigger contacts_fts_insert after insert on contacts begin
      insert into contacts_fts(rowid, name, role, email, family_notes, interests) values (new.rowid, new.name, new.role, new.email, new.family_notes, new.interests);
    end`,
    sql`create trigger contacts_fts_update after update of name, role, email, family_notes, interests on contacts begin
      insert into contacts_fts(contacts_fts, rowid, name, role, email, family_notes, interests) values ('delete', old.rowid, old.name, old.role, old.email, old.family_notes, old.interests);
      insert into contacts_fts(rowid, name, role, email, family_notes, interests) values (new.rowid, new.name, new.role, new.email, new.family_notes, new.interests);
    end`,
    sql`create table change_log (
      seq integer primary key autoincrement,
      hlc text not null,
      batch_id text not null,
      tbl text not null,
      row_id text not null,
      field text not null,
      old_value text,
      new_value text
    )`,
    sql`create index change_log_row on change_log(row_id, seq)`,
    sql`create index change_log_batch on change_log(batch_id)`,
    sql`create table batches (
      id text primary key,
      hlc text not null,
      replica_id text not null,
      actor text not null,
      origin text not null,
      label text not null,
      undoes_batch_id text,
      undone_by_batch_id text,
      created_at text not null
    )`,
    sql`create index batches_undo on batches(replica_id, origin, hlc) where undone_by_batch_id is null`,
    sql`create table local_settings (key text primary key, value text not null)`,
    sql`create table live_counts (tbl text primary key, n integer not null)`,
    sql`insert into live_counts (tbl, n) values ('partners', 0), ('contacts', 0)`,
    ...['partners', 'contacts'].flatMap((table) => [
      sql.raw(`create trigger ${table}_count_insert after insert on ${table} when new.deleted_at is null begin
        update live_counts set n = n + 1 where tbl = '${table}';
      end`),
      sql.raw(`create trigger ${table}_count_delete after update of deleted_at on ${table}
        when old.deleted_at is null and new.deleted_at is not null begin
        update live_counts set n = n - 1 where tbl = '${table}';
      end`),
      sql.raw(`create trigger ${table}_count_restore after update of deleted_at on ${table}
        when old.deleted_at is not null and new.deleted_at is null begin
        update live_counts set n = n + 1 where tbl = '${table}';
      end`),
    ]),
  ];
  for (const statement of statements) await statement.execute(db);
}
