// What a program cost and what it returned. Cost counts points when they are AWARDED (at the
// program's point value), not when they are redeemed: an awarded point is a promise the brand owes
// until it expires, so counting only redemptions would make a program look cheap while its debt
// grows. Money awards count when posted; funds count when reimbursed (what was actually paid).
// ROI = (revenue − comparison revenue − cost) / cost: the extra sales per unit spent, net of the
// spending. It is unknown when nothing was spent, or when the program pays in another currency
// than the sales are recorded in (the two cannot be subtracted).

export interface CostParts {
  awardedMinor: number;
  awardedPoints: number;
  pointValueMinor: number;
  reimbursedMinor: number;
}

export function programCost(parts: CostParts): number {
  return parts.awardedMinor + parts.awardedPoints * parts.pointValueMinor + parts.reimbursedMinor;
}

export function returnOnInvestment(
  revenueMinor: number,
  comparisonRevenueMinor: number,
  costMinor: number,
  sameCurrency: boolean,
): number | null {
  if (!sameCurrency || costMinor <= 0) return null;
  return (revenueMinor - comparisonRevenueMinor - costMinor) / costMinor;
}

/** Cost over budget in percent (one decimal); null without a budget. */
export function burnPercent(costMinor: number, budgetMinor: number): number | null {
  if (budgetMinor <= 0) return null;
  return Math.round((costMinor * 1000) / budgetMinor) / 10;
}
