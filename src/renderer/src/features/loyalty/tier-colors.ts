// A tier's colour by its rank, so the top tier always looks like the top tier whatever it is named.
import type { Tier } from '../../../../shared/loyalty';

/** Highest first: platinum-like, gold, silver, then distinct colours for extra middle tiers. */
const aboveLowest = ['violet', 'yellow', 'gray', 'teal', 'blue', 'lime', 'pink'] as const;

export function tierColor(key: string, tiers: readonly Pick<Tier, 'key'>[] | undefined): string {
  const rank = tiers?.findIndex((tier) => tier.key === key) ?? -1;
  if (!tiers || rank < 0) return 'gray';
  // The lowest tier keeps the bronze look whether there are two tiers or eight.
  if (rank === tiers.length - 1) return 'orange';
  return aboveLowest[rank] ?? 'gray';
}

/** The colour of a churn-risk level. */
export function riskColor(level: 'none' | 'watch' | 'at-risk' | 'critical'): string {
  return level === 'critical'
    ? 'red'
    : level === 'at-risk'
      ? 'orange'
      : level === 'watch'
        ? 'yellow'
        : 'teal';
}
