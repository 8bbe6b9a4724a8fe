// Posting awards: when a batch approves or reverses claims, the rules engine recomputes what the
// affected partners' rules give for the periods those claims fall in, and the ledger receives the
// difference (earn when more, reverse when less), inside the same batch. Periods the batch did not
// touch keep what they were given (a tier change later does not re-price an earlier month).
// Caps count what the rule already awarded: this partner's other periods, and for a program cap
// every partner's awards so far (first approved, first served).
import type { Transaction } from 'kysely';
import { CoreError } from '../../shared/errors';
import type { AwardExplanation } from '../../shared/programs';
import { rowChanges, type DeriveChanges, type FieldChange } from '../db/apply-changes';
import type { Database } from '../db/database';
import { derivedId } from '../db/ids';
import { partnerBalance } from '../ledger/balance';
import { evaluatePartner } from './engine/partner-awards';
import { addMonthsToDay, periodKey, periodOfCalc } from './engine/periods';
import { awardKey, capKey, type PartnerTier, type RuleOutcome } from './engine/types';
import {
  allRules,
  approvedClaimRows,
  claimDaysFor,
  engineClaim,
  lineNeeds,
  partnerTiers,
  postedAwardRows,
  postedAwardsOf,
  productCategories,
  programAwardTotals,
  readProgramFacts,
  type LineNeeds,
  type ProgramFacts,
} from './program-inputs';

interface DecidedClaim {
  id: string;
  programId: string;
  partnerId: string;
  invoiceNumber: string;
  invoiceDate: string;
  status: string;
  decidedOn: string | null;
  decisionReason: string;
}

