// Migration 2: care events (stored ones; birthdays, anniversaries and festivals are derived),
// commitments, and each partner's visit cadence. Frozen in time: never import application code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // Days between visits for this partner; null means the default for its type.
    sql`alter table partners add column visit_cadence_days integer`,
    // 1 when the contact celebrates the birthday by the Chinese lunar calendar.
    sql`alter table contacts add column birthday_lunar integer not null default 0`,
    sql`create table care_events (
      id text primary key,
      partner_id text not null references partners(id),
      kind text not null,
      title text not null,
      owner_id text references owners(id),
      contact_ids text not null default '[]',
      all_day integer not null default 1,
      start text not null,
      "end" text,
      time_zone text not null default 'UTC',
      rrule text,
      exceptions text not null default '[]',
      status text not null default 'planned',
      outcome_note text not null default '',
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index care_events_partner on care_events(partner_id, start) where deleted_at is null`,
    sql`create index care_events_owner on care_events(owner_id, start) where deleted_at is null`,
    // Single events by date; recurring ones are few and expanded in memory.
    sql`create index care_events_start on care_events(start) where deleted_at is null and rrule is null`,
    sql`create index care_events_recurring on care_events(partner_id) where deleted_at is null and rrule is not null`,
    sql`create table commitments (
      id text primary key,
      partner_id text not null references partners(id),
      description text not null,
      made_by text not null,
      owner_id text references owners(id),
      due_date text not null,
      status text not null default 'open',
      note text not null default '',
      care_event_id text references care_events(id),
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index commitments_partner on commitments(partner_id, due_date) where deleted_at is null`,
    sql`create index commitments_open on commitments(due_date) where deleted_at is null and status = 'open'`,
  ];
  for (const statement of statements) await statement.execute(db);
}
