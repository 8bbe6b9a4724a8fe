// One partner's score explained: factors, tier and history, override, churn risk and its reasons.
// A partner never scored, or last scored before today, is recomputed first (days move on).
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import {
  riskReasonSchema,
  type FactorResult,
  type LoyaltyFactors,
  type PartnerLoyalty,
  type RiskReason,
  type Tier,
} from '../../shared/loyalty';
import type { CoreContext } from '../context';
import { requireLivePartner } from '../references';
import { lastFullRecomputeOn, recomputeInOwnBatch } from './recompute-all';
import { scorePartner } from './score';
import { decodeInputs } from './stored-inputs';
import { daysBetween } from './windows';
import { readLoyaltyConfig } from './settings-store';

/** The explanation of a stored score: partner_scores keeps the inputs, the settings give the rest. */
function explain(stored: string, factors: LoyaltyFactors, today: string): FactorResult[] {
  const inputs = decodeInputs(stored, today);
  return inputs ? scorePartner(inputs, factors).factors : [];
}

/** Reasons as stored, with "days without contact" counted to the reader's today. */
function withDays(reason: RiskReason, today: string): RiskReason {
  const since = reason.detail.since;
  if (reason.rule !== 'noContact' || typeof since !== 'string') return reason;
  return { ...reason, detail: { ...reason.detail, days: daysBetween(since, today) } };
}

function parseList<T>(text: string, parse: (value: unknown) => T | null): T[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.flatMap((item) => parse(item) ?? []) : [];
  } catch {
    return [];
  }
}

const asReason = (value: unknown): RiskReason | null => riskReasonSchema.safeParse(value).data ?? null;

export async function partnerLoyalty(
  ctx: CoreContext,
  input: ParsedInput<'loyalty.partner'>,
): Promise<ProcedureOutput<'loyalty.partner'>> {
  await requireLivePartner(ctx, input.partnerId);
  const readScore = () =>
    ctx.db
      .selectFrom('partnerScores')
      .selectAll()
      .where('partnerId', '=', input.partnerId)
      .executeTakeFirst();
  let score = await readScore();
  // A row is rewritten only when it changes, so it is current when it or the last full
  // recompute is from today.
  if (!score || (score.computedOn < input.today && ((await lastFullRecomputeOn(ctx)) ?? '') < input.today)) {
    const partner = await ctx.db
      .selectFrom('partners')
      .select('name')
      .where('id', '=', input.partnerId)
      .executeTakeFirstOrThrow();
    await recomputeInOwnBatch(ctx, [input.partnerId], input.today, `Recompute loyalty of ${partner.name}`);
    score = await readScore();
  }
  if (!score) throw new CoreError({ code: 'NOT_FOUND', message: 'This partner has no loyalty score.' });

  const { tiers, factors } = await readLoyaltyConfig(ctx.db);
  const tierRef = (key: string, fallbackName?: string) => {
    const tier = tiers.find((candidate) => candidate.key === key);
    return tier ? { key, name: tier.name } : { key, name: fallbackName ?? key };
  };
  const history = await ctx.db
    .selectFrom('tierChanges')
    .select(['id', 'changedOn', 'fromTier', 'fromName', 'toTier', 'toName', 'score', 'cause'])
    .where('partnerId', '=', input.partnerId)
    .where('deletedAt', 'is', null)
    .orderBy('changedOn', 'desc')
    .orderBy('id', 'desc')
    .execute();

  return {
    partnerId: input.partnerId,
    score: score.score,
    computedOn: score.computedOn,
    tier: tierRef(score.tier, history[0]?.toName),
    computedTier: tierRef(score.computedTier),
    tierSince: score.tierSince,
    nextTier: nextTierOf(score.score, tiers),
    override: await activeOverride(ctx, input.partnerId, input.today, tierRef),
    factors: explain(score.factors, factors, input.today),
    risk: {
      level: score.riskLevel,
      since: score.riskSince,
      reasons: parseList(score.riskReasons, asReason).map((reason) => withDays(reason, input.today)),
      caseId: score.episodeCaseId ?? (await openCaseOf(ctx, input.partnerId)),
    },
    history,
  } satisfies PartnerLoyalty;
}

/** The next tier up from the score's own tier, and the points it needs. */
function nextTierOf(score: number, tiers: readonly Tier[]): PartnerLoyalty['nextTier'] {
  const above = tiers.filter((tier) => tier.minScore > score);
  const next = above[above.length - 1];
  return next
    ? { key: next.key, name: next.name, minScore: next.minScore, pointsNeeded: next.minScore - score }
    : null;
}

async function openCaseOf(ctx: CoreContext, partnerId: string): Promise<string | null> {
  const open = await ctx.db
    .selectFrom('retentionCases')
    .select('id')
    .where('partnerId', '=', partnerId)
    .where('outcome', '=', 'open')
    .where('deletedAt', 'is', null)
    .orderBy('openedOn')
    .executeTakeFirst();
  return open?.id ?? null;
}

/** The override in force today, with who set it (the author of its last change). */
async function activeOverride(
  ctx: CoreContext,
  partnerId: string,
  today: string,
  tierRef: (key: string) => { key: string; name: string },
): Promise<PartnerLoyalty['override']> {
  const row = await ctx.db
    .selectFrom('tierOverrides')
    .selectAll()
    .where('partnerId', '=', partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row || row.expiresOn <= today) return null;
  const author = await ctx.db
    .selectFrom('changeLog as c')
    .innerJoin('batches as b', 'b.id', 'c.batchId')
    .leftJoin('owners as o', 'o.id', 'b.actor')
    .select(['o.name'])
    .where('c.rowId', '=', row.id)
    .orderBy('c.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    tier: tierRef(row.tier),
    reason: row.reason,
    expiresOn: row.expiresOn,
    revision: row.revision,
    setBy: author?.name ?? null,
    setAt: row.updatedAt,
  };
}
