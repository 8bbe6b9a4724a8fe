// Reads what the score and the churn rules are computed from. One set of set-based queries, each
// grouped by partner: for all partners (the full recompute reads every table once, no query per
// partner) or, with `partnerIds`, for a few partners through the per-partner indexes.
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { openDisputeStatuses, type DisputeSeverity } from '../../shared/disputes';
import { disputeSeverities } from '../../shared/disputes';
import type { PartnerStatus } from '../../shared/partners';
import type { Database } from '../db/database';
import type { ScoreInputs } from './score';
import type { LoyaltyConfig } from './settings-store';
import { daysBefore, daysBetween, monthsBefore, monthsWindow, shiftPeriod } from './windows';

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

/** `and <column> in (the ids)`, or nothing for everyone (one JSON parameter, any number of ids). */
function partnerFilter(column: string, partnerIds: readonly string[] | null): RawBuilder<unknown> {
  return partnerIds === null
    ? sql``
    : sql`and ${sql.raw(column)} in (select value from json_each(${JSON.stringify(partnerIds)}))`;
}

const num = (value: unknown) => Number(value ?? 0);

export async function loadPartnerFacts(
  trx: Db,
  config: LoyaltyConfig,
  today: string,
  partnerIds: readonly string[] | null,
): Promise<Map<string, PartnerFacts>> {
  const { factors, churnRules } = config;
  const facts = new Map<string, PartnerFacts>();

  const partners = await sql<{
    id: string;
    name: string;
    region: string;
    ownerId: string | null;
    status: PartnerStatus;
    startedOn: string;
  }>`select id, name, region, owner_id as "ownerId", status,
      coalesce(partnership_start, substr(created_at, 1, 10)) as "startedOn"
    from partners where deleted_at is null ${partnerFilter('id', partnerIds)}`.execute(trx);
  for (const p of partners.rows) {
    facts.set(p.id, {
      id: p.id,
      name: p.name,
      region: p.region,
      ownerId: p.ownerId,
      status: p.status,
      inputs: {
        sales: {
          records: 0,
          volumeMinor: 0,
          recentMinor: 0,
          priorMinor: 0,
          activeMonths: 0,
          lastPeriod: shiftPeriod(today.slice(0, 7), -1),
        },
        engagement: { visits: 0, meetings: 0, trainings: 0, greetings: 0, visitNotes: 0 },
        lastContactOn: null,
        daysSinceContact: null,
        commitments: { kept: 0, broken: 0 },
        disputes: { open: 0, points: 0 },
        startedOn: p.startedOn,
        tenureDays: daysBetween(p.startedOn, today),
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
  const commitments = await sql<{ partnerId: string; kept: number; broken: number; brokenRecent: number }>`
    select partner_id as "partnerId",
      sum(status = 'kept' and due_date >= ${commitmentsFrom}) as kept,
      sum(status = 'broken' and due_date >= ${commitmentsFrom}) as broken,
      sum(status = 'broken' and due_date >= ${brokenFrom}) as "brokenRecent"
    from commitments
    where deleted_at is null and status in ('kept', 'broken') and due_date <= ${today}
      and due_date >= min(${commitmentsFrom}, ${brokenFrom}) ${partnerFilter('partner_id', partnerIds)}
    group by partner_id`.execute(trx);
  for (const row of commitments.rows) {
    const f = facts.get(row.partnerId);
    if (!f) continue;
    f.inputs.commitments = { kept: num(row.kept), broken: num(row.broken) };
    f.brokenRecent = num(row.brokenRecent);
  }

  const disputes = await sql<{ partnerId: string; open: number; points: number; worst: number }>`
    select dp.partner_id as "partnerId", count(*) as open,
      sum(case d.severity when 'low' then 1 when 'medium' then 2 when 'high' then 3 else 5 end) as points,
      max(case d.severity when 'low' then 0 when 'medium' then 1 when 'high' then 2 else 3 end) as worst
    from dispute_partners dp join disputes d on d.id = dp.dispute_id
    where d.deleted_at is null and d.status in (${sql.join([...openDisputeStatuses])})
      ${partnerFilter('dp.partner_id', partnerIds)}
    group by dp.partner_id`.execute(trx);
  for (const row of disputes.rows) {
    const f = facts.get(row.partnerId);
    if (!f) continue;
    f.inputs.disputes = { open: num(row.open), points: num(row.points) };
    f.worstOpenSeverity = disputeSeverities[num(row.worst)] ?? null;
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
  const volume = monthsWindow(today, factors.salesVolume.months);
  const recent = monthsWindow(today, factors.salesGrowth.months);
  const prior = monthsWindow(today, factors.salesGrowth.months, 1);
  const regular = monthsWindow(today, factors.orderRegularity.months);
  const dropRecent = monthsWindow(today, churnRules.salesDrop.months);
  const dropPrior = monthsWindow(today, churnRules.salesDrop.months, 1);
  const inWindow = (w: { from: string; to: string }) => sql`period >= ${w.from} and period < ${w.to}`;
  const sum = (w: { from: string; to: string }) =>
    sql`coalesce(sum(case when ${inWindow(w)} then revenue_minor end), 0)`;
  const rows = await sql<{
    partnerId: string;
    records: number;
    volumeMinor: number;
    recentMinor: number;
    priorMinor: number;
    activeMonths: number;
    dropRecentMinor: number;
    dropPriorMinor: number;
  }>`select partner_id as "partnerId", count(*) as records,
      ${sum(volume)} as "volumeMinor", ${sum(recent)} as "recentMinor", ${sum(prior)} as "priorMinor",
      coalesce(sum(${inWindow(regular)} and (orders > 0 or revenue_minor > 0)), 0) as "activeMonths",
      ${sum(dropRecent)} as "dropRecentMinor", ${sum(dropPrior)} as "dropPriorMinor"
    from sales_records where deleted_at is null ${partnerFilter('partner_id', partnerIds)}
    group by partner_id`.execute(trx);
  for (const row of rows.rows) {
    const f = facts.get(row.partnerId);
    if (!f) continue;
    f.inputs.sales = {
      records: num(row.records),
      volumeMinor: num(row.volumeMinor),
      recentMinor: num(row.recentMinor),
      priorMinor: num(row.priorMinor),
      activeMonths: num(row.activeMonths),
      lastPeriod: f.inputs.sales.lastPeriod,
    };
    f.salesDrop = { recentMinor: num(row.dropRecentMinor), priorMinor: num(row.dropPriorMinor) };
  }
}

/**
 * Engagement in the window and the last contact ever: care events held (visits, meetings,
 * trainings), visit notes written without a planned visit (a planned one is already counted),
 * greetings sent, and calls or meetings logged on the partner's cases.
 */
async function loadContacts(
  trx: Db,
  facts: Map<string, PartnerFacts>,
  { factors }: LoyaltyConfig,
  today: string,
  partnerIds: readonly string[] | null,
): Promise<void> {
  const from = monthsBefore(today, factors.engagement.months);
  const rows = await sql<{
    partnerId: string;
    visits: number;
    meetings: number;
    trainings: number;
    greetings: number;
    notes: number;
    lastOn: string | null;
  }>`select partner_id as "partnerId", sum(kind = 'visit' and day >= ${from}) as visits,
        sum(kind = 'meeting' and day >= ${from}) as meetings,
        sum(kind = 'training' and day >= ${from}) as trainings, 0 as greetings, 0 as notes,
        max(day) as "lastOn"
      from (select partner_id, kind, substr(start, 1, 10) as day from care_events
        where deleted_at is null and status = 'done' and kind in ('visit', 'meeting', 'training')
          and substr(start, 1, 10) <= ${today} ${partnerFilter('partner_id', partnerIds)})
      group by partner_id
    union all
    select partner_id, 0, 0, 0, 0, sum(date >= ${from} and care_event_id is null), max(date)
      from visit_notes where deleted_at is null and date <= ${today} ${partnerFilter('partner_id', partnerIds)}
      group by partner_id
    union all
    select partner_id, 0, 0, 0, sum(sent_on >= ${from}), 0, max(sent_on)
      from greetings where deleted_at is null and sent_on <= ${today} ${partnerFilter('partner_id', partnerIds)}
      group by partner_id
    union all
    select dp.partner_id, 0, 0, 0, 0, 0, max(substr(e.at, 1, 10))
      from dispute_partners dp
      join disputes d on d.id = dp.dispute_id and d.deleted_at is null
      join dispute_entries e on e.dispute_id = dp.dispute_id
      where e.deleted_at is null and e.kind in ('call', 'meeting') and substr(e.at, 1, 10) <= ${today}
        ${partnerFilter('dp.partner_id', partnerIds)}
      group by dp.partner_id`.execute(trx);
  for (const row of rows.rows) {
    const f = facts.get(row.partnerId);
    if (!f) continue;
    const e = f.inputs.engagement;
    e.visits += num(row.visits);
    e.meetings += num(row.meetings);
    e.trainings += num(row.trainings);
    e.greetings += num(row.greetings);
    e.visitNotes += num(row.notes);
    if (row.lastOn && (f.inputs.lastContactOn === null || row.lastOn > f.inputs.lastContactOn)) {
      f.inputs.lastContactOn = row.lastOn;
      f.inputs.daysSinceContact = daysBetween(row.lastOn, today);
    }
  }
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
  const latest = (column: 'nps' | 'satisfaction') => sql`
    select partner_id, answered_on, ${sql.raw(column)} as answer from (
      select partner_id, answered_on, ${sql.raw(column)}, row_number() over (
        partition by partner_id, coalesce(contact_id, id) order by answered_on desc, id desc) as rank
      from survey_responses
      where deleted_at is null and ${sql.raw(column)} is not null and answered_on <= ${today}
        ${partnerFilter('partner_id', partnerIds)})
    where rank = 1`;
  const rows = await sql<{
    partnerId: string;
    npsAnswers: number;
    npsSum: number;
    detractorOn: string | null;
    satisfactionAnswers: number;
    satisfactionSum: number;
  }>`select partner_id as "partnerId", sum(answered_on >= ${npsFrom}) as "npsAnswers",
        coalesce(sum(case when answered_on >= ${npsFrom} then answer end), 0) as "npsSum",
        max(case when answer <= 6 then answered_on end) as "detractorOn",
        0 as "satisfactionAnswers", 0 as "satisfactionSum"
      from (${latest('nps')}) group by partner_id
    union all
    select partner_id, 0, 0, null, sum(answered_on >= ${satisfactionFrom}),
        coalesce(sum(case when answered_on >= ${satisfactionFrom} then answer end), 0)
      from (${latest('satisfaction')}) group by partner_id`.execute(trx);
  for (const row of rows.rows) {
    const f = facts.get(row.partnerId);
    if (!f) continue;
    f.inputs.nps.answers += num(row.npsAnswers);
    f.inputs.nps.sum += num(row.npsSum);
    f.inputs.satisfaction.answers += num(row.satisfactionAnswers);
    f.inputs.satisfaction.sum += num(row.satisfactionSum);
    if (row.detractorOn) f.detractorOn = row.detractorOn;
  }
}
