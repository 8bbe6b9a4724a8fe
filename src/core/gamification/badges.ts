// A partner's badges in a program: the facts are read here, the rules are in badge-rules.ts.
import type { Kysely } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { Badge } from '../../shared/ledger';
import type { Rule } from '../../shared/programs';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';
import { badgesOf } from './badge-rules';
import { leaderboardRank } from './leaderboard';
import { programFacts } from './program-facts';

export async function listPartnerBadges(
  ctx: CoreContext,
  input: ParsedInput<'programs.badges'>,
): Promise<ProcedureOutput<'programs.badges'>> {
  await programFacts(ctx.db, input.programId);
  return partnerBadges(ctx.db, input.programId, input.partnerId, input.today);
}

/** Keys of the rules that were ever target rules in the program (any version). */
async function targetRuleKeys(db: Kysely<Database>, programId: string): Promise<string[]> {
  const versions = await db
    .selectFrom('programRuleVersions')
    .select('rules')
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .execute();
  const keys = new Set<string>();
  for (const version of versions) {
    for (const rule of JSON.parse(version.rules) as Rule[])
      if (rule.calc.kind === 'target') keys.add(rule.key);
  }
  return [...keys];
}

/** A partner's badges in a program (the statement and the partner page show them). */
export async function partnerBadges(
  db: Kysely<Database>,
  programId: string,
  partnerId: string,
  today: string,
): Promise<Badge[]> {
  const [claims, entries, targetKeys, rank] = await Promise.all([
    db
      .selectFrom('claims')
      .select('decidedOn')
      .where('partnerId', '=', partnerId)
      .where('programId', '=', programId)
      .where('deletedAt', 'is', null)
      .where('status', '=', 'approved')
      .execute(),
    db
      .selectFrom('ledgerEntries')
      .select(['kind', 'unit', 'postedOn', 'amount', 'ruleKey'])
      .where('partnerId', '=', partnerId)
      .where('programId', '=', programId)
      .where('kind', 'in', ['earn', 'reverse'])
      .execute(),
    targetRuleKeys(db, programId),
    leaderboardRank(db, programId, partnerId, today),
  ]);
  return badgesOf({
    approvedClaimDays: claims.flatMap((c) => (c.decidedOn ? [c.decidedOn] : [])),
    // Only points count towards the marks; a target bonus paid in money still reaches the target.
    pointEntries: entries
      .filter((e) => e.unit === 'points')
      .map((e) => ({ postedOn: e.postedOn, amount: e.amount })),
    targetAwardDays: entries
      .filter(
        (e) => e.kind === 'earn' && e.amount > 0 && e.ruleKey !== null && targetKeys.includes(e.ruleKey),
      )
      .map((e) => e.postedOn),
    rank: rank?.position ?? null,
  });
}
