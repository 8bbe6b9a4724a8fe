// English strings of the case lists, the case library, the dispute and retention reports and the
// home screen's case alerts, under the "caseReports" namespace of en.ts.
export const caseReportsEn = {
  ageBucket: {
    'under-7': 'Under 7 days',
    '7-30': '7–30 days',
    '31-90': '31–90 days',
    'over-90': 'Over 90 days',
  },
  sla: {
    dueIn: 'Due in {{time}}',
    overdueBy: 'Overdue by {{time}}',
    dueAt: 'Due {{due}}',
    settledInTime: 'Settled in time',
    settledLate: 'Settled late',
    d: 'd',
    h: 'h',
    min: 'min',
  },
};
