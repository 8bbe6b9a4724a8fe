// What the rules engine reads and answers: plain data, so it runs the same in a transaction, in the
// month's settlement check and in unit tests.
import type { AwardExplanation, AwardUnit, Rule } from '../../../shared/programs';

export interface EngineLine {
  productId: string;
  /** The product's category ('' when it has none or the product is gone). */
  category: string;
  quantity: number;
  amountMinor: number;
}

/** An approved claim of the partner. */
export interface EngineClaim {
  id: string;
  invoiceNumber: string;
  invoiceDate: string;
  lines: readonly EngineLine[];
}

export interface EngineVersion {
  version: number;
  /** First invoice day the version applies to (version 1 applies from the program's start). */
  effectiveFrom: string;
  rules: readonly Rule[];
}

export interface PartnerTier {
  key: string;
  name: string;
}

/** Amounts already in the ledger that the caps and the difference to post depend on. */
export interface PostedAwards {
  /** This partner's posted sum per award key (see `awardKey`). */
  own: ReadonlyMap<string, number>;
  /** This partner's posted sum per rule over the whole program (see `capKey`). */
  partner: ReadonlyMap<string, number>;
  /** Every partner's posted sum per rule over the whole program (see `capKey`). */
  program: ReadonlyMap<string, number>;
}

export interface PartnerEvaluationInput {
  versions: readonly EngineVersion[];
  claims: readonly EngineClaim[];
  tier: PartnerTier | null;
  /** The periods to evaluate: each rule's period containing each of these days. */
  days: readonly string[];
  posted?: PostedAwards;
}

/** What one rule gives the partner for one version and period. */
export interface RuleOutcome {
  key: string;
  ruleKey: string;
  version: number;
  period: string;
  unit: AwardUnit;
  /** Whole points or minor units after every step. */
  total: number;
  /** What the ledger already holds for this key. */
  posted: number;
  /** The rule's basis in the period (after filter and window). */
  basis: number;
  explanation: AwardExplanation;
}

/** Ledger entries of awards are keyed by rule, version, period and unit. */
export function awardKey(ruleKey: string, version: number, period: string, unit: AwardUnit): string {
  return `${ruleKey}|${version}|${period}|${unit}`;
}

/** Caps count a rule's awards over every version and period, in its unit. */
export function capKey(ruleKey: string, unit: AwardUnit): string {
  return `${ruleKey}|${unit}`;
}
