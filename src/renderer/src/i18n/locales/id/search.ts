// Indonesian strings of "search"; same keys as en/search.ts.
export const searchId = {
  open: 'Buka pencarian',
  buttonText: 'Cari…',
  fieldLabel: 'Cari di semua data',
  prompt: 'Cari mitra, kontak, catatan, kasus…',
  results: 'Hasil pencarian',
  startHint:
    'Temukan mitra, kontak, catatan kunjungan, kasus, dan ucapan berdasarkan kata apa pun di dalamnya.',
  searching: 'Mencari…',
  nothingFoundFor: 'Tidak ada yang cocok dengan “{{query}}”.',
  nothingFoundHint: 'Periksa ejaan, gunakan lebih sedikit kata, atau ketik awal sebuah kata.',
  failed: 'Pencarian sedang tidak tersedia',
  resultName: '{{kind}}: {{title}}',
  kind: {
    partner: 'Mitra',
    contact: 'Kontak',
    visitNote: 'Catatan kunjungan',
    dispute: 'Kasus',
    retentionCase: 'Kasus retensi',
    greeting: 'Ucapan',
  },
  untitledVisit: 'Kunjungan ke {{partner}}',
  greetingTitle: 'Ucapan {{occasion}} untuk {{name}}',
  openedOn: 'dibuka {{date}}',
  sentOn: 'dikirim {{date}}',
};
