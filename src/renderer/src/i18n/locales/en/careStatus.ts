// English strings of the care etiquette marks (mourning, hardship), under the "careStatus" namespace of en.ts.
export const careStatusEn = {
  legend: 'Care status',
  status: 'Care status',
  statusHint:
    'While in mourning or hardship, festive greetings are held back and hardship care is suggested.',
  none: 'None',
  mourning: 'In mourning',
  hardship: 'Hardship',
  until: 'Until',
  untilHint: 'The last day; leave empty until you clear it.',
  note: 'Care note',
  notePlaceholder: 'e.g. Father passed away; no festive greetings this year',
  badge: {
    mourning: 'In mourning until {{date}}',
    mourningOpen: 'In mourning',
    hardship: 'Hardship until {{date}}',
    hardshipOpen: 'Hardship',
  },
};
