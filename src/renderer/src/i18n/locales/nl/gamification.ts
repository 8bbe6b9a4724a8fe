// nl strings of badges ("gamification.badges"), for statements printed in nl.
export const gamificationNl = {
  badges: {
    none: 'Nog geen badges',
    label: 'Badges',
    reachedOn: 'Behaald op {{date}}',
    current: 'Huidige stand',
    'first-claim': 'Eerste claim',
    'claims-10': '10 claims',
    'claims-50': '50 claims',
    'points-1k': '1.000 punten',
    'points-10k': '10.000 punten',
    'points-100k': '100.000 punten',
    'target-reached': 'Doel gehaald',
    'top-3': 'Top 3',
    'top-10': 'Top 10',
    meaning: {
      'first-claim': 'De eerste goedgekeurde verkoopclaim in dit programma.',
      'claims-10': 'Tien goedgekeurde verkoopclaims in dit programma.',
      'claims-50': 'Vijftig goedgekeurde verkoopclaims in dit programma.',
      'points-1k': '1.000 punten verdiend in dit programma.',
      'points-10k': '10.000 punten verdiend in dit programma.',
      'points-100k': '100.000 punten verdiend in dit programma.',
      'target-reached': 'Een verkoopdoel van dit programma gehaald.',
      'top-3': 'Nu bij de beste drie op het puntenklassement.',
      'top-10': 'Nu bij de beste tien op het puntenklassement.',
    },
  },
};
