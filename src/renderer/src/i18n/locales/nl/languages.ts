// Dutch strings of "languages"; same keys as en/languages.ts.
export const languagesNl = {
  title: 'Taal',
  description:
    'De taal van ChannelKeeper op deze computer. Datums, getallen en bedragen worden geschreven zoals men dat in die taal doet.',
  label: 'Taal van de app',
  followingComputer: 'Nog niet gekozen: ChannelKeeper volgt de taal van deze computer.',
  chosen: 'Onthouden op deze computer. Teamgenoten kiezen hun eigen taal.',
  useComputer: 'De taal van deze computer volgen ({{language}})',
  saveFailed: 'De taal kon niet op deze computer worden onthouden',
  preview: {
    title: 'Zo zien datums en getallen eruit',
    date: 'Datum',
    number: 'Getal',
    money: 'Bedrag',
    weekStarts: 'Eerste dag van de week',
  },
};
