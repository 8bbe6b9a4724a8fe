// Why the loyalty engine opened a retention case: the situation and playbook matching the strongest
// reason, and the reasons in plain English for the case's "reason" field.
import type { ChurnRuleKey, RiskReason } from '../../shared/loyalty';
import type { RetentionSituation } from '../../shared/retention';

const levelRank = { watch: 1, 'at-risk': 2, critical: 3 } as const;

/** Which reason leads when levels tie: the most concrete cause first. */
const rulePriority: readonly ChurnRuleKey[] = [
  'openDispute',
  'salesDrop',
  'tierDrop',
  'detractor',
  'brokenCommitments',
  'noContact',
];

/** The shipped playbooks (src/core/retention/default-playbooks.ts) each reason calls for. */
const playbookOfRule: Record<ChurnRuleKey, { situation: RetentionSituation; playbookId: string }> = {
  salesDrop: { situation: 'falling-orders', playbookId: '0000000000000000000000PB01' },
  tierDrop: { situation: 'tier-drop', playbookId: '0000000000000000000000PB02' },
  openDispute: { situation: 'major-dispute', playbookId: '0000000000000000000000PB03' },
  // An unhappy or neglected partner needs the frank talk the falling-orders playbook starts with.
  detractor: { situation: 'other', playbookId: '0000000000000000000000PB01' },
  noContact: { situation: 'other', playbookId: '0000000000000000000000PB01' },
  // Broken promises are repaired like a dispute: settle fairly, then rebuild trust in person.
  brokenCommitments: { situation: 'other', playbookId: '0000000000000000000000PB03' },
};

export function strongestReason(reasons: readonly RiskReason[]): RiskReason | undefined {
  return [...reasons].sort(
    (a, b) =>
      levelRank[b.level] - levelRank[a.level] || rulePriority.indexOf(a.rule) - rulePriority.indexOf(b.rule),
  )[0];
}

export function casePlaybookFor(reasons: readonly RiskReason[]): {
  situation: RetentionSituation;
  playbookId: string;
} {
  const strongest = strongestReason(reasons);
  return strongest
    ? playbookOfRule[strongest.rule]
    : { situation: 'other', playbookId: '0000000000000000000000PB01' };
}

function sentence(reason: RiskReason): string {
  const d = reason.detail;
  switch (reason.rule) {
    case 'salesDrop':
      return `Sales fell ${d.percent}% over the last ${d.months} months against the ${d.months} months before.`;
    case 'noContact':
      return d.lastContactOn
        ? `No contact since ${d.lastContactOn}.`
        : `No contact recorded since the partnership began on ${d.since}.`;
    case 'detractor':
      return `A contact answered the survey as a detractor on ${d.answeredOn}.`;
    case 'openDispute':
      return `An open dispute of ${d.severity} severity.`;
    case 'brokenCommitments':
      return `${d.broken} commitments broken in the last ${d.withinDays} days.`;
    case 'tierDrop':
      return `Dropped from ${d.fromName} to ${d.toName} on ${d.on}.`;
  }
}

/** "Loyalty score flagged this partner as at risk: …" with every reason, strongest first. */
export function caseReasonText(reasons: readonly RiskReason[]): string {
  const ordered = [...reasons].sort(
    (a, b) =>
      levelRank[b.level] - levelRank[a.level] || rulePriority.indexOf(a.rule) - rulePriority.indexOf(b.rule),
  );
  return `The loyalty score flagged this partner as at risk. ${ordered.map(sentence).join(' ')}`;
}
