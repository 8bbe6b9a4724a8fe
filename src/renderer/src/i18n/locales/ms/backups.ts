// Malay strings of "backups"; same keys as en/backups.ts.
export const backupsMs = {
  section: {
    title: 'Sandaran',
    intro:
      'ChannelKeeper membuat sandaran data anda setiap hari, sebelum setiap kemas kini pangkalan data dan sebelum setiap import. Ia menyimpan {{daily}} sandaran harian terakhir dan satu seminggu selama {{weekly}} minggu sebelum itu.',
    loadFailed: 'Sandaran tidak dapat dimuatkan',
  },
  folder: {
    label: 'Folder sandaran',
    description: 'Laluan penuh folder di komputer ini (pemacu luaran atau rangkaian juga boleh).',
    save: 'Guna folder ini',
    useDefault: 'Guna folder lalai',
    saved: 'Sandaran kini disimpan ke {{folder}}.',
    isDefault: 'Folder lalai, bersebelahan data anda.',
  },
  actions: {
    backUpNow: 'Buat sandaran sekarang',
    restoreFromFile: 'Pulihkan daripada fail…',
    exportArchive: 'Eksport semuanya…',
    restore: 'Pulihkan',
    restoreNamed: 'Pulihkan sandaran {{date}}',
  },
  actionsHelp:
    'Eksport semuanya membuat satu arkib (data dan lampiran) untuk memindahkan ChannelKeeper ke komputer lain; bukanya di sana dengan “Pulihkan daripada fail…”.',
  list: {
    caption: 'Sandaran dalam folder ini',
    kind: 'Jenis',
    date: 'Dibuat',
    size: 'Saiz',
    actions: 'Tindakan',
    empty:
      'Belum ada sandaran. Sandaran harian pertama dibuat sejurus selepas anda menambah data, atau buat satu sekarang.',
  },
  kinds: {
    daily: 'Harian',
    manual: 'Dibuat oleh anda',
    'before-migration': 'Sebelum kemas kini aplikasi',
    'before-import': 'Sebelum import',
    'before-restore': 'Sebelum pemulihan',
    'before-joining': 'Sebelum menyertai pasukan',
  },
  backedUp: 'Sandaran dibuat: {{file}}.',
  backUpFailed: 'Sandaran tidak dapat dibuat',
  confirm: {
    title: 'Pulihkan sandaran ini?',
    titleFile: 'Pulihkan daripada “{{file}}”?',
    message:
      'Semua yang ada dalam ChannelKeeper sekarang akan digantikan dengan data {{what}}. Data semasa anda disandarkan dahulu, jadi anda boleh kembali kepadanya dengan memulihkan sandaran itu.',
    whatBackup: 'sandaran {{date}}',
    whatFile: 'fail ini',
    archiveNote: 'Arkib turut membawa lampirannya (foto dan fail nota lawatan).',
    confirm: 'Sandar dan pulihkan',
  },
  progress: {
    uploading: 'Membaca fail… {{percent}}%',
    restoring: 'Menyemak dan memulihkan…',
    exporting: 'Membuat arkib…',
    downloading: 'Menyediakan muat turun… {{percent}}%',
  },
  restored: {
    title: 'Data dipulihkan',
    message:
      'ChannelKeeper kini memaparkan data yang dipulihkan. Data anda sebelum ini disimpan sebagai {{file}}.',
    attachments_other: '{{count}} lampiran turut dipulihkan.',
  },
  restoreFailed: 'Tiada apa-apa dipulihkan',
  exportFailed: 'Arkib tidak dapat dibuat',
  exported: 'Arkib {{file}} sedang dimuat turun.',
  errors: {
    folderNotWritable:
      'ChannelKeeper tidak dapat menulis ke {{folder}}. Pilih folder yang boleh ditulis (bukan baca sahaja, bukan fail).',
    folderNotAbsolute: 'Masukkan laluan penuh folder, cth. /home/me/Backups atau D:\\Backups.',
  },
  refusal: {
    empty: 'Fail ini kosong, jadi ia bukan sandaran ChannelKeeper. Tiada apa-apa diubah.',
    notSqlite: 'Fail ini bukan sandaran ChannelKeeper (ia bukan fail pangkalan data). Tiada apa-apa diubah.',
    notChannelKeeper:
      'Pangkalan data ini tidak dibuat oleh ChannelKeeper (tiada jadual rakan niaga, kenalan dan sejarah). Tiada apa-apa diubah.',
    newerVersion:
      'Sandaran ini dibuat oleh versi ChannelKeeper yang lebih baharu. Kemas kini aplikasi, kemudian pulihkannya. Tiada apa-apa diubah.',
    damaged:
      'Sandaran ini rosak (semakan integritinya gagal), jadi ia tidak dapat dipulihkan. Tiada apa-apa diubah.',
    notArchive: 'Fail ini bukan arkib atau sandaran ChannelKeeper. Tiada apa-apa diubah.',
    unsafeEntry:
      'Arkib ini mengandungi fail yang akan dibuka di luar folder data, jadi ia ditolak. Tiada apa-apa diubah.',
    noManifest:
      'Fail zip ini bukan arkib ChannelKeeper (tiada manifest ChannelKeeper). Tiada apa-apa diubah.',
    noDatabase: 'Arkib ini tiada pangkalan data. Tiada apa-apa diubah.',
    badAttachment:
      'Satu lampiran dalam arkib ini rosak (kandungannya tidak sepadan dengan namanya). Tiada apa-apa diubah.',
  },
  recovery: {
    title: 'Data anda perlu dipulihkan',
    message:
      'ChannelKeeper tidak ditutup dengan betul kali terakhir, dan semakan fail data anda menemui kerosakan. Pulihkan sandaran terbaharu untuk terus bekerja; fail yang rosak disimpan di sebelahnya dalam folder data.',
    newest: 'Sandaran baik terbaharu: {{kind}}, dibuat {{date}}.',
    restore: 'Pulihkan sandaran terbaharu',
    noBackup:
      'Tiada sandaran ditemui untuk dipulihkan. Tutup ChannelKeeper, alihkan fail yang rosak keluar dari folder data untuk bermula semula (atau berikannya kepada seseorang yang boleh membaikinya), kemudian mulakan ChannelKeeper semula.',
    file: 'Fail data: {{file}}',
    failed: 'Pemulihan tidak berjaya',
  },
};
