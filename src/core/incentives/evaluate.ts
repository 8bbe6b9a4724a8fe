// The month's settlement check: a dry run of every rule of a program over its approved claims,
// against what the ledger holds, for every partner (enrolled, or with claims or awards in it).
//
// Which periods a month stands for, per rule: month rules and rate rules (which settle per
// invoice month) give the month itself ('2026-11'); quarter rules give the quarter containing the
// month ('2026-Q4'), and program rules the whole program ('program'), each evaluated in full over
// all its approved claims so far — brackets and targets accumulate over the whole stretch, so a
// month alone would not say what the ledger should hold. Caps count what the ledger holds for the
// rule elsewhere, exactly as posting does, so an up-to-date ledger always matches.
//
// Claims are read in one statement for the stretch (lines parsed only when a rule filters by
// product or category) and grouped in memory; ledger sums in one grouped statement.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { ProgramEvaluation } from '../../shared/programs';
import type { CoreContext } from '../context';
import { enrolledPartnerIds } from '../gamification/program-facts';
import { evaluatePartner } from './engine/partner-awards';
import { capKey, type EngineClaim } from './engine/types';
import {
  approvedClaimRows,
  claimDaysFor,
  engineClaim,
  lineNeeds,
  partnerTiers,
  postedAwardRows,
  postedAwardsOf,
  productCategories,
  readProgramFacts,
  type PostedRow,
} from './program-inputs';

type EvaluationRow = ProgramEvaluation['rows'][number];

export async function evaluateProgramMonth(
  ctx: CoreContext,
  input: ParsedInput<'programs.evaluate'>,
): Promise<ProcedureOutput<'programs.evaluate'>> {
  const program = await readProgramFacts(ctx.db, input.programId);
  if (!program)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This program does not exist or was deleted.' });
  const days = [`${input.period}-01`];
  const needs = lineNeeds(program.versions);
  const range = claimDaysFor(program, days);
  const [claimRows, categories, postedRows, enrolled] = await Promise.all([
    range ? approvedClaimRows(ctx.db, program.id, range, null, needs) : Promise.resolve([]),
    productCategories(ctx.db, needs),
    postedAwardRows(ctx.db, program.id, null),
    enrolledPartnerIds(ctx.db, program.id),
  ]);

  let monthClaims = 0;
  let monthLines = 0;
  const claimsByPartner = new Map<string, EngineClaim[]>();
  for (const row of claimRows) {
    if (row.invoiceDate.startsWith(input.period)) {
      monthClaims++;
      monthLines += row.lineCount;
    }
    let list = claimsByPartner.get(row.partnerId);
    if (!list) claimsByPartner.set(row.partnerId, (list = []));
    list.push(engineClaim(row, needs, categories));
  }
  const postedByPartner = new Map<string, PostedRow[]>();
  const programTotals = new Map<string, number>();
  for (const row of postedRows) {
    let list = postedByPartner.get(row.partnerId);
    if (!list) postedByPartner.set(row.partnerId, (list = []));
    list.push(row);
    if (row.ruleKey === null) continue;
    const key = capKey(row.ruleKey, row.unit);
    programTotals.set(key, (programTotals.get(key) ?? 0) + row.amount);
  }

  const partnerIds = [...new Set([...enrolled, ...claimsByPartner.keys(), ...postedByPartner.keys()])];
  const [tiers, names] = await Promise.all([partnerTiers(ctx.db, partnerIds), partnerNames(ctx, partnerIds)]);

  const rows: EvaluationRow[] = [];
  const totals = { rulesPoints: 0, rulesMinor: 0, postedPoints: 0, postedMinor: 0 };
  for (const partnerId of partnerIds) {
    const outcomes = evaluatePartner({
      versions: program.versions,
      claims: claimsByPartner.get(partnerId) ?? [],
      tier: tiers.get(partnerId) ?? null,
      days,
      posted: postedAwardsOf(postedByPartner.get(partnerId) ?? [], programTotals),
    });
    const row: EvaluationRow = {
      partnerId,
      partnerName: names.get(partnerId) ?? '',
      points: 0,
      moneyMinor: 0,
      postedPoints: 0,
      postedMinor: 0,
      awards: [],
    };
    for (const outcome of outcomes) {
      if (outcome.unit === 'points') {
        row.points += outcome.total;
        row.postedPoints += outcome.posted;
      } else {
        row.moneyMinor += outcome.total;
        row.postedMinor += outcome.posted;
      }
      if (outcome.total !== 0 || outcome.posted !== 0) row.awards.push(outcome.explanation);
    }
    totals.rulesPoints += row.points;
    totals.rulesMinor += row.moneyMinor;
    totals.postedPoints += row.postedPoints;
    totals.postedMinor += row.postedMinor;
    rows.push(row);
  }

  // Partners whose ledger disagrees first, then the largest awards, then by name.
  const collator = new Intl.Collator('en');
  const mismatch = (row: EvaluationRow) =>
    row.points !== row.postedPoints || row.moneyMinor !== row.postedMinor;
  rows.sort(
    (a, b) =>
      Number(mismatch(b)) - Number(mismatch(a)) ||
      b.points - a.points ||
      b.moneyMinor - a.moneyMinor ||
      collator.compare(a.partnerName, b.partnerName) ||
      (a.partnerId < b.partnerId ? -1 : 1),
  );
  return {
    programId: program.id,
    period: input.period,
    partners: rows.length,
    claims: monthClaims,
    lines: monthLines,
    ...totals,
    rows: rows.slice(input.offset, input.offset + input.limit),
    total: rows.length,
  };
}

async function partnerNames(ctx: CoreContext, partnerIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < partnerIds.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('partners')
      .select(['id', 'name'])
      .where('id', 'in', partnerIds.slice(i, i + 500))
      .execute();
    for (const row of rows) names.set(row.id, row.name);
  }
  return names;
}
