// Recomputes partners' scores, tiers and churn risk inside a write batch. Derived figures go
// straight into partner_scores (local, never synced); what users see in history — a tier change,
// a retention case opened for a partner newly at risk — comes back as changes that join the batch,
// so undoing the write that caused them undoes them too.
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { RiskLevel, Tier, TierChangeCause } from '../../shared/loyalty';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import type { Database } from '../db/database';
import { derivedId } from '../db/ids';
import { casePlaybookFor, caseReasonText } from './case-reasons';
import { loadPartnerFacts, type PartnerFacts } from './inputs';
import { assessRisk, isAtRisk } from './risk';
import { scorePartner, tierOf } from './score';
import { readLoyaltyConfig, type LoyaltyConfig } from './settings-store';
import { daysBefore, daysBetween } from './windows';

type Db = Transaction<Database>;

export interface RecomputeOptions {
  /** The instant of the batch (tombstones of same-day tier changes carry it). */
  now: string;
  /** The batch changed the tiers themselves: tier changes it causes say so. */
  tiersChanged?: boolean;
}

export interface RecomputeResult {
  changes: FieldChange[];
  partners: number;
  tierChanges: number;
  newlyAtRisk: number;
  casesOpened: number;
}

interface TierChangeRow {
  id: string;
  partnerId: string;
  changedOn: string;
  fromTier: string | null;
  fromName: string | null;
  toTier: string;
  toName: string;
  rank: number;
}

interface PreviousScore {
  tier: string;
  computedTier: string;
  riskSince: string | null;
  episodeCaseId: string | null;
  inputsHash: string;
}

interface State {
  previous: Map<string, PreviousScore>;
  overrides: Map<string, { tier: string; expiresOn: string }>;
  /** The latest two live tier changes of each partner, newest first. */
  latest: Map<string, TierChangeRow[]>;
  /** Tier changes since the tier-drop rule's window began, with a "from" tier. */
  recentChanges: Map<string, TierChangeRow[]>;
  openCases: Map<string, string>;
  /** Case ids already used (a new episode on the same day must not reopen a decided case). */
  takenCaseIds: Set<string>;
}

function filter(column: string, partnerIds: readonly string[] | null) {
  return partnerIds === null
    ? sql``
    : sql`and ${sql.raw(column)} in (select value from json_each(${JSON.stringify(partnerIds)}))`;
}

function groupBy<T extends { partnerId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.partnerId);
    if (list) list.push(row);
    else map.set(row.partnerId, [row]);
  }
  return map;
}

async function loadState(
  trx: Db,
  config: LoyaltyConfig,
  today: string,
  partnerIds: readonly string[] | null,
): Promise<State> {
  const previous = await sql<PreviousScore & { partnerId: string }>`
    select partner_id as "partnerId", tier, computed_tier as "computedTier", risk_since as "riskSince",
      episode_case_id as "episodeCaseId", inputs_hash as "inputsHash"
    from partner_scores where 1 ${filter('partner_id', partnerIds)}`.execute(trx);
  const overrides = await sql<{ partnerId: string; tier: string; expiresOn: string }>`
    select partner_id as "partnerId", tier, expires_on as "expiresOn" from tier_overrides
    where deleted_at is null ${filter('partner_id', partnerIds)}`.execute(trx);
  const changeColumns = sql`id, partner_id as "partnerId", changed_on as "changedOn", from_tier as "fromTier",
    from_name as "fromName", to_tier as "toTier", to_name as "toName"`;
  const latest = await sql<TierChangeRow>`
    select * from (select ${changeColumns}, row_number() over (
      partition by partner_id order by changed_on desc, id desc) as rank
      from tier_changes where deleted_at is null ${filter('partner_id', partnerIds)})
    where rank <= 2 order by "partnerId", rank`.execute(trx);
  const recent = await sql<TierChangeRow>`
    select ${changeColumns}, 0 as rank from tier_changes
    where deleted_at is null and from_tier is not null
      and changed_on >= ${daysBefore(today, config.churnRules.tierDrop.withinDays)}
      ${filter('partner_id', partnerIds)}`.execute(trx);
  const cases = await sql<{ partnerId: string; id: string; outcome: string }>`
    select partner_id as "partnerId", id, outcome from retention_cases
    where deleted_at is null ${filter('partner_id', partnerIds)}
    order by opened_on, id`.execute(trx);
  const openCases = new Map<string, string>();
  for (const c of cases.rows)
    if (c.outcome === 'open' && !openCases.has(c.partnerId)) openCases.set(c.partnerId, c.id);
  return {
    previous: new Map(previous.rows.map((row) => [row.partnerId, row])),
    overrides: new Map(overrides.rows.map((row) => [row.partnerId, row])),
    latest: groupBy(latest.rows),
    recentChanges: groupBy(recent.rows),
    openCases,
    takenCaseIds: new Set(cases.rows.map((c) => c.id)),
  };
}

