// Indonesian strings of "languages"; same keys as en/languages.ts.
export const languagesId = {
  title: 'Bahasa',
  description:
    'Bahasa ChannelKeeper di komputer ini. Tanggal, angka, dan jumlah uang ditulis sesuai kebiasaan dalam bahasa tersebut.',
  label: 'Bahasa aplikasi',
  followingComputer: 'Belum dipilih: ChannelKeeper mengikuti bahasa komputer ini.',
  chosen: 'Disimpan di komputer ini. Rekan tim memilih bahasa mereka sendiri.',
  useComputer: 'Ikuti bahasa komputer ini ({{language}})',
  saveFailed: 'Bahasa tidak dapat disimpan di komputer ini',
  preview: {
    title: 'Tampilan tanggal dan angka',
    date: 'Tanggal',
    number: 'Angka',
    money: 'Jumlah uang',
    weekStarts: 'Hari pertama dalam seminggu',
  },
};
