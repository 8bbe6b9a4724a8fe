// Indonesian strings of "backups"; same keys as en/backups.ts.
export const backupsId = {
  section: {
    title: 'Cadangan',
    intro:
      'ChannelKeeper mencadangkan data Anda setiap hari, sebelum setiap pembaruan basis data, dan sebelum setiap impor. Aplikasi menyimpan {{daily}} cadangan harian terakhir dan satu cadangan per minggu selama {{weekly}} minggu sebelumnya.',
    loadFailed: 'Daftar cadangan tidak dapat dimuat',
  },
  folder: {
    label: 'Folder cadangan',
    description: 'Jalur lengkap folder di komputer ini (drive eksternal atau drive jaringan juga bisa).',
    save: 'Gunakan folder ini',
    useDefault: 'Gunakan folder bawaan',
    saved: 'Cadangan sekarang disimpan ke {{folder}}.',
    isDefault: 'Folder bawaan, di samping data Anda.',
  },
  actions: {
    backUpNow: 'Cadangkan sekarang',
    restoreFromFile: 'Pulihkan dari berkas…',
    exportArchive: 'Ekspor semuanya…',
    restore: 'Pulihkan',
    restoreNamed: 'Pulihkan cadangan tanggal {{date}}',
  },
  actionsHelp:
    'Ekspor semuanya membuat satu arsip (data dan lampiran) untuk memindahkan ChannelKeeper ke komputer lain; buka arsip itu di sana dengan “Pulihkan dari berkas…”.',
  list: {
    caption: 'Cadangan di folder ini',
    kind: 'Jenis',
    date: 'Dibuat',
    size: 'Ukuran',
    actions: 'Tindakan',
    empty:
      'Belum ada cadangan. Cadangan harian pertama dibuat tidak lama setelah Anda menambahkan data, atau buat sekarang.',
  },
  kinds: {
    daily: 'Harian',
    manual: 'Dibuat oleh Anda',
    'before-migration': 'Sebelum pembaruan aplikasi',
    'before-import': 'Sebelum impor',
    'before-restore': 'Sebelum pemulihan',
    'before-joining': 'Sebelum bergabung dengan tim',
  },
  backedUp: 'Cadangan dibuat: {{file}}.',
  backUpFailed: 'Cadangan tidak dapat dibuat',
  confirm: {
    title: 'Pulihkan cadangan ini?',
    titleFile: 'Pulihkan dari “{{file}}”?',
    message:
      'Semua data di ChannelKeeper saat ini akan diganti dengan data dari {{what}}. Data Anda saat ini dicadangkan terlebih dahulu, sehingga Anda dapat kembali ke data tersebut dengan memulihkan cadangan itu.',
    whatBackup: 'cadangan tanggal {{date}}',
    whatFile: 'berkas ini',
    archiveNote: 'Arsip juga membawa lampirannya (foto dan berkas dari catatan kunjungan).',
    confirm: 'Cadangkan dan pulihkan',
  },
  progress: {
    uploading: 'Membaca berkas… {{percent}}%',
    restoring: 'Memeriksa dan memulihkan…',
    exporting: 'Membuat arsip…',
    downloading: 'Menyiapkan unduhan… {{percent}}%',
  },
  restored: {
    title: 'Data dipulihkan',
    message:
      'ChannelKeeper sekarang menampilkan data yang dipulihkan. Data Anda sebelum pemulihan disimpan sebagai {{file}}.',
    attachments_other: '{{count}} lampiran ikut dipulihkan.',
  },
  restoreFailed: 'Tidak ada yang dipulihkan',
  exportFailed: 'Arsip tidak dapat dibuat',
  exported: 'Arsip {{file}} sedang diunduh.',
  errors: {
    folderNotWritable:
      'ChannelKeeper tidak dapat menulis ke {{folder}}. Pilih folder yang dapat Anda tulisi (bukan hanya-baca, bukan berkas).',
    folderNotAbsolute: 'Masukkan jalur lengkap folder, mis. /home/saya/Cadangan atau D:\\Cadangan.',
  },
  refusal: {
    empty: 'Berkas ini kosong, jadi bukan cadangan ChannelKeeper. Tidak ada yang diubah.',
    notSqlite: 'Berkas ini bukan cadangan ChannelKeeper (bukan berkas basis data). Tidak ada yang diubah.',
    notChannelKeeper:
      'Basis data ini tidak dibuat oleh ChannelKeeper (tidak memiliki tabel mitra, kontak, dan riwayat). Tidak ada yang diubah.',
    newerVersion:
      'Cadangan ini dibuat oleh versi ChannelKeeper yang lebih baru. Perbarui aplikasi, lalu pulihkan. Tidak ada yang diubah.',
    damaged:
      'Cadangan ini rusak (pemeriksaan integritasnya gagal), sehingga tidak dapat dipulihkan. Tidak ada yang diubah.',
    notArchive: 'Berkas ini bukan arsip atau cadangan ChannelKeeper. Tidak ada yang diubah.',
    unsafeEntry:
      'Arsip ini berisi berkas yang akan diekstrak di luar folder data, sehingga ditolak. Tidak ada yang diubah.',
    noManifest:
      'Berkas zip ini bukan arsip ChannelKeeper (tidak memiliki manifes ChannelKeeper). Tidak ada yang diubah.',
    noDatabase: 'Arsip ini tidak berisi basis data. Tidak ada yang diubah.',
    badAttachment:
      'Salah satu lampiran dalam arsip ini rusak (isinya tidak cocok dengan namanya). Tidak ada yang diubah.',
  },
  recovery: {
    title: 'Data Anda perlu dipulihkan',
    message:
      'ChannelKeeper tidak ditutup dengan benar terakhir kali, dan pemeriksaan berkas data menemukan kerusakan. Pulihkan cadangan terbaru agar dapat bekerja lagi; berkas yang rusak disimpan di sampingnya di folder data.',
    newest: 'Cadangan baik terbaru: {{date}} ({{kind}}).',
    restore: 'Pulihkan cadangan terbaru',
    noBackup:
      'Tidak ditemukan cadangan untuk dipulihkan. Tutup ChannelKeeper, pindahkan berkas yang rusak keluar dari folder data untuk memulai dari awal (atau untuk diberikan kepada orang yang dapat memperbaikinya), lalu jalankan ChannelKeeper lagi.',
    file: 'Berkas data: {{file}}',
    failed: 'Pemulihan tidak berhasil',
  },
};