interface ScoreRow {
  partnerId: string;
  score: number;
  computedTier: string;
  tier: string;
  tierSince: string | null;
  riskLevel: RiskLevel;
  riskReasons: string;
  factors: string;
  riskSince: string | null;
  episodeCaseId: string | null;
  region: string;
  ownerId: string | null;
  status: string;
  computedOn: string;
  inputsHash: string;
}

interface PartnerOutcome {
  row: ScoreRow;
  changes: FieldChange[];
  tierChanged: boolean;
  newlyAtRisk: boolean;
  caseOpened: boolean;
}

/** Statuses whose partners are kept: a prospect or a churned partner gets no retention case. */
const retainableStatuses = new Set(['active', 'paused']);

function computePartner(
  facts: PartnerFacts,
  config: LoyaltyConfig,
  state: State,
  today: string,
  options: RecomputeOptions,
): PartnerOutcome {
  const { tiers } = config;
  const tierByKey = new Map(tiers.map((tier, index) => [tier.key, { tier, index }]));
  const changes: FieldChange[] = [];
  const { score, factors } = scorePartner(facts.inputs, config.factors);
  const computed = tierOf(score, tiers);
  const override = state.overrides.get(facts.id);
  const overrideTier =
    override && override.expiresOn > today ? (tierByKey.get(override.tier)?.tier ?? null) : null;
  const effective: Tier = overrideTier ?? computed;
  const previous = state.previous.get(facts.id);

  // Tier history is the truth about the tier in effect (it is undone with the write that changed it).
  const [latest, beforeLatest] = state.latest.get(facts.id) ?? [];
  let tierSince = latest?.changedOn ?? null;
  let tierChanged = false;
  let todaysChange: TierChangeRow | null = latest?.changedOn === today ? latest : null;
  if (!latest || latest.toTier !== effective.key) {
    tierChanged = true;
    const cause: TierChangeCause = overrideTier
      ? 'override'
      : previous && previous.tier !== previous.computedTier
        ? 'override-ended'
        : options.tiersChanged
          ? 'tiers-changed'
          : 'score';
    const id = derivedId('tier', facts.id, today);
    // A second change on the same day rewrites that day's step; back where the day began, it goes.
    const from = todaysChange
      ? { tier: todaysChange.fromTier, name: todaysChange.fromName }
      : { tier: latest?.toTier ?? null, name: latest?.toName ?? null };
    if (todaysChange && from.tier === effective.key) {
      changes.push(...rowChanges('tierChanges', id, { deletedAt: options.now }));
      tierSince = beforeLatest?.changedOn ?? null;
      todaysChange = null;
    } else {
      changes.push(
        ...rowChanges('tierChanges', id, {
          partnerId: facts.id,
          changedOn: today,
          fromTier: from.tier,
          fromName: from.name,
          toTier: effective.key,
          toName: effective.name,
          score,
          cause,
          deletedAt: null,
        }),
      );
      tierSince = today;
      todaysChange = {
        id,
        partnerId: facts.id,
        changedOn: today,
        fromTier: from.tier,
        fromName: from.name,
        toTier: effective.key,
        toName: effective.name,
        rank: 0,
      };
    }
  }

  // The latest drop within the rule's window, counting the change this batch makes.
  const candidates = (state.recentChanges.get(facts.id) ?? []).filter((c) => c.changedOn !== today);
  if (todaysChange) candidates.push(todaysChange);
  let drop: { daysAgo: number; on: string; fromName: string; toName: string } | null = null;
  for (const change of candidates) {
    const from = change.fromTier ? tierByKey.get(change.fromTier) : undefined;
    const to = tierByKey.get(change.toTier);
    if (!from || !to || to.index <= from.index) continue;
    if (drop && drop.on >= change.changedOn) continue;
    drop = {
      daysAgo: daysBetween(change.changedOn, today),
      on: change.changedOn,
      fromName: change.fromName ?? from.tier.name,
      toName: change.toName,
    };
  }

  const risk = assessRisk(
    {
      salesDrop: facts.salesDrop,
      daysWithoutContact: facts.inputs.daysSinceContact ?? facts.inputs.tenureDays,
      lastContactOn: facts.inputs.lastContactOn,
      detractorDaysAgo: facts.detractorOn ? daysBetween(facts.detractorOn, today) : null,
      detractorOn: facts.detractorOn,
      worstOpenSeverity: facts.worstOpenSeverity,
      openDisputes: facts.inputs.disputes.open,
      brokenCommitments: facts.brokenRecent,
      tierDrop: drop,
    },
    config.churnRules,
  );

  // One case per at-risk episode: it starts when the level reaches "at risk", ends when it falls back.
  let riskSince: string | null = null;
  let episodeCaseId: string | null = null;
  let newlyAtRisk = false;
  let caseOpened = false;
  if (isAtRisk(risk.level)) {
    if (previous?.riskSince) {
      riskSince = previous.riskSince;
      episodeCaseId = previous.episodeCaseId;
    } else {
      newlyAtRisk = true;
      riskSince = today;
      const open = state.openCases.get(facts.id);
      if (open) episodeCaseId = open;
      else if (retainableStatuses.has(facts.status)) {
        let id = derivedId('loyalty-case', facts.id, riskSince);
        for (let n = 2; state.takenCaseIds.has(id); n++)
          id = derivedId('loyalty-case', facts.id, riskSince, String(n));
        const { situation, playbookId } = casePlaybookFor(risk.reasons);
        changes.push(
          ...rowChanges('retentionCases', id, {
            partnerId: facts.id,
            situation,
            reason: caseReasonText(risk.reasons),
            source: 'loyalty',
            disputeId: null,
            ownerId: facts.ownerId,
            openedOn: today,
            outcome: 'open',
            outcomeOn: null,
            outcomeNote: '',
            playbookId: null,
            suggestedPlaybookId: playbookId,
            revision: 0,
            deletedAt: null,
          }),
        );
        episodeCaseId = id;
        caseOpened = true;
      }
    }
  }

  const row: ScoreRow = {
    partnerId: facts.id,
    score,
    computedTier: computed.key,
    tier: effective.key,
    tierSince,
    riskLevel: risk.level,
    riskReasons: JSON.stringify(risk.reasons),
    factors: JSON.stringify(factors),
    riskSince,
    episodeCaseId,
    region: facts.region,
    ownerId: facts.ownerId,
    status: facts.status,
    computedOn: today,
    inputsHash: '',
  };
  row.inputsHash = createHash('sha1').update(JSON.stringify(row)).digest('base64');
  return { row, changes, tierChanged, newlyAtRisk, caseOpened };
}

