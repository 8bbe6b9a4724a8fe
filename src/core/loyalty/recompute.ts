// Recomputes partners' scores, tiers and churn risk inside a write batch. Derived figures go
// straight into partner_scores (local, never synced); what users see in history — a tier change,
// a retention case opened for a partner newly at risk — comes back as changes that join the batch,
// so undoing the write that caused them undoes them too.
import { sql, type Transaction } from 'kysely';
import type { RiskLevel, Tier, TierChangeCause } from '../../shared/loyalty';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import type { Database } from '../db/database';
import { derivedId } from '../db/ids';
import { casePlaybookFor, caseReasonText } from './case-reasons';
import { loadPartnerFacts, type PartnerFacts } from './inputs';
import { jsonRows, partnerFilter } from './json-rows';
import { encodeInputs } from './stored-inputs';
import { assessRisk, isAtRisk } from './risk';
import { scoreOf, tierOf } from './score';
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
  /** The latest live tier change of each partner. */
  latest: Map<string, TierChangeRow>;
  /** Tier changes since the tier-drop rule's window began, with a "from" tier. */
  recentChanges: Map<string, TierChangeRow[]>;
  openCases: Map<string, string>;
}

const changeColumns = ['id', 'partnerId', 'changedOn', 'fromTier', 'fromName', 'toTier', 'toName'] as const;
type ChangeTuple = [string, string, string, string | null, string | null, string, string];
const changeSelect = sql`id, partner_id as "partnerId", changed_on as "changedOn", from_tier as "fromTier",
  from_name as "fromName", to_tier as "toTier", to_name as "toName"`;
const toChange = ([
  id,
  partnerId,
  changedOn,
  fromTier,
  fromName,
  toTier,
  toName,
]: ChangeTuple): TierChangeRow => ({
  id,
  partnerId,
  changedOn,
  fromTier,
  fromName,
  toTier,
  toName,
});

async function loadState(
  trx: Db,
  config: LoyaltyConfig,
  today: string,
  partnerIds: readonly string[] | null,
): Promise<State> {
  const previous = await jsonRows<[string, string, string, string | null, string | null, string]>(
    trx,
    ['partnerId', 'tier', 'computedTier', 'riskSince', 'episodeCaseId', 'inputsHash'],
    sql`select partner_id as "partnerId", tier, computed_tier as "computedTier", risk_since as "riskSince",
      episode_case_id as "episodeCaseId", inputs_hash as "inputsHash"
    from partner_scores where 1 ${partnerFilter('partner_id', partnerIds)}`,
  );
  const overrides = await jsonRows<[string, string, string]>(
    trx,
    ['partnerId', 'tier', 'expiresOn'],
    sql`select partner_id as "partnerId", tier, expires_on as "expiresOn" from tier_overrides
    where deleted_at is null ${partnerFilter('partner_id', partnerIds)}`,
  );
  // The row holding max(changed_on) per partner (one change per partner and day, by its id).
  const latest = await jsonRows<[...ChangeTuple, string]>(
    trx,
    [...changeColumns, 'lastOn'],
    sql`select ${changeSelect}, max(changed_on) as "lastOn" from tier_changes
    where deleted_at is null ${partnerFilter('partner_id', partnerIds)} group by partner_id`,
  );
  const recent = await jsonRows<ChangeTuple>(
    trx,
    changeColumns,
    sql`select ${changeSelect} from tier_changes
    where deleted_at is null and from_tier is not null
      and changed_on >= ${daysBefore(today, config.churnRules.tierDrop.withinDays)}
      ${partnerFilter('partner_id', partnerIds)}`,
  );
  const cases = await jsonRows<[string, string]>(
    trx,
    ['partnerId', 'id'],
    sql`select partner_id as "partnerId", min(id) as id from retention_cases
    where deleted_at is null and outcome = 'open' ${partnerFilter('partner_id', partnerIds)}
    group by partner_id`,
  );
  const recentChanges = new Map<string, TierChangeRow[]>();
  for (const tuple of recent) {
    const change = toChange(tuple);
    const list = recentChanges.get(change.partnerId);
    if (list) list.push(change);
    else recentChanges.set(change.partnerId, [change]);
  }
  return {
    previous: new Map(
      previous.map(([partnerId, tier, computedTier, riskSince, episodeCaseId, inputsHash]) => [
        partnerId,
        { tier, computedTier, riskSince, episodeCaseId, inputsHash },
      ]),
    ),
    overrides: new Map(overrides.map(([partnerId, tier, expiresOn]) => [partnerId, { tier, expiresOn }])),
    latest: new Map(latest.map((tuple) => [tuple[1], toChange(tuple.slice(0, 7) as ChangeTuple)])),
    recentChanges,
    openCases: new Map(cases),
  };
}

