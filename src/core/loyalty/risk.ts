// Churn risk: each enabled rule that fires adds a reason at its level; the partner's level is the
// highest one, or critical when enough reasons at "at risk" or above come together.
import type { DisputeSeverity } from '../../shared/disputes';
import { disputeSeverities } from '../../shared/disputes';
import type { ChurnRules, RiskLevel, RiskReason } from '../../shared/loyalty';

/** What the rules look at, already cut to each rule's window. */
export interface RiskSignals {
  /** Revenue of the rule's last months and of the months before them. */
  salesDrop: { recentMinor: number; priorMinor: number };
  /** Days since the last contact; when there never was one, days since the partnership began. */
  daysWithoutContact: number;
  lastContactOn: string | null;
  /** The last contact, or the partnership start when there never was one. */
  contactCountedFrom: string;
  /** Days since the latest answer that was some contact's latest and a detractor (null: none). */
  detractorDaysAgo: number | null;
  detractorOn: string | null;
  /** The worst severity among the partner's open disputes, and how many are open. */
  worstOpenSeverity: DisputeSeverity | null;
  openDisputes: number;
  /** Broken commitments that fell due within the rule's days. */
  brokenCommitments: number;
  /** The latest tier drop: when, from and to which tier names (null: none recorded). */
  tierDrop: { daysAgo: number; on: string; fromName: string; toName: string } | null;
}

export interface RiskAssessment {
  level: RiskLevel;
  reasons: RiskReason[];
}

const levelRank: Record<RiskLevel, number> = { none: 0, watch: 1, 'at-risk': 2, critical: 3 };

export function isAtRisk(level: RiskLevel): boolean {
  return levelRank[level] >= levelRank['at-risk'];
}

export function severityRank(severity: DisputeSeverity): number {
  return disputeSeverities.indexOf(severity);
}

export function assessRisk(signals: RiskSignals, rules: ChurnRules): RiskAssessment {
  const reasons: RiskReason[] = [];
  const { salesDrop, noContact, detractor, openDispute, brokenCommitments, tierDrop } = rules;

  if (salesDrop.enabled && signals.salesDrop.priorMinor > 0) {
    const { recentMinor, priorMinor } = signals.salesDrop;
    // Integer comparison: (prior - recent) / prior >= percent / 100, without rounding.
    if ((priorMinor - recentMinor) * 100 >= salesDrop.percent * priorMinor) {
      reasons.push({
        rule: 'salesDrop',
        level: salesDrop.level,
        detail: {
          percent: Math.floor(((priorMinor - recentMinor) * 100) / priorMinor),
          months: salesDrop.months,
          recentMinor,
          priorMinor,
        },
      });
    }
  }
  if (noContact.enabled && signals.daysWithoutContact >= noContact.days) {
    reasons.push({
      rule: 'noContact',
      level: noContact.level,
      // The day counted from, not the count: the stored reason stays the same from day to day
      // (the partner's loyalty card adds the days as of the reader's today).
      detail: {
        since: signals.contactCountedFrom,
        lastContactOn: signals.lastContactOn,
        limit: noContact.days,
      },
    });
  }
  if (
    detractor.enabled &&
    signals.detractorDaysAgo !== null &&
    signals.detractorDaysAgo <= detractor.withinDays
  ) {
    reasons.push({
      rule: 'detractor',
      level: detractor.level,
      detail: { answeredOn: signals.detractorOn, withinDays: detractor.withinDays },
    });
  }
  if (
    openDispute.enabled &&
    signals.worstOpenSeverity !== null &&
    severityRank(signals.worstOpenSeverity) >= severityRank(openDispute.minSeverity)
  ) {
    reasons.push({
      rule: 'openDispute',
      level: openDispute.level,
      detail: { severity: signals.worstOpenSeverity, open: signals.openDisputes },
    });
  }
  if (brokenCommitments.enabled && signals.brokenCommitments >= brokenCommitments.count) {
    reasons.push({
      rule: 'brokenCommitments',
      level: brokenCommitments.level,
      detail: { broken: signals.brokenCommitments, withinDays: brokenCommitments.withinDays },
    });
  }
  if (tierDrop.enabled && signals.tierDrop && signals.tierDrop.daysAgo <= tierDrop.withinDays) {
    reasons.push({
      rule: 'tierDrop',
      level: tierDrop.level,
      detail: {
        on: signals.tierDrop.on,
        fromName: signals.tierDrop.fromName,
        toName: signals.tierDrop.toName,
        withinDays: tierDrop.withinDays,
      },
    });
  }

  let level: RiskLevel = 'none';
  for (const reason of reasons) if (levelRank[reason.level] > levelRank[level]) level = reason.level;
  const serious = reasons.filter((reason) => isAtRisk(reason.level)).length;
  if (serious >= rules.criticalWhenSignals && serious > 0) level = 'critical';
  return { level, reasons };
}
