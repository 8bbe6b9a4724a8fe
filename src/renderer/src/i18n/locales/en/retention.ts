// English strings of retention: cases of partners at risk, their actions and outcomes, playbooks,
// under the "retention" namespace of en.ts. The enum labels here are shared with the reports.
export const retentionEn = {
  actionKind: {
    'deep-communication': 'Deep communication',
    'core-problem': 'Solve the core problem',
    'special-support': 'Special support',
    'emotional-retention': 'Emotional retention',
    'incentive-offer': 'Incentive offer',
    other: 'Other',
  },
  actionStatus: {
    planned: 'Planned',
    'in-progress': 'In progress',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  outcome: {
    open: 'Still open',
    retained: 'Retained',
    churned: 'Churned',
  },
  situation: {
    'falling-orders': 'At risk: falling orders',
    'tier-drop': 'Tier drop',
    'major-dispute': 'Major dispute',
    'competitor-poaching': 'Competitor poaching',
    hardship: 'Hardship',
    other: 'Other',
  },
  source: {
    manual: 'Flagged by hand',
    loyalty: 'Loyalty score',
    dispute: 'From a dispute',
  },
};
