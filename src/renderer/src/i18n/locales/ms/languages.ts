// Malay strings of "languages"; same keys as en/languages.ts.
export const languagesMs = {
  title: 'Bahasa',
  description:
    'Bahasa ChannelKeeper di komputer ini. Tarikh, nombor dan jumlah wang ditulis mengikut cara penutur bahasa itu menulisnya.',
  label: 'Bahasa aplikasi',
  followingComputer: 'Belum dipilih: ChannelKeeper mengikut bahasa komputer ini.',
  chosen: 'Diingati di komputer ini. Rakan sepasukan memilih bahasa mereka sendiri.',
  useComputer: 'Ikut bahasa komputer ini ({{language}})',
  saveFailed: 'Bahasa tidak dapat diingati di komputer ini',
  preview: {
    title: 'Rupa tarikh dan nombor',
    date: 'Tarikh',
    number: 'Nombor',
    money: 'Jumlah',
    weekStarts: 'Hari pertama minggu',
  },
};
