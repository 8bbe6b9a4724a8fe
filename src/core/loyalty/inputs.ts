// Reads what the score and the churn rules are computed from. One set of set-based queries, each
// grouped by partner: for all partners (the full recompute reads every table once, no query per
// partner) or, with `partnerIds`, for a few partners through the per-partner indexes.
import { sql, type Transaction } from 'kysely';
import { openDisputeStatuses, type DisputeSeverity } from '../../shared/disputes';
import { disputeSeverities } from '../../shared/disputes';
import type { PartnerStatus } from '../../shared/partners';
import type { Database } from '../db/database';
import { jsonRows, partnerFilter } from './json-rows';
import type { ScoreInputs } from './score';
import type { LoyaltyConfig } from './settings-store';
import { addMonths } from '../../shared/periods';
import { daysBefore, daysBetween, monthsBefore, monthsWindow, type PeriodWindow } from './windows';

export interface PartnerFacts {
  id: string;
  name: string;
  region: string;
  ownerId: string | null;
  status: PartnerStatus;
  inputs: ScoreInputs;
  salesDrop: { recentMinor: number; priorMinor: number };
  brokenRecent: number;
  worstOpenSeverity: DisputeSeverity | null;
  detractorOn: string | null;
}

type Db = Transaction<Database>;

const num = (value: unknown) => Number(value ?? 0);

export async function loadPartnerFacts(
  trx: Db,
  config: LoyaltyConfig,
  today: string,
  partnerIds: readonly string[] | null,
): Promise<Map<string, PartnerFacts>> {
  const { factors, churnRules } = config;
  const facts = new Map<string, PartnerFacts>();

  const partners = await jsonRows<[string, string, string, string | null, PartnerStatus, string]>(
    trx,
    ['id', 'name', 'region', 'ownerId', 'status', 'startedOn'],
    sql`select id, name, region, owner_id as "ownerId", status,
      coalesce(partnership_start, substr(created_at, 1, 10)) as "startedOn"
    from partners where deleted_at is null ${partnerFilter('id', partnerIds)}`,
  );
  for (const [id, name, region, ownerId, status, startedOn] of partners) {
    facts.set(id, {
      id,
      name,
      region,
      ownerId,
      status,
      inputs: {
        sales: {
          records: 0,
          volumeMinor: 0,
          recentMinor: 0,
          priorMinor: 0,
          activeMonths: 0,
          lastPeriod: addMonths(today.slice(0, 7), -1),
        },
        engagement: { visits: 0, meetings: 0, trainings: 0, greetings: 0, visitNotes: 0, claims: 0 },
        lastContactOn: null,
        daysSinceContact: null,
        commitments: { kept: 0, broken: 0 },
        disputes: { open: 0, points: 0 },
        startedOn,
        tenureDays: daysBetween(startedOn, today),
        nps: { answers: 0, sum: 0 },
        satisfaction: { answers: 0, sum: 0 },
      },
      salesDrop: { recentMinor: 0, priorMinor: 0 },
      brokenRecent: 0,
      worstOpenSeverity: null,
      detractorOn: null,
    });
  }
  if (facts.size === 0) return facts;

  await loadSales(trx, facts, config, today, partnerIds);
  await loadContacts(trx, facts, config, today, partnerIds);

  const commitmentsFrom = monthsBefore(today, factors.commitmentsKept.months);
  const brokenFrom = daysBefore(today, churnRules.brokenCommitments.withinDays);
  const commitments = await jsonRows<[string, number, number, number]>(
    trx,
    ['partnerId', 'kept', 'broken', 'brokenRecent'],
    sql`select partner_id as "partnerId",
      sum(status = 'kept' and due_date >= ${commitmentsFrom}) as kept,
      sum(status = 'broken' and due_date >= ${commitmentsFrom}) as broken,
      sum(status = 'broken' and due_date >= ${brokenFrom}) as "brokenRecent"
    from commitments
    where deleted_at is null and status in ('kept', 'broken') and due_date <= ${today}
      and due_date >= min(${commitmentsFrom}, ${brokenFrom}) ${partnerFilter('partner_id', partnerIds)}
    group by partner_id`,
  );
  for (const [partnerId, kept, broken, brokenRecent] of commitments) {
    const f = facts.get(partnerId);
    if (!f) continue;
    f.inputs.commitments = { kept: num(kept), broken: num(broken) };
    f.brokenRecent = num(brokenRecent);
  }

  const disputes = await jsonRows<[string, number, number, number]>(
    trx,
    ['partnerId', 'open', 'points', 'worst'],
    sql`select dp.partner_id as "partnerId", count(*) as open,
      sum(case d.severity when 'low' then 1 when 'medium' then 2 when 'high' then 3 else 5 end) as points,
      max(case d.severity when 'low' then 0 when 'medium' then 1 when 'high' then 2 else 3 end) as worst
    from dispute_partners dp join disputes d on d.id = dp.dispute_id
    where d.deleted_at is null and d.status in (${sql.join([...openDisputeStatuses])})
      ${partnerFilter('dp.partner_id', partnerIds)}
    group by dp.partner_id`,
  );
  for (const [partnerId, open, points, worst] of disputes) {
    const f = facts.get(partnerId);
    if (!f) continue;
    f.inputs.disputes = { open: num(open), points: num(points) };
    f.worstOpenSeverity = disputeSeverities[num(worst)] ?? null;
  }

  await loadSurveys(trx, facts, config, today, partnerIds);
  return facts;
}

