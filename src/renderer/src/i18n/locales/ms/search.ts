// Malay strings of "search"; same keys as en/search.ts.
export const searchMs = {
  open: 'Buka carian',
  buttonText: 'Cari…',
  fieldLabel: 'Cari semua',
  prompt: 'Cari rakan niaga, kenalan, nota, kes…',
  results: 'Hasil carian',
  startHint:
    'Cari rakan niaga, kenalan, nota lawatan, kes dan ucapan dengan mana-mana perkataan di dalamnya.',
  searching: 'Mencari…',
  nothingFoundFor: 'Tiada yang sepadan dengan “{{query}}”.',
  nothingFoundHint: 'Semak ejaan, gunakan lebih sedikit perkataan, atau taip permulaan perkataan.',
  failed: 'Carian tidak tersedia buat masa ini',
  resultName: '{{kind}}: {{title}}',
  kind: {
    partner: 'Rakan niaga',
    contact: 'Kenalan',
    visitNote: 'Nota lawatan',
    dispute: 'Kes',
    retentionCase: 'Kes pengekalan',
    greeting: 'Ucapan',
  },
  untitledVisit: 'Lawatan ke {{partner}}',
  greetingTitle: 'Ucapan {{occasion}} kepada {{name}}',
  openedOn: 'dibuka {{date}}',
  sentOn: 'dihantar {{date}}',
};