/** The write path's hook for claims: returns ledger entries for the claims a batch decided. */
export const deriveAwards: DeriveChanges = async (trx, applied, now, actor) => {
  const claimIds = applied
    .filter((row) => row.table === 'claims' && row.fields.includes('status'))
    .map((row) => row.rowId);
  if (claimIds.length === 0) return [];
  const decided: DecidedClaim[] = [];
  for (let i = 0; i < claimIds.length; i += 500) {
    decided.push(
      ...(await trx
        .selectFrom('claims')
        .select([
          'id',
          'programId',
          'partnerId',
          'invoiceNumber',
          'invoiceDate',
          'status',
          'decidedOn',
          'decisionReason',
        ])
        .where('id', 'in', claimIds.slice(i, i + 500))
        // Submitted and rejected claims never had awards: nothing to post.
        .where('status', 'in', ['approved', 'reversed'])
        .execute()),
    );
  }
  const groups = new Map<string, DecidedClaim[]>();
  for (const claim of decided) {
    const key = `${claim.programId}|${claim.partnerId}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const changes: FieldChange[] = [];
  const programs = new Map<string, ProgramContext | null>();
  const tiers = await partnerTiers(trx, [...new Set(decided.map((claim) => claim.partnerId))]);
  for (const claims of groups.values()) {
    const { programId, partnerId } = claims[0]!;
    if (!programs.has(programId)) programs.set(programId, await programContext(trx, programId));
    const program = programs.get(programId);
    if (!program) continue;
    changes.push(
      ...(await partnerAwardChanges(trx, program, claims, tiers.get(partnerId) ?? null, now, actor)),
    );
  }
  return changes;
};

/** What every partner of a program shares within one batch, read once. */
interface ProgramContext {
  facts: ProgramFacts;
  needs: LineNeeds;
  categories: Map<string, string>;
  /**
   * Every partner's awards per rule (program caps), kept up to date with the entries this batch
   * adds, so partners decided together share a program cap as if decided one after the other.
   */
  programTotals: Map<string, number>;
}

async function programContext(trx: Transaction<Database>, programId: string): Promise<ProgramContext | null> {
  const facts = await readProgramFacts(trx, programId);
  if (!facts) return null;
  const needs = lineNeeds(facts.versions);
  const capped = allRules(facts.versions).some((rule) => rule.capPerProgram !== null);
  const [categories, programTotals] = await Promise.all([
    productCategories(trx, needs),
    capped ? programAwardTotals(trx, programId) : Promise.resolve(new Map<string, number>()),
  ]);
  return { facts, needs, categories, programTotals };
}

async function partnerAwardChanges(
  trx: Transaction<Database>,
  context: ProgramContext,
  decided: readonly DecidedClaim[],
  tier: PartnerTier | null,
  now: string,
  actor: string,
): Promise<FieldChange[]> {
  const { facts: program, needs, categories, programTotals } = context;
  const partnerId = decided[0]!.partnerId;
  const days = decided.map((claim) => claim.invoiceDate);
  const range = claimDaysFor(program, days);
  if (!range) return [];
  const [rows, posted] = await Promise.all([
    approvedClaimRows(trx, program.id, range, partnerId, needs),
    postedAwardRows(trx, program.id, partnerId),
  ]);
  const outcomes = evaluatePartner({
    versions: program.versions,
    claims: rows.map((row) => engineClaim(row, needs, categories)),
    tier,
    days,
    posted: postedAwardsOf(posted, programTotals),
  }).filter((outcome) => outcome.total !== outcome.posted);
  if (outcomes.length === 0) return [];

  await refuseNegativePoints(trx, program, partnerId, outcomes);
  const postedOn =
    decided.reduce<string | null>(
      (latest, claim) =>
        claim.decidedOn && (!latest || claim.decidedOn > latest) ? claim.decidedOn : latest,
      null,
    ) ?? now.slice(0, 10);
  const lastEarns = await lastEarnEntries(trx, program.id, partnerId, outcomes);
  const entriesByKey = new Map(
    posted.map((row) => [
      awardKey(row.ruleKey ?? '', row.ruleVersion ?? 1, row.period ?? 'program', row.unit),
      row.entries,
    ]),
  );
  const changes: FieldChange[] = [];
  for (const outcome of outcomes) {
    const delta = outcome.total - outcome.posted;
    const cap = capKey(outcome.ruleKey, outcome.unit);
    programTotals.set(cap, (programTotals.get(cap) ?? 0) + delta);
    const claim = claimOfOutcome(program, decided, outcome);
    const explanation: AwardExplanation =
      outcome.posted === 0
        ? outcome.explanation
        : {
            ...outcome.explanation,
            steps: [
              ...outcome.explanation.steps,
              { step: 'previous', total: outcome.total, alreadyPosted: outcome.posted, delta },
            ],
          };
    changes.push(
      ...rowChanges(
        'ledgerEntries',
        awardEntryId(program.id, partnerId, outcome, entriesByKey.get(outcome.key) ?? 0),
        {
          programId: program.id,
          partnerId,
          kind: delta > 0 ? 'earn' : 'reverse',
          unit: outcome.unit,
          amount: delta,
          postedOn,
          expiresOn:
            delta > 0 && outcome.unit === 'points' && program.pointsExpiryMonths !== null
              ? addMonthsToDay(postedOn, program.pointsExpiryMonths)
              : null,
          claimId: claim.id,
          redemptionId: null,
          // A reversal names the award it takes back, so expiry takes those points first.
          reversesId: delta < 0 ? (lastEarns.get(outcome.key) ?? null) : null,
          ruleKey: outcome.ruleKey,
          ruleVersion: outcome.version,
          period: outcome.period,
          explanation,
          reason: delta < 0 ? claim.decisionReason : '',
          actorId: actor,
        },
      ),
    );
  }
  return changes;
}

/**
 * An award entry's id says which step of its key's total it posts: the how-many-th entry of the
 * key, from what was posted to the new total. Two computers that decide the same claim while
 * offline post the same step, so team sync keeps one entry, not two; any other step is a
 * different entry (a re-approval after a reversal is step 3, not step 1 again).
 */
export function awardEntryId(
  programId: string,
  partnerId: string,
  outcome: RuleOutcome,
  entriesBefore: number,
): string {
  return derivedId(
    'award',
    programId,
    partnerId,
    outcome.key,
    String(entriesBefore),
    String(outcome.posted),
    String(outcome.total),
  );
}

/** The decided claim an entry is posted for: the first whose invoice falls in the outcome's period. */
function claimOfOutcome(
  program: ProgramFacts,
  decided: readonly DecidedClaim[],
  outcome: RuleOutcome,
): DecidedClaim {
  const rule = program.versions
    .find((version) => version.version === outcome.version)
    ?.rules.find((candidate) => candidate.key === outcome.ruleKey);
  const period = rule ? periodOfCalc(rule.calc) : 'month';
  return decided.find((claim) => periodKey(period, claim.invoiceDate) === outcome.period) ?? decided[0]!;
}

/** The latest earn entry per award key: what a reversal of that key takes back first. */
async function lastEarnEntries(
  trx: Transaction<Database>,
  programId: string,
  partnerId: string,
  outcomes: readonly RuleOutcome[],
): Promise<Map<string, string>> {
  const negative = outcomes.filter((outcome) => outcome.total < outcome.posted);
  const found = new Map<string, string>();
  if (negative.length === 0) return found;
  const rows = await trx
    .selectFrom('ledgerEntries')
    .select(['id', 'ruleKey', 'ruleVersion', 'period', 'unit'])
    .where('programId', '=', programId)
    .where('partnerId', '=', partnerId)
    .where('kind', '=', 'earn')
    .where('ruleKey', 'in', [...new Set(negative.map((outcome) => outcome.ruleKey))])
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    found.set(`${row.ruleKey}|${row.ruleVersion}|${row.period}|${row.unit}`, row.id);
  }
  return found;
}

const count = new Intl.NumberFormat('en-US');

/**
 * Taking back points the partner no longer holds (redeemed or expired) would leave a negative
 * balance: refused, so the whole decision rolls back and nothing is half-written.
 */
async function refuseNegativePoints(
  trx: Transaction<Database>,
  program: ProgramFacts,
  partnerId: string,
  outcomes: readonly RuleOutcome[],
): Promise<void> {
  const change = outcomes
    .filter((outcome) => outcome.unit === 'points')
    .reduce((sum, outcome) => sum + outcome.total - outcome.posted, 0);
  if (change >= 0) return;
  const balance = (await partnerBalance(trx, program.id, partnerId)).points;
  if (balance + change >= 0) return;
  const partner = await trx
    .selectFrom('partners')
    .select('name')
    .where('id', '=', partnerId)
    .executeTakeFirst();
  const missing = -(balance + change);
  throw new CoreError({
    code: 'CONFLICT',
    message:
      `This takes back ${count.format(-change)} points from ${partner?.name ?? 'the partner'} in ${program.name}, ` +
      `but the balance is ${count.format(balance)}: ${count.format(missing)} points were already redeemed or expired. ` +
      'Reject or reverse the redemption first (or add an adjustment), then decide again.',
    details: { missingPoints: missing, balance, takenBack: -change },
  });
}