const scoreColumns = [
  'partner_id',
  'score',
  'computed_tier',
  'tier',
  'tier_since',
  'risk_level',
  'risk_reasons',
  'factors',
  'risk_since',
  'episode_case_id',
  'region',
  'owner_id',
  'status',
  'computed_on',
  'inputs_hash',
] as const;
const writeChunk = 5000;

/** Upserts score rows: one statement per few thousand rows, each row a JSON array. */
async function writeScores(trx: Db, rows: readonly ScoreRow[]): Promise<void> {
  const columns = sql.raw(scoreColumns.join(', '));
  const values = sql.raw(scoreColumns.map((_, i) => `value ->> ${i}`).join(', '));
  const updates = sql.raw(
    scoreColumns
      .slice(1)
      .map((c) => `${c} = excluded.${c}`)
      .join(', '),
  );
  for (let i = 0; i < rows.length; i += writeChunk) {
    const chunk = rows
      .slice(i, i + writeChunk)
      .map((r) => [
        r.partnerId,
        r.score,
        r.computedTier,
        r.tier,
        r.tierSince,
        r.riskLevel,
        r.riskReasons,
        r.factors,
        r.riskSince,
        r.episodeCaseId,
        r.region,
        r.ownerId,
        r.status,
        r.computedOn,
        r.inputsHash,
      ]);
    await sql`insert into partner_scores (${columns}) select ${values} from json_each(${JSON.stringify(chunk)})
      where true on conflict (partner_id) do update set ${updates}`.execute(trx);
  }
}

