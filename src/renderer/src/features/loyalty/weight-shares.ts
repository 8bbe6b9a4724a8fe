// Each factor's share of the score, in percent: on the partner page over the factors that had data
// (the others are left out, so the rest count for more), in the settings over every weight typed.
import type { FactorResult, LoyaltyFactorKey } from '../../../../shared/loyalty';

/** Percent of the score each factor with data stands for; 0 for factors left out. */
export function factorShares(factors: readonly FactorResult[]): Map<LoyaltyFactorKey, number> {
  const counted = factors.filter((factor) => factor.hasData && factor.weight > 0);
  const total = counted.reduce((sum, factor) => sum + factor.weight, 0);
  return new Map(
    factors.map((factor) => [
      factor.key,
      total > 0 && factor.hasData && factor.weight > 0 ? (factor.weight / total) * 100 : 0,
    ]),
  );
}

/**
 * Percent of 100 each weight being typed stands for; null while the weights cannot make a score
 * (all zero) or for a weight that is not a number yet.
 */
export function weightShares<K extends string>(
  weights: Readonly<Record<K, number | string>>,
): Record<K, number | null> {
  const keys = Object.keys(weights) as K[];
  const valid = (value: number | string): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0;
  const total = keys.reduce((sum, key) => sum + (valid(weights[key]) ? (weights[key] as number) : 0), 0);
  return Object.fromEntries(
    keys.map((key) => {
      const weight = weights[key];
      return [key, total > 0 && valid(weight) ? (weight / total) * 100 : null];
    }),
  ) as Record<K, number | null>;
}

/** Shares rounded to whole percents that still add up to 100 (largest remainder). */
export function roundedShares<K extends string>(
  shares: Readonly<Record<K, number | null>>,
): Record<K, number | null> {
  const keys = (Object.keys(shares) as K[]).filter((key) => shares[key] !== null);
  const floors = new Map(keys.map((key) => [key, Math.floor(shares[key]!)]));
  const total = [...floors.values()].reduce((sum, value) => sum + value, 0);
  if (keys.length > 0) {
    const byRemainder = [...keys].sort(
      (a, b) =>
        shares[b]! - floors.get(b)! - (shares[a]! - floors.get(a)!) || keys.indexOf(a) - keys.indexOf(b),
    );
    for (let missing = 100 - total, i = 0; missing > 0; missing--, i++) {
      const key = byRemainder[i % byRemainder.length]!;
      floors.set(key, floors.get(key)! + 1);
    }
  }
  return Object.fromEntries(
    (Object.keys(shares) as K[]).map((key) => [key, floors.has(key) ? floors.get(key)! : null]),
  ) as Record<K, number | null>;
}
