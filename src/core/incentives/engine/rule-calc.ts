// One rule over one period's claims: which lines count (filter, SPIF window), the basis, the
// calculation (rate, brackets marginal or whole, target), the tier multiplier and the rounding.
// Caps are applied by the caller, which knows what the rule awarded elsewhere.
import type { Bracket, ExplanationStep, Rule } from '../../../shared/programs';
import {
  add,
  approximate,
  decimal,
  divide,
  floor,
  isWhole,
  multiply,
  roundHalfUp,
  whole,
  zero,
  type Fraction,
} from './exact';
import type { EngineClaim, PartnerTier } from './types';

export interface CountedClaim {
  claimId: string;
  invoiceNumber: string;
  invoiceDate: string;
  basis: number;
}

export interface RuleCalcResult {
  basis: number;
  counted: CountedClaim[];
  steps: ExplanationStep[];
  /** After multiplier and rounding, before caps. */
  rounded: number;
}

function lineMatches(rule: Rule, productId: string, category: string): boolean {
  const { productIds, categories } = rule.filter;
  if (productIds.length === 0 && categories.length === 0) return true;
  return productIds.includes(productId) || (category !== '' && categories.includes(category));
}

/** The claims' basis for the rule, claim by claim, and how many the window left out. */
export function countBasis(
  rule: Rule,
  claims: readonly EngineClaim[],
): { basis: number; counted: CountedClaim[]; excluded: number } {
  const counted: CountedClaim[] = [];
  let excluded = 0;
  let basis = 0;
  for (const claim of claims) {
    let claimBasis = 0;
    let matched = false;
    for (const line of claim.lines) {
      if (!lineMatches(rule, line.productId, line.category)) continue;
      matched = true;
      claimBasis += rule.basis === 'units' ? line.quantity : line.amountMinor;
    }
    if (!matched) continue;
    const { window } = rule;
    if (window && (claim.invoiceDate < window.from || claim.invoiceDate > window.to)) {
      excluded++;
      continue;
    }
    basis += claimBasis;
    counted.push({
      claimId: claim.id,
      invoiceNumber: claim.invoiceNumber,
      invoiceDate: claim.invoiceDate,
      basis: claimBasis,
    });
  }
  return { basis, counted, excluded };
}

function rateOf(amount: number, rate: number, every: number): Fraction {
  return divide(multiply(whole(amount), decimal(rate)), whole(every));
}

/** Brackets from lowest to highest, the open one last. */
function orderedBrackets(brackets: readonly Bracket[]): Bracket[] {
  return [...brackets].sort((a, b) =>
    a.upTo === b.upTo ? 0 : a.upTo === null ? 1 : b.upTo === null ? -1 : a.upTo - b.upTo,
  );
}

function bracketSteps(
  calc: Extract<Rule['calc'], { kind: 'brackets' }>,
  basis: number,
  steps: ExplanationStep[],
): Fraction {
  const brackets = orderedBrackets(calc.brackets);
  if (calc.mode === 'whole') {
    // The first bracket whose bound the basis stays within; beyond every bound, the highest.
    let index = brackets.findIndex((bracket) => bracket.upTo === null || basis <= bracket.upTo);
    if (index < 0) index = brackets.length - 1;
    const bracket = brackets[index]!;
    const result = rateOf(basis, bracket.rate, bracket.every);
    steps.push({
      step: 'bracket',
      mode: 'whole',
      from: index === 0 ? 0 : (brackets[index - 1]!.upTo ?? 0),
      upTo: bracket.upTo,
      amount: basis,
      rate: bracket.rate,
      every: bracket.every,
      result: approximate(result),
    });
    return result;
  }
  let total = zero;
  let from = 0;
  for (const bracket of brackets) {
    if (basis <= from) break;
    const top = bracket.upTo === null ? basis : Math.min(basis, bracket.upTo);
    const amount = top - from;
    const result = rateOf(amount, bracket.rate, bracket.every);
    steps.push({
      step: 'bracket',
      mode: 'marginal',
      from,
      upTo: bracket.upTo,
      amount,
      rate: bracket.rate,
      every: bracket.every,
      result: approximate(result),
    });
    total = add(total, result);
    if (bracket.upTo === null) break;
    from = bracket.upTo;
  }
  return total;
}

/** Raw result of the calculation over the basis, with its steps. */
function calculate(rule: Rule, basis: number, steps: ExplanationStep[]): Fraction {
  const { calc } = rule;
  if (basis <= 0) return zero;
  if (calc.kind === 'rate') {
    const result = rateOf(basis, calc.rate, calc.every);
    steps.push({
      step: 'rate',
      amount: basis,
      rate: calc.rate,
      every: calc.every,
      result: approximate(result),
    });
    return result;
  }
  if (calc.kind === 'brackets') return bracketSteps(calc, basis, steps);
  const reached = basis >= calc.target;
  const result = reached ? calc.bonus : 0;
  steps.push({ step: 'target', target: calc.target, reached, bonus: calc.bonus, result });
  return whole(result);
}

/**
 * Everything up to the caps, in the order the explanation reads: basis, window, calculation,
 * tier multiplier, rounding (points down to whole points, money half up to whole minor units).
 */
export function calculateRule(
  rule: Rule,
  claims: readonly EngineClaim[],
  tier: PartnerTier | null,
): RuleCalcResult {
  const { basis, counted, excluded } = countBasis(rule, claims);
  const steps: ExplanationStep[] = [
    { step: 'basis', basis: rule.basis, total: basis, claims: counted.length },
  ];
  if (rule.window) steps.push({ step: 'window', ...rule.window, excludedClaims: excluded });
  let raw = calculate(rule, basis, steps);
  const multiplier = tier && rule.tierMultipliers.find((entry) => entry.tier === tier.key);
  if (multiplier && raw.num > 0n) {
    const after = multiply(raw, decimal(multiplier.multiplier));
    steps.push({
      step: 'multiplier',
      tier: tier.key,
      tierName: tier.name,
      multiplier: multiplier.multiplier,
      before: approximate(raw),
      after: approximate(after),
    });
    raw = after;
  }
  const rounded = rule.award === 'points' ? floor(raw) : roundHalfUp(raw);
  if (!isWhole(raw)) steps.push({ step: 'rounding', before: approximate(raw), after: Number(rounded) });
  return { basis, counted, steps, rounded: Number(rounded) };
}
