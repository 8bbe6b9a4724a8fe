// Migration 5: loyalty inputs (monthly sales, survey answers, the imports that brought them), tier
// history and manual tier overrides, and the derived tables the score, churn risk and dashboard
// read (never synced: every replica recomputes them from the same inputs).
// Frozen in time: never import application code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // One record per partner and month: the id is derived from both, so entering or importing a
    // month again replaces it (never double counts) and two computers converge on one row.
    sql`create table sales_records (
      id text primary key,
      partner_id text not null references partners(id),
      period text not null,
      revenue_minor integer not null,
      currency text not null,
      units integer not null default 0,
      orders integer not null default 0,
      note text not null default '',
      import_id text,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    // A partner's months in order, covering the figures the score reads.
    sql`create index sales_partner_period on sales_records(partner_id, period, revenue_minor, units, orders)
      where deleted_at is null`,
    sql`create index sales_period on sales_records(period) where deleted_at is null`,
    // An import's rows (the list filtered by import, the import's own summary).
    sql`create index sales_import on sales_records(import_id) where import_id is not null and deleted_at is null`,
    sql`create table survey_responses (
      id text primary key,
      partner_id text not null references partners(id),
      contact_id text references contacts(id),
      answered_on text not null,
      nps integer,
      satisfaction integer,
      comment text not null default '',
      import_id text,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index survey_partner_day on survey_responses(partner_id, answered_on, nps, satisfaction)
      where deleted_at is null`,
    sql`create index survey_day on survey_responses(answered_on) where deleted_at is null`,
    // Each contact's latest answer per partner (the score's NPS and satisfaction): one index scan.
    sql`create index survey_partner_contact on survey_responses(partner_id, contact_id, answered_on, nps,
      satisfaction) where deleted_at is null`,
    sql`create index survey_import on survey_responses(import_id)
      where import_id is not null and deleted_at is null`,
    // A committed import: what file (by content hash), how many rows, so a re-import is recognised.
    sql`create table data_imports (
      id text primary key,
      kind text not null,
      file_name text not null,
      file_hash text not null,
      row_count integer not null,
      created_count integer not null default 0,
      updated_count integer not null default 0,
      unchanged_count integer not null default 0,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index data_imports_hash on data_imports(kind, file_hash) where deleted_at is null`,
    // Tier history: one row per change, written in the batch that caused it (so undoing a sales
    // import also undoes the tier drop it caused). The id is derived from partner and day.
    sql`create table tier_changes (
      id text primary key,
      partner_id text not null references partners(id),
      changed_on text not null,
      from_tier text,
      to_tier text not null,
      from_name text,
      to_name text not null,
      score integer,
      cause text not null,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index tier_changes_partner on tier_changes(partner_id, changed_on) where deleted_at is null`,
    sql`create index tier_changes_day on tier_changes(changed_on) where deleted_at is null`,
    // A manual tier for a partner, with the reason and until when (one per partner, by derived id;
    // ending it deletes the row; the change log keeps who set what when).
    sql`create table tier_overrides (
      id text primary key,
      partner_id text not null references partners(id),
      tier text not null,
      reason text not null,
      expires_on text not null,
      revision integer not null default 0,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index tier_overrides_partner on tier_overrides(partner_id) where deleted_at is null`,

    // ---- Derived, local, recomputable: never written through the change log, never synced. ----

    // The latest score of every partner, with what explains it and the partner's region, owner and
    // status copied in, so the dashboard and the partner list count tiers and risk without joins.
    sql`create table partner_scores (
      partner_id text primary key,
      score integer not null,
      computed_tier text not null,
      tier text not null,
      tier_since text,
      risk_level text not null,
      risk_reasons text not null default '[]',
      factors text not null default '[]',
      -- The current at-risk episode: its first day and the retention case it opened (once).
      risk_since text,
      episode_case_id text,
      region text not null,
      owner_id text,
      status text not null,
      computed_on text not null,
      inputs_hash text not null
    )`,
    sql`create index partner_scores_tier on partner_scores(tier, region, owner_id, status)`,
    sql`create index partner_scores_risk on partner_scores(risk_level, region, owner_id, status)`,
    sql`create index partner_scores_score on partner_scores(score)`,
    // The full recompute's engagement and last contact: care events held, and calls and meetings
    // logged on cases, each read from a narrow index instead of every event or case entry.
    sql`create index care_events_done on care_events(partner_id, kind, start)
      where deleted_at is null and status = 'done' and kind in ('visit', 'meeting', 'training')`,
    sql`create index dispute_entries_contact on dispute_entries(dispute_id, at)
      where deleted_at is null and kind in ('call', 'meeting')`,
    // One row per day, region, owner, tier and risk level: how many partners, for the trends.
    sql`create table loyalty_snapshots (
      day text not null,
      region text not null,
      owner_id text not null default '',
      tier text not null,
      risk_level text not null,
      partners integer not null,
      primary key (day, region, owner_id, tier, risk_level)
    ) without rowid`,
    // Sales per month, region and owner, kept by triggers: a year of the dashboard reads a few
    // hundred rows instead of a million sales records.
    sql`create table sales_monthly (
      period text not null,
      region text not null,
      owner_id text not null default '',
      currency text not null,
      revenue_minor integer not null default 0,
      units integer not null default 0,
      orders integer not null default 0,
      records integer not null default 0,
      primary key (period, region, owner_id, currency)
    ) without rowid`,
    // Survey answers per month, region and owner, kept by triggers, for NPS and its trend.
    sql`create table survey_monthly (
      period text not null,
      region text not null,
      owner_id text not null default '',
      promoters integer not null default 0,
      passives integer not null default 0,
      detractors integer not null default 0,
      satisfaction_sum integer not null default 0,
      satisfaction_count integer not null default 0,
      primary key (period, region, owner_id)
    ) without rowid`,
    // The playbook matching why the loyalty score raised a retention case (offered on the case).
    sql`alter table retention_cases add column suggested_playbook_id text`,
    // When a partner's status last changed (churned on, for the retention rate). Kept by a
    // trigger; existing partners start from their partnership start or creation.
    sql`alter table partners add column status_since text`,
    sql`update partners set status_since = coalesce(partnership_start, substr(created_at, 1, 10))`,
    sql`create trigger partners_status_since_insert after insert on partners begin
      update partners set status_since = coalesce(new.partnership_start, substr(new.created_at, 1, 10))
      where id = new.id;
    end`,
    sql`create trigger partners_status_since_update after update of status on partners
      when old.status is not new.status begin
      update partners set status_since = substr(new.updated_at, 1, 10) where id = new.id;
    end`,
    ...monthlyTriggers(),
    ...careTallies(),
  ];
  for (const statement of statements) await statement.execute(db);
}

/**
 * Two tallies of the care calendar the dashboard reads for the whole team, kept by triggers:
 * - partners.last_visit_start: the latest start of a live visit not skipped. A partner has a visit
 *   planned ahead exactly when it is after today, and otherwise it is the last visit the cadence
 *   counts from, so "visits due this week" is one pass over partners instead of two index
 *   seeks per partner;
 * - engagement_monthly: visits, meetings and trainings held (done, not recurring) per month,
 *   region and owner, like sales_monthly.
 */
export function careTallies() {
  const lastVisit = (partner: string) => `update partners set last_visit_start = (
      select max(start) from care_events where partner_id = ${partner} and deleted_at is null
        and kind = 'visit' and status != 'skipped')
    where id = ${partner};`;
  const held = (row: string) =>
    `${row}.deleted_at is null and ${row}.rrule is null and ${row}.status = 'done'
     and ${row}.kind in ('visit', 'meeting', 'training')`;
  const addHeld = (row: string, sign: '+' | '-') => `
    insert into engagement_monthly (period, region, owner_id, kind, events)
    select substr(${row}.start, 1, 7), p.region, coalesce(p.owner_id, ''), ${row}.kind, ${sign}1
    from partners p where p.id = ${row}.partner_id and p.deleted_at is null and ${held(row)}
    on conflict (period, region, owner_id, kind) do update set events = events + excluded.events;`;
  const movePartner = (partner: 'old' | 'new', sign: '+' | '-') => `
    insert into engagement_monthly (period, region, owner_id, kind, events)
    select substr(e.start, 1, 7), ${partner}.region, coalesce(${partner}.owner_id, ''), e.kind, ${sign}count(*)
    from care_events e where e.partner_id = new.id and ${partner}.deleted_at is null and ${held('e')}
    group by substr(e.start, 1, 7), e.kind
    on conflict (period, region, owner_id, kind) do update set events = events + excluded.events;`;
  return [
    sql`alter table partners add column last_visit_start text`,
    // Visits due for the whole team read only this: no partner row (notes, address) per partner.
    sql`create index partners_visit_due on partners(status, last_visit_start, partnership_start, created_at,
      visit_cadence_days, type, region, owner_id) where deleted_at is null`,
    sql.raw(`update partners set last_visit_start = (select max(start) from care_events
      where partner_id = partners.id and deleted_at is null and kind = 'visit' and status != 'skipped')`),
    sql.raw(`create trigger care_events_last_visit_insert after insert on care_events
      when new.kind = 'visit' begin ${lastVisit('new.partner_id')} end`),
    sql.raw(`create trigger care_events_last_visit_update after update of start, status, kind, deleted_at,
      partner_id on care_events when old.kind = 'visit' or new.kind = 'visit' begin
      ${lastVisit('old.partner_id')}
      ${lastVisit('new.partner_id')}
    end`),
    sql`create table engagement_monthly (
      period text not null,
      region text not null,
      owner_id text not null default '',
      kind text not null,
      events integer not null default 0,
      primary key (period, region, owner_id, kind)
    ) without rowid`,
    sql.raw(`insert into engagement_monthly (period, region, owner_id, kind, events)
      select substr(e.start, 1, 7), p.region, coalesce(p.owner_id, ''), e.kind, count(*)
      from care_events e join partners p on p.id = e.partner_id and p.deleted_at is null
      where ${held('e')} group by 1, 2, 3, 4`),
    sql.raw(`create trigger engagement_monthly_insert after insert on care_events begin
      ${addHeld('new', '+')}
    end`),
    sql.raw(`create trigger engagement_monthly_update after update on care_events begin
      ${addHeld('old', '-')}
      ${addHeld('new', '+')}
    end`),
    sql.raw(`create trigger partners_move_engagement after update of region, owner_id, deleted_at on partners
      when old.region is not new.region or old.owner_id is not new.owner_id
        or old.deleted_at is not new.deleted_at begin
      ${movePartner('old', '-')}
      ${movePartner('new', '+')}
    end`),
  ];
}

/** The triggers that keep sales_monthly and survey_monthly equal to the sum of live rows. */
function monthlyTriggers() {
  const partnerKey = (alias: string) =>
    `(select region from partners where id = ${alias}.partner_id),
     coalesce((select owner_id from partners where id = ${alias}.partner_id), '')`;
  const addSales = (row: string, sign: '+' | '-') => `
    insert into sales_monthly (period, region, owner_id, currency, revenue_minor, units, orders, records)
    select ${row}.period, ${partnerKey(row)}, ${row}.currency, ${sign}${row}.revenue_minor, ${sign}${row}.units,
      ${sign}${row}.orders, ${sign}1
    where ${row}.deleted_at is null
      and exists (select 1 from partners where id = ${row}.partner_id and deleted_at is null)
    on conflict (period, region, owner_id, currency) do update set
      revenue_minor = revenue_minor + excluded.revenue_minor, units = units + excluded.units,
      orders = orders + excluded.orders, records = records + excluded.records;`;
  const surveyValues = (row: string, sign: '+' | '-') =>
    `${sign}coalesce(${row}.nps >= 9, 0), ${sign}coalesce(${row}.nps between 7 and 8, 0),
     ${sign}coalesce(${row}.nps <= 6, 0),
     ${sign}coalesce(${row}.satisfaction, 0), ${sign}(${row}.satisfaction is not null)`;
  const addSurvey = (row: string, sign: '+' | '-') => `
    insert into survey_monthly (period, region, owner_id, promoters, passives, detractors,
      satisfaction_sum, satisfaction_count)
    select substr(${row}.answered_on, 1, 7), ${partnerKey(row)}, ${surveyValues(row, sign)}
    where ${row}.deleted_at is null
      and exists (select 1 from partners where id = ${row}.partner_id and deleted_at is null)
    on conflict (period, region, owner_id) do update set
      promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
      detractors = detractors + excluded.detractors,
      satisfaction_sum = satisfaction_sum + excluded.satisfaction_sum,
      satisfaction_count = satisfaction_count + excluded.satisfaction_count;`;
  // A partner moving region or owner (or deleted/restored) moves its whole history.
  const movePartner = (partner: 'old' | 'new', sign: '+' | '-') => {
    const live = partner === 'old' ? 'old.deleted_at is null' : 'new.deleted_at is null';
    const region = `${partner}.region`;
    const owner = `coalesce(${partner}.owner_id, '')`;
    return `
    insert into sales_monthly (period, region, owner_id, currency, revenue_minor, units, orders, records)
    select period, ${region}, ${owner}, currency, ${sign}sum(revenue_minor), ${sign}sum(units),
      ${sign}sum(orders), ${sign}count(*)
    from sales_records where partner_id = new.id and deleted_at is null and ${live}
    group by period, currency
    on conflict (period, region, owner_id, currency) do update set
      revenue_minor = revenue_minor + excluded.revenue_minor, units = units + excluded.units,
      orders = orders + excluded.orders, records = records + excluded.records;
    insert into survey_monthly (period, region, owner_id, promoters, passives, detractors,
      satisfaction_sum, satisfaction_count)
    select substr(answered_on, 1, 7), ${region}, ${owner}, ${sign}coalesce(sum(nps >= 9), 0),
      ${sign}coalesce(sum(nps between 7 and 8), 0), ${sign}coalesce(sum(nps <= 6), 0),
      ${sign}sum(coalesce(satisfaction, 0)),
      ${sign}sum(satisfaction is not null)
    from survey_responses where partner_id = new.id and deleted_at is null and ${live}
    group by substr(answered_on, 1, 7)
    on conflict (period, region, owner_id) do update set
      promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
      detractors = detractors + excluded.detractors,
      satisfaction_sum = satisfaction_sum + excluded.satisfaction_sum,
      satisfaction_count = satisfaction_count + excluded.satisfaction_count;`;
  };
  return [
    sql.raw(`create trigger sales_monthly_insert after insert on sales_records begin
      ${addSales('new', '+')}
    end`),
    sql.raw(`create trigger sales_monthly_update after update on sales_records begin
      ${addSales('old', '-')}
      ${addSales('new', '+')}
    end`),
    sql.raw(`create trigger survey_monthly_insert after insert on survey_responses begin
      ${addSurvey('new', '+')}
    end`),
    sql.raw(`create trigger survey_monthly_update after update on survey_responses begin
      ${addSurvey('old', '-')}
      ${addSurvey('new', '+')}
    end`),
    sql.raw(`create trigger partners_move_monthly after update of region, owner_id, deleted_at on partners
      when old.region is not new.region or old.owner_id is not new.owner_id
        or old.deleted_at is not new.deleted_at begin
      ${movePartner('old', '-')}
      ${movePartner('new', '+')}
    end`),
  ];
}
