// Who may join a program: each non-empty list of its eligibility narrows (partner types, tiers,
// regions, named partners) and all empty lets every partner in. The same rule twice: as a pure
// check for enrolment, and as SQL conditions for the picker's list (partners `p`, scores `s`).
import type { ExpressionBuilder } from 'kysely';
import type { Eligibility } from '../../shared/programs';
import type { Database } from '../db/database';

export interface EligibilityFacts {
  id: string;
  type: string;
  region: string;
  /** Tier key in effect, or null before the partner was scored. */
  tier: string | null;
}

export function isEligible(partner: EligibilityFacts, eligibility: Eligibility): boolean {
  const within = (list: readonly string[], value: string | null) =>
    list.length === 0 || (value !== null && list.includes(value));
  return (
    within(eligibility.partnerTypes, partner.type) &&
    within(eligibility.tiers, partner.tier) &&
    within(eligibility.regions, partner.region) &&
    within(eligibility.partnerIds, partner.id)
  );
}

type PartnerScope = ExpressionBuilder<
  Database & { p: Database['partners']; s: Database['partnerScores'] },
  'p' | 's'
>;

/** The eligibility as one SQL condition over partners `p` left-joined to their scores `s`. */
export function eligibleWhere(eligibility: Eligibility) {
  return (eb: PartnerScope) => {
    const conditions = [eb('p.deletedAt', 'is', null)];
    if (eligibility.partnerTypes.length) conditions.push(eb('p.type', 'in', eligibility.partnerTypes));
    if (eligibility.regions.length) conditions.push(eb('p.region', 'in', eligibility.regions));
    if (eligibility.tiers.length) conditions.push(eb('s.tier', 'in', eligibility.tiers));
    if (eligibility.partnerIds.length) conditions.push(eb('p.id', 'in', eligibility.partnerIds));
    return eb.and(conditions);
  };
}