/**
 * Recomputes the given partners (null: everyone, set-based) as of `today`; writes partner_scores and
 * returns the tier changes and retention cases that must join the batch.
 */
export async function recomputePartners(
  trx: Db,
  partnerIds: readonly string[] | null,
  today: string,
  options: RecomputeOptions,
): Promise<RecomputeResult> {
  const config = await readLoyaltyConfig(trx);
  const facts = await loadPartnerFacts(trx, config, today, partnerIds);
  const state = await loadState(trx, config, today, partnerIds);
  const result: RecomputeResult = {
    changes: [],
    partners: 0,
    tierChanges: 0,
    newlyAtRisk: 0,
    casesOpened: 0,
  };
  const rows: ScoreRow[] = [];
  const ids = [...facts.keys()].sort();
  for (const id of ids) {
    const outcome = computePartner(facts.get(id)!, config, state, today, options);
    result.partners++;
    for (const change of outcome.changes) result.changes.push(change);
    if (outcome.tierChanged) result.tierChanges++;
    if (outcome.newlyAtRisk) result.newlyAtRisk++;
    if (outcome.caseOpened) result.casesOpened++;
    if (state.previous.get(id)?.inputsHash !== outcome.row.inputsHash) rows.push(outcome.row);
  }
  await writeScores(trx, rows);
  // Deleted partners leave the derived table (a restore recomputes them).
  if (partnerIds === null) {
    await sql`delete from partner_scores where partner_id not in (select id from partners where deleted_at is null)`.execute(
      trx,
    );
  } else {
    const gone = partnerIds.filter((id) => !facts.has(id));
    if (gone.length > 0) {
      await sql`delete from partner_scores where partner_id in (select value from json_each(${JSON.stringify(gone)}))`.execute(
        trx,
      );
    }
  }
  return result;
}

/** Today's counts per region, owner, tier and risk level, for the dashboard's trends. */
export async function writeSnapshot(trx: Db, today: string): Promise<void> {
  await sql`delete from loyalty_snapshots where day = ${today}`.execute(trx);
  await sql`insert into loyalty_snapshots (day, region, owner_id, tier, risk_level, partners)
    select ${today}, region, coalesce(owner_id, ''), tier, risk_level, count(*) from partner_scores
    where status in ('active', 'paused')
    group by region, coalesce(owner_id, ''), tier, risk_level`.execute(trx);
}
