// English strings of loyalty scores, tiers, churn risk and their settings ("loyalty").
export const loyaltyEn = {
  factor: {
    salesVolume: 'Sales volume',
    salesGrowth: 'Sales growth',
    orderRegularity: 'Order regularity',
    engagement: 'Engagement',
    contactRecency: 'Recent contact',
    commitmentsKept: 'Commitments kept',
    disputes: 'Disputes',
    tenure: 'Tenure',
    nps: 'NPS',
    satisfaction: 'Satisfaction',
  },
  riskLevel: { none: 'No risk', watch: 'Watch', 'at-risk': 'At risk', critical: 'Critical' },
  rule: {
    salesDrop: 'Sales falling',
    noContact: 'No contact',
    detractor: 'Detractor answer',
    openDispute: 'Open serious dispute',
    brokenCommitments: 'Broken commitments',
    tierDrop: 'Tier drop',
  },
  tierChangeCause: {
    score: 'Score',
    override: 'Manual override',
    'override-ended': 'Override ended',
    'tiers-changed': 'Tiers changed',
  },
};