async function loadSales(
  trx: Db,
  facts: Map<string, PartnerFacts>,
  { factors, churnRules }: LoyaltyConfig,
  today: string,
  partnerIds: readonly string[] | null,
): Promise<void> {
  const windows = {
    volume: monthsWindow(today, factors.salesVolume.months),
    recent: monthsWindow(today, factors.salesGrowth.months),
    prior: monthsWindow(today, factors.salesGrowth.months, 1),
    dropRecent: monthsWindow(today, churnRules.salesDrop.months),
    dropPrior: monthsWindow(today, churnRules.salesDrop.months, 1),
  };
  const regular = monthsWindow(today, factors.orderRegularity.months);
  // Windows that coincide (by default the volume and growth years) are summed once: each sum is
  // work per sales record, and there are millions.
  const keyOf = (w: PeriodWindow) => `${w.from}/${w.to}`;
  const distinct = [...new Map(Object.values(windows).map((w) => [keyOf(w), w])).values()];
  const sums = distinct.map(
    (w, i) =>
      sql`coalesce(sum(case when period >= ${w.from} and period < ${w.to} then revenue_minor end), 0)
        as ${sql.raw(`w${i}`)}`,
  );
  const rows = await jsonRows<[string, number, number, ...number[]]>(
    trx,
    ['partnerId', 'records', 'activeMonths', ...distinct.map((_, i) => `w${i}`)],
    sql`select partner_id as "partnerId", count(*) as records,
      coalesce(sum(period >= ${regular.from} and period < ${regular.to} and (orders > 0 or revenue_minor > 0)), 0)
        as "activeMonths", ${sql.join(sums)}
    from sales_records where deleted_at is null ${partnerFilter('partner_id', partnerIds)}
    group by partner_id`,
  );
  const column = (w: PeriodWindow) => 3 + distinct.findIndex((d) => keyOf(d) === keyOf(w));
  const at = {
    volume: column(windows.volume),
    recent: column(windows.recent),
    prior: column(windows.prior),
    dropRecent: column(windows.dropRecent),
    dropPrior: column(windows.dropPrior),
  };
  for (const row of rows) {
    const [partnerId, records, activeMonths] = row;
    const f = facts.get(partnerId);
    if (!f) continue;
    f.inputs.sales = {
      records: num(records),
      volumeMinor: num(row[at.volume]),
      recentMinor: num(row[at.recent]),
      priorMinor: num(row[at.prior]),
      activeMonths: num(activeMonths),
      lastPeriod: f.inputs.sales.lastPeriod,
    };
    f.salesDrop = { recentMinor: num(row[at.dropRecent]), priorMinor: num(row[at.dropPrior]) };
  }
}

/**
 * Engagement in the window and the last contact ever: care events held (visits, meetings,
 * trainings), visit notes written without a planned visit (a planned one is already counted),
 * greetings sent, and calls or meetings logged on the partner's cases. Program participation
 * (sales claims made in the window, not rejected) counts as engagement but not as a contact.
 */
async function loadContacts(
  trx: Db,
  facts: Map<string, PartnerFacts>,
  { factors }: LoyaltyConfig,
  today: string,
  partnerIds: readonly string[] | null,
): Promise<void> {
  const from = monthsBefore(today, factors.engagement.months);
  const rows = await jsonRows<[string, number, number, number, number, number, number, string | null]>(
    trx,
    ['partnerId', 'visits', 'meetings', 'trainings', 'greetings', 'notes', 'claims', 'lastOn'],
    sql`select partner_id as "partnerId", sum(kind = 'visit' and day >= ${from}) as visits,
        sum(kind = 'meeting' and day >= ${from}) as meetings,
        sum(kind = 'training' and day >= ${from}) as trainings, 0 as greetings, 0 as notes, 0 as claims,
        max(day) as "lastOn"
      from (select partner_id, kind, substr(start, 1, 10) as day from care_events
        where deleted_at is null and status = 'done' and kind in ('visit', 'meeting', 'training')
          and substr(start, 1, 10) <= ${today} ${partnerFilter('partner_id', partnerIds)})
      group by partner_id
    union all
    select partner_id, 0, 0, 0, 0, sum(date >= ${from} and care_event_id is null), 0, max(date)
      from visit_notes where deleted_at is null and date <= ${today} ${partnerFilter('partner_id', partnerIds)}
      group by partner_id
    union all
    select partner_id, 0, 0, 0, sum(sent_on >= ${from}), 0, 0, max(sent_on)
      from greetings where deleted_at is null and sent_on <= ${today} ${partnerFilter('partner_id', partnerIds)}
      group by partner_id
    union all
    select partner_id, 0, 0, 0, 0, 0, count(*), null
      from claims where deleted_at is null and status != 'rejected' and invoice_date >= ${from}
        and invoice_date <= ${today} ${partnerFilter('partner_id', partnerIds)}
      group by partner_id
    union all
    ${caseContacts(today, partnerIds)}`,
  );
  for (const [partnerId, visits, meetings, trainings, greetings, notes, claims, lastOn] of rows) {
    const f = facts.get(partnerId);
    if (!f) continue;
    const e = f.inputs.engagement;
    e.visits += num(visits);
    e.meetings += num(meetings);
    e.trainings += num(trainings);
    e.greetings += num(greetings);
    e.visitNotes += num(notes);
    e.claims += num(claims);
    if (lastOn && (f.inputs.lastContactOn === null || lastOn > f.inputs.lastContactOn)) {
      f.inputs.lastContactOn = lastOn;
      f.inputs.daysSinceContact = daysBetween(lastOn, today);
    }
  }
}

