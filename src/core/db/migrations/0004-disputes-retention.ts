// Migration 4: disputes (cases) with their append-only timeline and full-text search for the case
// library, retention cases and actions, playbooks, and the bookkeeping for permanent batches.
// Frozen in time: never import application code here.
import { sql, type Kysely } from 'kysely';

const openStatuses = sql.raw(`('open', 'investigating', 'resolution-proposed', 'escalated')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // A batch that wrote case history cannot be undone (a correction is a new entry instead).
    sql`alter table batches add column permanent integer not null default 0`,
    // The clock resumes from the latest stamp at start: one index seek instead of reading the
    // whole change log (which grows with every edit; 300 ms at two million entries).
    sql`create index batches_hlc on batches(hlc)`,
    sql`create table disputes (
      id text primary key,
      kind text not null,
      title text not null,
      description text not null default '',
      partner_ids text not null default '[]',
      contact_ids text not null default '[]',
      teammate_ids text not null default '[]',
      reporter_id text,
      owner_id text,
      severity text not null,
      status text not null default 'open',
      root_cause text,
      compensation_minor integer,
      compensation_currency text,
      resolution text not null default '',
      lessons_learned text not null default '',
      opened_at text not null,
      -- When the SLA clock started: the opening, or the last reopening.
      sla_started_at text not null,
      due_at text not null,
      resolved_at text,
      closed_at text,
      time_zone text not null default 'UTC',
      revision integer not null default 0,
      -- Derived from partner_ids and the lead partner by triggers (never written by the app, never
      -- synced): reports group a year of cases by region without a partner lookup per case.
      lead_partner_id text,
      lead_region text,
      -- Days from opening to the (last) resolution, computed by SQLite and kept in an index, so
      -- the report's mean and median never evaluate dates case by case.
      resolve_days real generated always as (julianday(resolved_at) - julianday(opened_at)) virtual,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index disputes_open_due on disputes(due_at) where deleted_at is null and status in ${openStatuses}`,
    sql`create index disputes_open_owner on disputes(owner_id, due_at)
      where deleted_at is null and status in ${openStatuses}`,
    // The report over a period reads only these (covering: no case row with its texts is read):
    // SLA breaches of the cases opened in it, and days to resolve of those resolved in it.
    sql`create index disputes_opened_sla on disputes(opened_at, lead_region, status, due_at, resolved_at)
      where deleted_at is null`,
    sql`create index disputes_resolved_days on disputes(resolved_at, lead_region, owner_id, resolve_days)
      where deleted_at is null and resolved_at is not null`,
    // The open figures (by kind, owner and age) read only this: one entry per open case.
    sql`create index disputes_open_groups on disputes(kind, owner_id, opened_at)
      where deleted_at is null and status in ${openStatuses}`,
    // A region's cases (list filter), and SLA breaches by region over a period without a row read.
    sql`create index disputes_region on disputes(lead_region, opened_at, status, due_at, resolved_at)
      where deleted_at is null`,
    sql`create index disputes_lead_partner on disputes(lead_partner_id)`,
    // A deleted lead partner no longer counts for any region.
    sql`create trigger disputes_lead_insert after insert on disputes begin
      update disputes set lead_partner_id = json_extract(new.partner_ids, '$[0]'),
        lead_region = (select region from partners
          where id = json_extract(new.partner_ids, '$[0]') and deleted_at is null)
      where id = new.id;
    end`,
    sql`create trigger disputes_lead_update after update of partner_ids on disputes begin
      update disputes set lead_partner_id = json_extract(new.partner_ids, '$[0]'),
        lead_region = (select region from partners
          where id = json_extract(new.partner_ids, '$[0]') and deleted_at is null)
      where id = new.id;
    end`,
    sql`create trigger partners_region_to_disputes after update of region, deleted_at on partners begin
      update disputes set lead_region = case when new.deleted_at is null then new.region end
      where lead_partner_id = new.id;
    end`,
    // The parties of a case, derived from disputes.partner_ids (never written by the app, never
    // synced): a partner's cases and the lead partner's region are one index seek.
    sql`create table dispute_partners (
      dispute_id text not null,
      partner_id text not null,
      lead integer not null,
      primary key (dispute_id, partner_id)
    ) without rowid`,
    sql`create index dispute_partners_partner on dispute_partners(partner_id, dispute_id)`,
    sql`create index dispute_partners_lead on dispute_partners(dispute_id, partner_id) where lead = 1`,
    sql`create trigger disputes_partners_insert after insert on disputes begin
      insert or ignore into dispute_partners(dispute_id, partner_id, lead)
        select new.id, value, key = 0 from json_each(new.partner_ids);
    end`,
    sql`create trigger disputes_partners_update after update of partner_ids on disputes begin
      delete from dispute_partners where dispute_id = new.id;
      insert or ignore into dispute_partners(dispute_id, partner_id, lead)
        select new.id, value, key = 0 from json_each(new.partner_ids);
    end`,
    // Every step on a case, appended and never changed: the database refuses edits and deletes.
    sql`create table dispute_entries (
      id text primary key,
      dispute_id text not null references disputes(id),
      kind text not null,
      at text not null,
      actor_id text,
      text text not null default '',
      from_status text,
      to_status text,
      attachments text not null default '[]',
      corrects_entry_id text,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index dispute_entries_dispute on dispute_entries(dispute_id, at)`,
    sql`create index dispute_entries_corrects on dispute_entries(corrects_entry_id)
      where corrects_entry_id is not null`,
    sql`create trigger dispute_entries_no_update before update on dispute_entries begin
      select raise(abort, 'dispute entries are append-only: add a correction instead');
    end`,
    sql`create trigger dispute_entries_no_delete before delete on dispute_entries begin
      select raise(abort, 'dispute entries are append-only: add a correction instead');
    end`,
    // The case library's words: what happened, what was agreed and what was learned.
    sql`create virtual table disputes_fts using fts5(
      title, description, resolution, lessons_learned,
      content='disputes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    )`,
    sql`create trigger disputes_fts_insert after insert on disputes begin
      insert into disputes_fts(rowid, title, description, resolution, lessons_learned)
        values (new.rowid, new.title, new.description, new.resolution, new.lessons_learned);
    end`,
    sql`create trigger disputes_fts_update after update of title, description, resolution, lessons_learned on disputes begin
      insert into disputes_fts(disputes_fts, rowid, title, description, resolution, lessons_learned)
        values ('delete', old.rowid, old.title, old.description, old.resolution, old.lessons_learned);
      insert into disputes_fts(rowid, title, description, resolution, lessons_learned)
        values (new.rowid, new.title, new.description, new.resolution, new.lessons_learned);
    end`,
    sql`create table retention_cases (
      id text primary key,
      partner_id text not null references partners(id),
      situation text not null,
      reason text not null default '',
      source text not null default 'manual',
      dispute_id text,
      owner_id text,
      opened_on text not null,
      outcome text not null default 'open',
      outcome_on text,
      outcome_note text not null default '',
      playbook_id text,
      revision integer not null default 0,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index retention_cases_partner on retention_cases(partner_id, opened_on) where deleted_at is null`,
    sql`create index retention_cases_open on retention_cases(opened_on)
      where deleted_at is null and outcome = 'open'`,
    sql`create index retention_cases_owner_open on retention_cases(owner_id, opened_on)
      where deleted_at is null and outcome = 'open'`,
    sql`create index retention_cases_decided on retention_cases(outcome_on)
      where deleted_at is null and outcome != 'open'`,
    sql`create table retention_actions (
      id text primary key,
      case_id text not null references retention_cases(id),
      partner_id text not null references partners(id),
      kind text not null,
      title text not null,
      owner_id text,
      due_date text not null,
      status text not null default 'planned',
      notes text not null default '',
      outcome text not null default '',
      playbook_id text,
      step_key text,
      revision integer not null default 0,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index retention_actions_case on retention_actions(case_id, due_date) where deleted_at is null`,
    sql`create index retention_actions_owner_open on retention_actions(owner_id, due_date)
      where deleted_at is null and status in ('planned', 'in-progress')`,
    sql`create table playbooks (
      id text primary key,
      name text not null,
      situation text not null,
      description text not null default '',
      steps text not null default '[]',
      revision integer not null default 0,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
