// The partner statement: balance, entries (oldest first), expiring points, tier, targets, badges and
// rank, in the partner's language (the one asked for, else the main contact's if a statement can be
// printed in it, else English).
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { statementLanguages, type StatementLanguage } from '../../shared/ledger';
import type { CoreContext } from '../context';
import { partnerBadges } from '../gamification/badges';
import { leaderboardRank } from '../gamification/leaderboard';
import { targetProgress } from '../incentives/target-progress';
import { readLoyaltyConfig } from '../loyalty/settings-store';
import { partnerBalance } from './balance';
import { entryQuery, replayPartner, toLedgerEntry } from './entries';
import { pointsExpiring } from './lots';
import { requireProgram } from './program-partner';
import { CoreError } from '../../shared/errors';

/** Entries a statement prints; a longer ledger says it was cut. */
const statementEntryCap = 1000;

export async function partnerStatement(
  ctx: CoreContext,
  input: ParsedInput<'ledger.statement'>,
): Promise<ProcedureOutput<'ledger.statement'>> {
  const program = await requireProgram(ctx.db, input.programId);
  const partner = await ctx.db
    .selectFrom('partners')
    .select(['id', 'name', 'city', 'country', 'address'])
    .where('id', '=', input.partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!partner)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This partner does not exist or was deleted.' });
  const [language, balance, replay, rows, tier, targets, badges, rank] = await Promise.all([
    input.language ?? contactLanguage(ctx, input.partnerId),
    partnerBalance(ctx.db, input.programId, input.partnerId),
    replayPartner(ctx.db, input.programId, input.partnerId),
    entryQuery(ctx.db)
      .where('e.partnerId', '=', input.partnerId)
      .where('e.programId', '=', input.programId)
      .orderBy('e.postedOn')
      .orderBy('e.createdAt')
      .orderBy('e.id')
      .limit(statementEntryCap + 1)
      .execute(),
    tierStanding(ctx, input.partnerId),
    targetProgress(ctx.db, input.programId, input.partnerId, input.today),
    partnerBadges(ctx.db, input.programId, input.partnerId, input.today),
    leaderboardRank(ctx.db, input.programId, input.partnerId, input.today),
  ]);
  return {
    language,
    today: input.today,
    partner,
    program: {
      id: program.id,
      name: program.name,
      kind: program.kind,
      startsOn: program.startsOn,
      endsOn: program.endsOn,
      currency: program.currency,
      pointsExpiryMonths: program.pointsExpiryMonths,
    },
    balance,
    expiring: pointsExpiring(replay, input.today),
    entries: rows.slice(0, statementEntryCap).map(toLedgerEntry),
    truncated: rows.length > statementEntryCap,
    tier,
    targets,
    badges,
    rank,
  };
}

/** The preferred language of the partner's main contact (the first one added), if printable. */
async function contactLanguage(ctx: CoreContext, partnerId: string): Promise<StatementLanguage> {
  const contact = await ctx.db
    .selectFrom('contacts')
    .select('preferredLanguage')
    .where('partnerId', '=', partnerId)
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .orderBy('id')
    .executeTakeFirst();
  const preferred = contact?.preferredLanguage as string | undefined;
  return statementLanguages.find((language) => language === preferred) ?? 'en';
}

/** The partner's tier in effect and how many score points the next tier up needs. */
async function tierStanding(ctx: CoreContext, partnerId: string) {
  const [score, config] = await Promise.all([
    ctx.db
      .selectFrom('partnerScores')
      .select(['score', 'tier'])
      .where('partnerId', '=', partnerId)
      .executeTakeFirst(),
    readLoyaltyConfig(ctx.db),
  ]);
  if (!score) return { name: null, nextName: null, pointsToNext: null };
  const current = config.tiers.find((tier) => tier.key === score.tier);
  // Tiers are listed highest first: the next one up is the lowest of those above the current.
  const above = config.tiers.filter((tier) => tier.minScore > (current?.minScore ?? score.score));
  const next = above[above.length - 1];
  return {
    name: current?.name ?? score.tier,
    nextName: next?.name ?? null,
    pointsToNext: next ? Math.max(0, next.minScore - score.score) : null,
  };
}
