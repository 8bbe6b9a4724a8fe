// Malay strings of "careStatus"; same keys as en/careStatus.ts.
export const careStatusMs = {
  legend: 'Status penjagaan',
  status: 'Status penjagaan',
  statusHint:
    'Semasa berkabung atau dalam kesusahan, ucapan perayaan ditangguhkan dan sokongan kesusahan dicadangkan.',
  none: 'Tiada',
  mourning: 'Berkabung',
  hardship: 'Kesusahan',
  until: 'Sehingga',
  untilHint: 'Hari terakhir; biarkan kosong sehingga anda mengosongkannya.',
  note: 'Nota penjagaan',
  notePlaceholder: 'cth. Bapa meninggal dunia; tiada ucapan perayaan tahun ini',
  badge: {
    mourning: 'Berkabung sehingga {{date}}',
    mourningOpen: 'Berkabung',
    hardship: 'Kesusahan sehingga {{date}}',
    hardshipOpen: 'Kesusahan',
  },
};
