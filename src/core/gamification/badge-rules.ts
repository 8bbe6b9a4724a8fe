// Which badges a partner holds in a program, from the facts that earn them: approved claims (the
// first, the 10th, the 50th), points earned (1,000 / 10,000 / 100,000: dated the day the running
// total crossed the mark and stayed above it, so a reversal below the mark takes the badge away),
// a target reached (the day its bonus was posted) and a place in the top 3 or top 10 of the points
// leaderboard (no date: it is the current standing, and it needs points above zero).
import type { Badge, BadgeKey } from '../../shared/ledger';

export interface BadgeFacts {
  /** Days approved claims were decided, any order. */
  approvedClaimDays: readonly string[];
  /** Points earn and reverse entries, any order. */
  pointEntries: readonly { postedOn: string; amount: number }[];
  /** Days target bonuses were posted, any order. */
  targetAwardDays: readonly string[];
  /** Place on the points leaderboard; null when not on it. */
  rank: number | null;
}

const claimMarks: readonly [BadgeKey, number][] = [
  ['first-claim', 1],
  ['claims-10', 10],
  ['claims-50', 50],
];
const pointMarks: readonly [BadgeKey, number][] = [
  ['points-1k', 1_000],
  ['points-10k', 10_000],
  ['points-100k', 100_000],
];

/** End-of-day running totals, oldest day first. */
export function dailyTotals(entries: BadgeFacts['pointEntries']): { day: string; total: number }[] {
  const byDay = new Map<string, number>();
  for (const entry of entries) byDay.set(entry.postedOn, (byDay.get(entry.postedOn) ?? 0) + entry.amount);
  let total = 0;
  return [...byDay.keys()].sort().map((day) => {
    total += byDay.get(day)!;
    return { day, total };
  });
}

/** The day the total last rose to `mark` and has stayed at or above it since; null if below now. */
export function crossingDay(totals: readonly { day: string; total: number }[], mark: number): string | null {
  let since: string | null = null;
  for (const { day, total } of totals) {
    if (total < mark) since = null;
    else since ??= day;
  }
  return since;
}

export function badgesOf(facts: BadgeFacts): Badge[] {
  const badges: Badge[] = [];
  const claimDays = [...facts.approvedClaimDays].sort();
  for (const [key, count] of claimMarks) {
    const day = claimDays[count - 1];
    if (day) badges.push({ key, achievedOn: day });
  }
  const totals = dailyTotals(facts.pointEntries);
  for (const [key, mark] of pointMarks) {
    const day = crossingDay(totals, mark);
    if (day) badges.push({ key, achievedOn: day });
  }
  const targetDay = [...facts.targetAwardDays].sort()[0];
  if (targetDay) badges.push({ key: 'target-reached', achievedOn: targetDay });
  const points = totals.at(-1)?.total ?? 0;
  if (facts.rank !== null && points > 0) {
    if (facts.rank <= 3) badges.push({ key: 'top-3', achievedOn: null });
    else if (facts.rank <= 10) badges.push({ key: 'top-10', achievedOn: null });
  }
  return badges;
}
