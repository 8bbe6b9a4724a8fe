// Progress towards each target rule of a program in its current period (the statement and the
// target leaderboard read it): the rule version in effect today, the period containing today
// (clamped into the program's own period), and the basis the partner's approved claims reached
// under that version, counted exactly as the award will count it.
import type { Kysely } from 'kysely';
import type { Statement } from '../../shared/ledger';
import type { Database } from '../db/database';
import { sortedVersions, versionOn } from './engine/partner-awards';
import { periodDays, periodKey } from './engine/periods';
import { countBasis } from './engine/rule-calc';
import {
  approvedClaimRows,
  engineClaim,
  lineNeeds,
  productCategories,
  readProgramFacts,
} from './program-inputs';

export async function targetProgress(
  db: Kysely<Database>,
  programId: string,
  partnerId: string,
  today: string,
): Promise<Statement['targets']> {
  const program = await readProgramFacts(db, programId);
  if (!program) return [];
  const versions = sortedVersions(program.versions);
  const current = versionOn(versions, today);
  if (!current) return [];
  const day = today < program.startsOn ? program.startsOn : today > program.endsOn ? program.endsOn : today;
  const needs = lineNeeds([current]);
  const categories = await productCategories(db, needs);
  const progress: Statement['targets'] = [];
  for (const rule of current.rules) {
    if (rule.calc.kind !== 'target') continue;
    const period = periodKey(rule.calc.period, day);
    const rows = await approvedClaimRows(db, programId, periodDays(period, program), partnerId, needs);
    const claims = rows
      .map((row) => engineClaim(row, needs, categories))
      .filter((claim) => versionOn(versions, claim.invoiceDate) === current);
    progress.push({
      ruleKey: rule.key,
      ruleName: rule.name,
      period,
      basis: rule.basis,
      reached: countBasis(rule, claims).basis,
      target: rule.calc.target,
      bonus: rule.calc.bonus,
      award: rule.award,
    });
  }
  return progress;
}