/** The tier change before a partner's latest (needed only when today's change is taken back). */
async function changeBefore(trx: Db, partnerId: string, day: string): Promise<string | null> {
  const row = await trx
    .selectFrom('tierChanges')
    .select('changedOn')
    .where('partnerId', '=', partnerId)
    .where('deletedAt', 'is', null)
    .where('changedOn', '<', day)
    .orderBy('changedOn', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.changedOn ?? null;
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
  /** The retention case this partner's new episode opens (its id is settled after the loop). */
  newCase: Record<string, string | number | null> | null;
  /** Today's change was taken back: the tier is as of the change before it (looked up after). */
  tierSinceBefore: boolean;
}

/**
 * A 53-bit hash of a row (cyrb53): only compared with the same partner's previous one, so a
 * collision is as unlikely as 1 in 2^53, and it is a tenth of the cost of a cryptographic hash.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const tierIndexes = new WeakMap<readonly Tier[], Map<string, { tier: Tier; index: number }>>();

/** Tiers by key with their rank (0 is the top), built once per recompute. */
function tierIndex(tiers: readonly Tier[]): Map<string, { tier: Tier; index: number }> {
  let index = tierIndexes.get(tiers);
  if (!index)
    tierIndexes.set(tiers, (index = new Map(tiers.map((tier, i) => [tier.key, { tier, index: i }]))));
  return index;
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
  const tierByKey = tierIndex(tiers);
  const changes: FieldChange[] = [];
  const score = scoreOf(facts.inputs, config.factors);
  const computed = tierOf(score, tiers);
  const override = state.overrides.get(facts.id);
  const overrideTier =
    override && override.expiresOn > today ? (tierByKey.get(override.tier)?.tier ?? null) : null;
  const effective: Tier = overrideTier ?? computed;
  const previous = state.previous.get(facts.id);

  // Tier history is the truth about the tier in effect (it is undone with the write that changed it).
  const latest = state.latest.get(facts.id);
  let tierSince = latest?.changedOn ?? null;
  let tierSinceBefore = false;
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
      tierSince = null;
      tierSinceBefore = true;
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
      contactCountedFrom: facts.inputs.lastContactOn ?? facts.inputs.startedOn,
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
  let newCase: PartnerOutcome['newCase'] = null;
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
        const { situation, playbookId } = casePlaybookFor(risk.reasons);
        newCase = {
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
        };
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
    // The inputs, not the explanation: the explanation is scorePartner(inputs, settings) again, and
    // a full recompute writes a fraction of the bytes.
    factors: encodeInputs(facts.inputs),
    riskSince,
    episodeCaseId,
    region: facts.region,
    ownerId: facts.ownerId,
    status: facts.status,
    computedOn: today,
    inputsHash: '',
  };
  return { row, changes, tierChanged, newlyAtRisk, newCase, tierSinceBefore };
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
 * Gives each new episode's case its id: derived from partner and day, so two computers open the
 * same case; a second episode on the same day (the first case already decided) gets the next one.
 */
async function settleNewCases(
  trx: Db,
  outcomes: PartnerOutcome[],
  today: string,
  result: RecomputeResult,
): Promise<void> {
  const opening = outcomes.filter((outcome) => outcome.newCase !== null);
  if (opening.length === 0) return;
  const candidate = (partnerId: string, n: number) =>
    n === 1
      ? derivedId('loyalty-case', partnerId, today)
      : derivedId('loyalty-case', partnerId, today, String(n));
  const taken = async (ids: string[]) =>
    new Set(
      (
        await trx
          .selectFrom('retentionCases')
          .select('id')
          .where('deletedAt', 'is', null)
          .where(sql<boolean>`id in (select value from json_each(${JSON.stringify(ids)}))`)
          .execute()
      ).map((row) => row.id),
    );
  const firstTaken = await taken(opening.map((outcome) => candidate(outcome.row.partnerId, 1)));
  for (const outcome of opening) {
    const partnerId = outcome.row.partnerId;
    let id = candidate(partnerId, 1);
    if (firstTaken.has(id)) {
      let n = 2;
      while ((await taken([(id = candidate(partnerId, n))])).has(id)) n++;
    }
    for (const change of rowChanges('retentionCases', id, outcome.newCase!)) result.changes.push(change);
    outcome.row.episodeCaseId = id;
    result.casesOpened++;
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
  const outcomes: PartnerOutcome[] = [];
  for (const id of [...facts.keys()].sort()) {
    const outcome = computePartner(facts.get(id)!, config, state, today, options);
    outcomes.push(outcome);
    result.partners++;
    for (const change of outcome.changes) result.changes.push(change);
    if (outcome.tierChanged) result.tierChanges++;
    if (outcome.newlyAtRisk) result.newlyAtRisk++;
  }
  await settleNewCases(trx, outcomes, today, result);
  const rows: ScoreRow[] = [];
  for (const { row, tierSinceBefore } of outcomes) {
    if (tierSinceBefore) row.tierSince = await changeBefore(trx, row.partnerId, today);
    // The day it was computed is left out: a row that did not change is not rewritten, and
    // computed_on says when it last changed (the full recompute's day is kept apart).
    row.inputsHash = fingerprint(
      [
        row.score,
        row.computedTier,
        row.tier,
        row.tierSince,
        row.riskLevel,
        row.riskReasons,
        row.factors,
        row.riskSince,
        row.episodeCaseId,
        row.region,
        row.ownerId,
        row.status,
      ].join('\u001f'),
    );
    if (state.previous.get(row.partnerId)?.inputsHash !== row.inputsHash) rows.push(row);
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
