// Dutch strings of "careStatus"; same keys as en/careStatus.ts.
export const careStatusNl = {
  legend: 'Zorgstatus',
  status: 'Zorgstatus',
  statusHint:
    'Tijdens rouw of tegenslag worden feestelijke groeten tegengehouden en wordt steun bij tegenslag voorgesteld.',
  none: 'Geen',
  mourning: 'In de rouw',
  hardship: 'Tegenslag',
  until: 'Tot',
  untilHint: 'De laatste dag; laat leeg tot je de status opheft.',
  note: 'Zorgnotitie',
  notePlaceholder: 'bijv. Vader overleden; dit jaar geen feestelijke groeten',
  badge: {
    mourning: 'In de rouw tot {{date}}',
    mourningOpen: 'In de rouw',
    hardship: 'Tegenslag tot {{date}}',
    hardshipOpen: 'Tegenslag',
  },
};
