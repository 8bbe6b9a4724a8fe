// Indonesian strings of "careStatus"; same keys as en/careStatus.ts.
export const careStatusId = {
  legend: 'Status kepedulian',
  status: 'Status kepedulian',
  statusHint:
    'Selama berduka atau mengalami kesulitan, ucapan hari raya ditahan dan dukungan saat kesulitan disarankan.',
  none: 'Tidak ada',
  mourning: 'Sedang berduka',
  hardship: 'Sedang kesulitan',
  until: 'Hingga',
  untilHint: 'Hari terakhir; kosongkan sampai Anda menghapus statusnya.',
  note: 'Catatan kepedulian',
  notePlaceholder: 'mis. Ayahnya meninggal dunia; tidak ada ucapan hari raya tahun ini',
  badge: {
    mourning: 'Berduka hingga {{date}}',
    mourningOpen: 'Sedang berduka',
    hardship: 'Kesulitan hingga {{date}}',
    hardshipOpen: 'Sedang kesulitan',
  },
};
