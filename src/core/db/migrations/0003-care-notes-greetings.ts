// Migration 3: visit notes, the greeting log, user greeting templates, synced workspace settings
// (festivals to greet per country, reminder lead times), care etiquette marks (mourning, hardship)
// on partners and contacts, and a description on care events. Frozen in time: never import
// application code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // 'mourning' | 'hardship' | null, until a day (null: until cleared), and a private note.
    sql`alter table partners add column care_status text`,
    sql`alter table partners add column care_status_until text`,
    sql`alter table partners add column care_status_note text not null default ''`,
    sql`alter table contacts add column care_status text`,
    sql`alter table contacts add column care_status_until text`,
    sql`alter table contacts add column care_status_note text not null default ''`,
    // What to prepare or bring, e.g. greetings bundled into a visit by the planner.
    sql`alter table care_events add column description text not null default ''`,
    // Last and next visit per partner (visit cadence, planner, agenda): one index seek each.
    sql`create index care_events_visits on care_events(partner_id, start)
      where deleted_at is null and kind = 'visit' and status != 'skipped'`,
    // Birthdays of a set of partners' contacts (calendar, agenda) without reading whole contacts.
    sql`create index contacts_birthdays on contacts(partner_id, birthday, birthday_lunar)
      where deleted_at is null and birthday != ''`,
    // contacts.owner_id is derived from the partner (never written by the app, never synced), so
    // an owner's birthdays in a window are one index range instead of a seek per partner.
    sql`alter table contacts add column owner_id text`,
    sql`update contacts set owner_id = (select owner_id from partners where id = contacts.partner_id)`,
    sql`create trigger contacts_owner_insert after insert on contacts begin
      update contacts set owner_id = (select owner_id from partners where id = new.partner_id) where id = new.id;
    end`,
    sql`create trigger contacts_owner_move after update of partner_id on contacts begin
      update contacts set owner_id = (select owner_id from partners where id = new.partner_id) where id = new.id;
    end`,
    sql`create trigger partners_owner_to_contacts after update of owner_id on partners begin
      update contacts set owner_id = new.owner_id where partner_id = new.id;
    end`,
    // Everyone's birthdays on some days (the agenda of a one-person install), and the lunar ones.
    sql`create index contacts_birthday_day on contacts(substr(birthday, length(birthday) - 4))
      where deleted_at is null and birthday != ''`,
    sql`create index contacts_lunar on contacts(partner_id) where deleted_at is null and birthday_lunar = 1`,
    sql`create index contacts_owner_birthdays
      on contacts(owner_id, substr(birthday, length(birthday) - 4), birthday_lunar)
      where deleted_at is null and birthday != ''`,
    // An owner's partners by country (festivals and their partner counts) and by the month-day of
    // the partnership start (anniversaries), without reading whole partner rows.
    sql`create index partners_owner_country on partners(owner_id, country) where deleted_at is null`,
    sql`create index partners_owner_anniversary on partners(owner_id, substr(partnership_start, 6))
      where deleted_at is null and partnership_start is not null`,
    // An owner's open commitments by due date (home agenda).
    sql`create index commitments_owner_open on commitments(owner_id, due_date)
      where deleted_at is null and status = 'open'`,
    // Open promises nobody owns fall to the partner's owner; they are few, so list them directly.
    sql`create index commitments_open_unowned on commitments(due_date)
      where deleted_at is null and status = 'open' and owner_id is null`,
    sql`create table visit_notes (
      id text primary key,
      partner_id text not null references partners(id),
      care_event_id text references care_events(id),
      date text not null,
      attendee_contact_ids text not null default '[]',
      attendee_owner_ids text not null default '[]',
      purpose text not null default '',
      notes text not null default '',
      sentiment integer,
      issues text not null default '[]',
      attachments text not null default '[]',
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index visit_notes_partner on visit_notes(partner_id, date) where deleted_at is null`,
    sql`create index visit_notes_event on visit_notes(care_event_id) where deleted_at is null`,
    // The note a follow-up task was set in, so the note can list its follow-ups. No foreign key:
    // the write path inserts events before notes within one batch.
    sql`alter table care_events add column visit_note_id text`,
    sql`create index care_events_visit_note on care_events(visit_note_id) where visit_note_id is not null`,
    sql`create table greetings (
      id text primary key,
      partner_id text not null references partners(id),
      contact_id text references contacts(id),
      occasion text not null,
      item_key text not null,
      channel text not null,
      language text not null,
      text text not null,
      sent_on text not null,
      care_event_id text references care_events(id),
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index greetings_item on greetings(item_key) where deleted_at is null`,
    sql`create index greetings_partner on greetings(partner_id, sent_on) where deleted_at is null`,
    sql`create index greetings_sent_on on greetings(sent_on) where deleted_at is null`,
    sql`create table greeting_templates (
      id text primary key,
      occasion text not null,
      language text not null,
      body text not null,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create unique index greeting_templates_key on greeting_templates(occasion, language) where deleted_at is null`,
    // Workspace settings that sync with the team; the id is the setting's name, the value JSON.
    sql`create table settings (
      id text primary key,
      value text not null,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