/**
 * The last call or meeting logged on each partner's cases. For everyone, each case's last one is
 * found first (one pass over the dispute_entries_contact index) and then spread to its parties;
 * for a few partners, their cases are looked up first.
 */
function caseContacts(today: string, partnerIds: readonly string[] | null) {
  if (partnerIds === null) {
    return sql`select dp.partner_id, 0, 0, 0, 0, 0, 0, max(e.last_on)
      from (select dispute_id, max(substr(at, 1, 10)) as last_on from dispute_entries
        where deleted_at is null and kind in ('call', 'meeting') and substr(at, 1, 10) <= ${today}
        group by dispute_id) e
      join disputes d on d.id = e.dispute_id and d.deleted_at is null
      join dispute_partners dp on dp.dispute_id = e.dispute_id
      group by dp.partner_id`;
  }
  return sql`select dp.partner_id, 0, 0, 0, 0, 0, 0, max(substr(e.at, 1, 10))
      from dispute_partners dp
      join disputes d on d.id = dp.dispute_id and d.deleted_at is null
      join dispute_entries e on e.dispute_id = dp.dispute_id
      where e.deleted_at is null and e.kind in ('call', 'meeting') and substr(e.at, 1, 10) <= ${today}
        ${partnerFilter('dp.partner_id', partnerIds)}
      group by dp.partner_id`;
}

/** Each contact's latest NPS and latest satisfaction answer (an answer without a contact stands alone). */
async function loadSurveys(
  trx: Db,
  facts: Map<string, PartnerFacts>,
  { factors }: LoyaltyConfig,
  today: string,
  partnerIds: readonly string[] | null,
): Promise<void> {
  const npsFrom = monthsBefore(today, factors.nps.months);
  const satisfactionFrom = monthsBefore(today, factors.satisfaction.months);
  // Each contact's latest answer: SQLite returns the answer of the row holding max(answered_on)
  // (the index orders ties by value, so every computer picks the same one). An answer without a
  // contact is its own respondent.
  const latest = (column: 'nps' | 'satisfaction') => sql`
    select partner_id, max(answered_on) as answered_on, ${sql.raw(column)} as answer
      from survey_responses
      where deleted_at is null and contact_id is not null and ${sql.raw(column)} is not null
        and answered_on <= ${today} ${partnerFilter('partner_id', partnerIds)}
      group by partner_id, contact_id
    union all
    select partner_id, answered_on, ${sql.raw(column)}
      from survey_responses
      where deleted_at is null and contact_id is null and ${sql.raw(column)} is not null
        and answered_on <= ${today} ${partnerFilter('partner_id', partnerIds)}`;
  const rows = await jsonRows<[string, number, number, string | null, number, number]>(
    trx,
    ['partnerId', 'npsAnswers', 'npsSum', 'detractorOn', 'satisfactionAnswers', 'satisfactionSum'],
    sql`select partner_id as "partnerId", sum(answered_on >= ${npsFrom}) as "npsAnswers",
        coalesce(sum(case when answered_on >= ${npsFrom} then answer end), 0) as "npsSum",
        max(case when answer <= 6 then answered_on end) as "detractorOn",
        0 as "satisfactionAnswers", 0 as "satisfactionSum"
      from (${latest('nps')}) group by partner_id
    union all
    select partner_id, 0, 0, null, sum(answered_on >= ${satisfactionFrom}),
        coalesce(sum(case when answered_on >= ${satisfactionFrom} then answer end), 0)
      from (${latest('satisfaction')}) group by partner_id`,
  );
  for (const [partnerId, npsAnswers, npsSum, detractorOn, satisfactionAnswers, satisfactionSum] of rows) {
    const f = facts.get(partnerId);
    if (!f) continue;
    f.inputs.nps.answers += num(npsAnswers);
    f.inputs.nps.sum += num(npsSum);
    f.inputs.satisfaction.answers += num(satisfactionAnswers);
    f.inputs.satisfaction.sum += num(satisfactionSum);
    if (detractorOn) f.detractorOn = detractorOn;
  }
}
