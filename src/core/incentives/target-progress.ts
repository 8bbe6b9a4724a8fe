// Progress towards each target rule of a program in its current period (the statement and the
// target leaderboard read it): the rule version in effect today, the period containing today
// (clamped into the program's own period), and the basis the partner's approved claims reached
// under that version, counted exactly as the award will count it. For many partners at once (a
// leaderboard), `targetProgressByPartner` reads the period's claims in one statement.
import type { Kysely } from 'kysely';
import type { Statement } from '../../shared/ledger';
import type { Database } from '../db/database';
import { sortedVersions, versionOn } from './engine/partner-awards';
import { periodDays, periodKey } from './engine/periods';
import { countBasis } from './engine/rule-calc';
import type { EngineClaim } from './engine/types';
import {
  approvedClaimRows,
  engineClaim,
  lineNeeds,
  productCategories,
  readProgramFacts,
} from './program-inputs';

type Targets = Statement['targets'];

export async function targetProgress(
  db: Kysely<Database>,
  programId: string,
  partnerId: string,
  today: string,
): Promise<Targets> {
  const progress = await targetProgressByPartner(db, programId, [partnerId], today);
  return progress.get(partnerId) ?? [];
}

/** Each given partner's target progress (every target rule, also where nothing was reached yet). */
export async function targetProgressByPartner(
  db: Kysely<Database>,
  programId: string,
  partnerIds: readonly string[],
  today: string,
): Promise<Map<string, Targets>> {
  const result = new Map<string, Targets>(partnerIds.map((id) => [id, []]));
  const program = await readProgramFacts(db, programId);
  if (!program) return result;
  const versions = sortedVersions(program.versions);
  const current = versionOn(versions, today);
  const targets = current?.rules.filter((rule) => rule.calc.kind === 'target') ?? [];
  if (!current || targets.length === 0) return result;
  const day = today < program.startsOn ? program.startsOn : today > program.endsOn ? program.endsOn : today;
  const needs = lineNeeds([current]);
  const categories = await productCategories(db, needs);
  const wanted = new Set(partnerIds);
  // One read per distinct period (a month and a quarter target need two), every partner at once.
  const claimsByPeriod = new Map<string, Map<string, EngineClaim[]>>();
  for (const rule of targets) {
    if (rule.calc.kind !== 'target') continue;
    const period = periodKey(rule.calc.period, day);
    if (claimsByPeriod.has(period)) continue;
    const byPartner = new Map<string, EngineClaim[]>();
    const rows = await approvedClaimRows(
      db,
      programId,
      periodDays(period, program),
      partnerIds.length === 1 ? partnerIds[0]! : null,
      needs,
    );
    for (const row of rows) {
      if (!wanted.has(row.partnerId) || versionOn(versions, row.invoiceDate) !== current) continue;
      let list = byPartner.get(row.partnerId);
      if (!list) byPartner.set(row.partnerId, (list = []));
      list.push(engineClaim(row, needs, categories));
    }
    claimsByPeriod.set(period, byPartner);
  }
  for (const rule of targets) {
    if (rule.calc.kind !== 'target') continue;
    const period = periodKey(rule.calc.period, day);
    const byPartner = claimsByPeriod.get(period)!;
    for (const partnerId of partnerIds) {
      result.get(partnerId)!.push({
        ruleKey: rule.key,
        ruleName: rule.name,
        period,
        basis: rule.basis,
        reached: countBasis(rule, byPartner.get(partnerId) ?? []).basis,
        target: rule.calc.target,
        bonus: rule.calc.bonus,
        award: rule.award,
      });
    }
  }
  return result;
}
