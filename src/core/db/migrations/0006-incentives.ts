// Migration 6: incentive and loyalty programs. Products (the catalog rules and claims refer to),
// programs with versioned rules and explicit enrolment, sales claims, the append-only points
// ledger, rewards and redemptions, and fund allocations and requests (rebates, MDF, co-op).
// Frozen in time: never import application code here.
import { sql, type Kysely } from 'kysely';

const entity = `created_at text not null, updated_at text not null, deleted_at text`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql.raw(`create table products (
      id text primary key,
      sku text not null,
      name text not null,
      category text not null default '',
      -- JSON array of other codes partners write for this product.
      aliases text not null default '[]',
      active integer not null default 1,
      ${entity}
    )`),
    sql`create index products_sku on products(upper(sku)) where deleted_at is null`,
    sql`create index products_category on products(category) where deleted_at is null`,

    sql.raw(`create table programs (
      id text primary key,
      name text not null,
      kind text not null,
      description text not null default '',
      starts_on text not null,
      ends_on text not null,
      -- JSON {partnerTypes, tiers, regions, partnerIds}: each non-empty list narrows.
      eligibility text not null default '{}',
      budget_minor integer not null default 0,
      currency text not null,
      point_value_minor integer not null default 0,
      points_expiry_months integer,
      status text not null default 'draft',
      revision integer not null default 0,
      ${entity}
    )`),
    sql`create index programs_status on programs(status, starts_on) where deleted_at is null`,
    // A program's rules as data: version 1 is edited in place until something is awarded; after
    // that a change is a new version applying to invoices from its effective day.
    sql.raw(`create table program_rule_versions (
      id text primary key,
      program_id text not null references programs(id),
      version integer not null,
      effective_from text not null,
      rules text not null default '[]',
      ${entity}
    )`),
    sql`create index program_rule_versions_program on program_rule_versions(program_id, version)
      where deleted_at is null`,
    // Enrolment is explicit; the id is derived from program and partner, so enrolling again after
    // leaving reuses the row (left_on back to null) and two computers converge on one row.
    sql.raw(`create table program_enrollments (
      id text primary key,
      program_id text not null references programs(id),
      partner_id text not null references partners(id),
      enrolled_on text not null,
      left_on text,
      ${entity}
    )`),
    sql`create index program_enrollments_program on program_enrollments(program_id, partner_id)
      where deleted_at is null and left_on is null`,
    sql`create index program_enrollments_partner on program_enrollments(partner_id, program_id)
      where deleted_at is null`,

    // A sales claim with its lines (JSON: sku, productId, quantity, amountMinor, serialNumbers) and
    // invoice attachments. invoice_key is the invoice number normalised for duplicate checks.
    sql.raw(`create table claims (
      id text primary key,
      program_id text not null references programs(id),
      partner_id text not null references partners(id),
      invoice_number text not null,
      invoice_key text not null,
      invoice_date text not null,
      lines text not null default '[]',
      line_count integer not null default 0,
      total_minor integer not null default 0,
      units integer not null default 0,
      currency text not null,
      attachments text not null default '[]',
      note text not null default '',
      status text not null default 'submitted',
      decision_reason text not null default '',
      decided_on text,
      decided_by text,
      import_id text,
      revision integer not null default 0,
      ${entity}
    )`),
    sql`create index claims_program on claims(program_id, status, invoice_date) where deleted_at is null`,
    // A partner's claims by program and day; the status makes it covering for the loyalty score's
    // count of claims made (program participation), which reads no claim rows.
    sql`create index claims_partner on claims(partner_id, program_id, invoice_date, status)
      where deleted_at is null`,
    sql`create index claims_invoice on claims(invoice_key, partner_id) where deleted_at is null`,
    sql`create index claims_import on claims(import_id) where import_id is not null and deleted_at is null`,

    // The ledger: append-only, signed amounts in points or minor units. A balance is always the sum
    // of entries; a correction is a new entry. The database refuses edits and deletes.
    sql.raw(`create table ledger_entries (
      id text primary key,
      program_id text not null references programs(id),
      partner_id text not null references partners(id),
      kind text not null,
      unit text not null,
      amount integer not null,
      posted_on text not null,
      expires_on text,
      claim_id text,
      redemption_id text,
      reverses_id text,
      rule_key text,
      rule_version integer,
      period text,
      -- JSON AwardExplanation for awards: the rule, the inputs and the arithmetic.
      explanation text,
      reason text not null default '',
      actor_id text,
      ${entity}
    )`),
    // Balances, participants' totals and the points leaderboard: one covering index scan.
    sql`create index ledger_balance on ledger_entries(program_id, partner_id, unit, kind, amount)`,
    sql`create index ledger_partner on ledger_entries(partner_id, program_id, posted_on)`,
    // What is already posted for a rule and period (awards post the difference).
    sql`create index ledger_rule on ledger_entries(program_id, partner_id, rule_key, period)
      where rule_key is not null`,
    sql`create index ledger_claim on ledger_entries(claim_id) where claim_id is not null`,
    sql`create index ledger_redemption on ledger_entries(redemption_id) where redemption_id is not null`,
    sql`create index ledger_reverses on ledger_entries(reverses_id) where reverses_id is not null`,
    sql`create index ledger_expiry on ledger_entries(program_id, expires_on)
      where kind = 'earn' and unit = 'points' and expires_on is not null`,
    sql`create trigger ledger_entries_no_update before update on ledger_entries begin
      select raise(abort, 'ledger entries are append-only: post a reversing entry instead');
    end`,
    sql`create trigger ledger_entries_no_delete before delete on ledger_entries begin
      select raise(abort, 'ledger entries are append-only: post a reversing entry instead');
    end`,

    // Derived, local: each partner's points balance, points earned (earn entries net of their
    // reversals) and money per program, kept by a trigger on the append-only ledger so the
    // leaderboard ranks a thousand partners without summing a million entries. Balances shown to
    // people are still summed from the entries; tests check this table always agrees with them.
    sql`create table ledger_partner_totals (
      program_id text not null,
      partner_id text not null,
      points integer not null default 0,
      earned_points integer not null default 0,
      money_minor integer not null default 0,
      primary key (program_id, partner_id)
    ) without rowid`,
    sql`create index ledger_partner_totals_earned on ledger_partner_totals(program_id, earned_points)`,
    sql`create trigger ledger_partner_totals_insert after insert on ledger_entries begin
      insert or ignore into ledger_partner_totals(program_id, partner_id)
        values (new.program_id, new.partner_id);
      update ledger_partner_totals set
        points = points + (case when new.unit = 'points' then new.amount else 0 end),
        money_minor = money_minor + (case when new.unit = 'money' then new.amount else 0 end),
        earned_points = earned_points + (case when new.unit = 'points' and (new.kind = 'earn'
          or (new.kind = 'reverse' and coalesce((select r.kind from ledger_entries r
            where r.id = new.reverses_id), 'earn') = 'earn')) then new.amount else 0 end)
      where program_id = new.program_id and partner_id = new.partner_id;
    end`,

    sql.raw(`create table rewards (
      id text primary key,
      program_id text not null references programs(id),
      name text not null,
      kind text not null,
      description text not null default '',
      points_cost integer not null,
      stock integer,
      -- JSON array of tier keys that may redeem it; empty: every tier.
      tiers text not null default '[]',
      active integer not null default 1,
      revision integer not null default 0,
      ${entity}
    )`),
    sql`create index rewards_program on rewards(program_id) where deleted_at is null`,
    sql.raw(`create table redemptions (
      id text primary key,
      program_id text not null references programs(id),
      partner_id text not null references partners(id),
      reward_id text not null references rewards(id),
      quantity integer not null,
      points integer not null,
      status text not null default 'requested',
      notes text not null default '',
      decided_on text,
      revision integer not null default 0,
      ${entity}
    )`),
    sql`create index redemptions_program on redemptions(program_id, status) where deleted_at is null`,
    sql`create index redemptions_partner on redemptions(partner_id, program_id) where deleted_at is null`,
    sql`create index redemptions_reward on redemptions(reward_id, status, quantity) where deleted_at is null`,

    // One allocation per program and partner (derived id).
    sql.raw(`create table fund_allocations (
      id text primary key,
      program_id text not null references programs(id),
      partner_id text not null references partners(id),
      amount_minor integer not null,
      note text not null default '',
      ${entity}
    )`),
    sql`create index fund_allocations_program on fund_allocations(program_id, partner_id) where deleted_at is null`,
    sql.raw(`create table fund_requests (
      id text primary key,
      program_id text not null references programs(id),
      partner_id text not null references partners(id),
      activity text not null,
      planned_on text not null,
      amount_minor integer not null,
      approved_minor integer,
      reimbursed_minor integer,
      currency text not null,
      status text not null default 'submitted',
      note text not null default '',
      decision_reason text not null default '',
      -- JSON attachment refs: proof of performance after the activity.
      attachments text not null default '[]',
      proof_note text not null default '',
      decided_on text,
      reimbursed_on text,
      revision integer not null default 0,
      ${entity}
    )`),
    sql`create index fund_requests_program on fund_requests(program_id, status) where deleted_at is null`,
    sql`create index fund_requests_partner on fund_requests(partner_id, program_id) where deleted_at is null`,
  ];
  for (const statement of statements) await statement.execute(db);
}
