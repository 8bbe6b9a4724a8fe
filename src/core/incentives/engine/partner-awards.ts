// The rules engine for one partner: each approved claim is evaluated under the rule version in
// effect on its invoice date; each rule of each version gives one outcome per period (month,
// quarter or program) asked for. Caps come last and count what the rule awarded elsewhere: in
// the ledger, and in outcomes computed before this one (versions and periods in time order).
import type { AwardExplanation, ExplanationStep } from '../../../shared/programs';
import { periodKey, periodOfCalc } from './periods';
import { calculateRule } from './rule-calc';
import {
  awardKey,
  capKey,
  type EngineClaim,
  type EngineVersion,
  type PartnerEvaluationInput,
  type RuleOutcome,
} from './types';

/** How many counted claims an explanation lists (the totals always cover all of them). */
export const explainedClaimsLimit = 50;

const noPosted = { own: new Map(), partner: new Map(), program: new Map() };

/** Versions oldest first; the first one applies from the beginning whatever its date says. */
export function sortedVersions(versions: readonly EngineVersion[]): EngineVersion[] {
  return [...versions].sort((a, b) => a.version - b.version);
}

/** The version in effect on a day: the latest whose effective day has come, else the first. */
export function versionOn(versions: readonly EngineVersion[], day: string): EngineVersion | undefined {
  let found = versions[0];
  for (const version of versions) if (version.effectiveFrom <= day) found = version;
  return found;
}

function compareClaims(a: EngineClaim, b: EngineClaim): number {
  if (a.invoiceDate !== b.invoiceDate) return a.invoiceDate < b.invoiceDate ? -1 : 1;
  if (a.invoiceNumber !== b.invoiceNumber) return a.invoiceNumber < b.invoiceNumber ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Pending {
  outcome: Omit<RuleOutcome, 'total' | 'explanation'> & { rounded: number };
  steps: ExplanationStep[];
  explanation: Omit<AwardExplanation, 'steps' | 'total'>;
  ruleIndex: number;
  capPerPartner: number | null;
  capPerProgram: number | null;
}

export function evaluatePartner(input: PartnerEvaluationInput): RuleOutcome[] {
  const versions = sortedVersions(input.versions);
  const posted = input.posted ?? noPosted;
  // Claims by version, in one stable order so the result never depends on how they were read.
  const claimsByVersion = new Map<number, EngineClaim[]>();
  for (const claim of [...input.claims].sort(compareClaims)) {
    const version = versionOn(versions, claim.invoiceDate);
    if (!version) continue;
    let list = claimsByVersion.get(version.version);
    if (!list) claimsByVersion.set(version.version, (list = []));
    list.push(claim);
  }

  const pending: Pending[] = [];
  for (const version of versions) {
    const versionClaims = claimsByVersion.get(version.version) ?? [];
    version.rules.forEach((rule, ruleIndex) => {
      const period = periodOfCalc(rule.calc);
      const keys = new Set(input.days.map((day) => periodKey(period, day)));
      for (const key of keys) {
        const inPeriod = versionClaims.filter((claim) => periodKey(period, claim.invoiceDate) === key);
        const id = awardKey(rule.key, version.version, key, rule.award);
        const already = posted.own.get(id) ?? 0;
        const result = calculateRule(rule, inPeriod, input.tier);
        // Nothing counted and nothing posted: no outcome (an outcome of 0 would say nothing).
        if (result.counted.length === 0 && already === 0) continue;
        pending.push({
          outcome: {
            key: id,
            ruleKey: rule.key,
            version: version.version,
            period: key,
            unit: rule.award,
            posted: already,
            basis: result.basis,
            rounded: result.rounded,
          },
          steps: result.steps,
          explanation: {
            ruleKey: rule.key,
            ruleName: rule.name,
            ruleVersion: version.version,
            award: rule.award,
            period: key,
            claims: result.counted.slice(0, explainedClaimsLimit),
          },
          ruleIndex,
          capPerPartner: rule.capPerPartner,
          capPerProgram: rule.capPerProgram,
        });
      }
    });
  }

  // Caps in time order: an earlier period's award takes its share of a cap first.
  pending.sort(
    (a, b) =>
      a.outcome.version - b.outcome.version ||
      (a.outcome.period < b.outcome.period ? -1 : a.outcome.period > b.outcome.period ? 1 : 0) ||
      a.ruleIndex - b.ruleIndex,
  );
  const partnerRunning = new Map(posted.partner);
  const programRunning = new Map(posted.program);
  return pending.map(({ outcome, steps, explanation, capPerPartner, capPerProgram }) => {
    const cap = capKey(outcome.ruleKey, outcome.unit);
    let total = outcome.rounded;
    const caps: [scope: 'partner' | 'program', limit: number | null, running: Map<string, number>][] = [
      ['partner', capPerPartner, partnerRunning],
      ['program', capPerProgram, programRunning],
    ];
    for (const [scope, limit, running] of caps) {
      if (limit === null) continue;
      const alreadyAwarded = (running.get(cap) ?? 0) - outcome.posted;
      const after = Math.max(0, Math.min(total, limit - alreadyAwarded));
      steps.push({ step: 'cap', scope, cap: limit, alreadyAwarded, before: total, after });
      total = after;
    }
    for (const running of [partnerRunning, programRunning])
      running.set(cap, (running.get(cap) ?? 0) + total - outcome.posted);
    const { rounded, ...rest } = outcome;
    void rounded;
    return { ...rest, total, explanation: { ...explanation, steps, total } };
  });
}
