// Indonesian strings of "updates"; same keys as en/updates.ts.
export const updatesId = {
  section: {
    title: 'Pembaruan',
    description:
      'ChannelKeeper mencari versi baru saat dimulai dan sekali sehari. Tidak ada yang diunduh atau dipasang sampai Anda menyetujuinya.',
    browserMode:
      'Pembaruan tersedia melalui aplikasi desktop. Dalam mode browser, halaman ini disajikan oleh ChannelKeeper di komputer ini; perbarui aplikasi tersebut untuk mendapatkan versi baru.',
    development: 'Ini adalah build pengembangan: hanya aplikasi yang terpasang yang memeriksa pembaruan.',
    currentVersion: 'Versi terpasang',
    checkNow: 'Periksa sekarang',
    loadFailed: 'Status pembaruan tidak dapat dibaca.',
  },
  phase: {
    idle: 'Belum diperiksa dalam sesi ini.',
    checking: 'Mencari versi baru…',
    upToDate: 'ChannelKeeper sudah versi terbaru.',
    downloading: 'Mengunduh versi {{version}}… {{percent}}%',
  },
  lastCheck: {
    label: 'Pemeriksaan terakhir',
    upToDate: '{{when}}: sudah versi terbaru',
    available: '{{when}}: versi baru ditemukan',
    offline: '{{when}}: gagal, offline (sumber pembaruan tidak dapat dijangkau)',
    failed: '{{when}}: gagal, sumber pembaruan tidak memberikan jawaban yang dapat dipakai',
    never: 'Belum pernah',
  },
  offer: {
    title: 'ChannelKeeper {{version}} tersedia',
    released: 'Dirilis {{date}}',
    notesLabel: 'Catatan rilis versi {{version}}',
    noNotes: 'Rilis ini tidak disertai catatan rilis.',
    download: 'Unduh',
    later: 'Nanti',
    downloadFailedOffline:
      'Unduhan terhenti: sumber pembaruan tidak dapat dijangkau. Coba lagi saat Anda online.',
    downloadFailed: 'Unduhan gagal. Coba lagi, atau periksa sumber pembaruan di Pengaturan → Pembaruan.',
    downloadingLabel: 'Kemajuan unduhan',
    readyTitle: 'ChannelKeeper {{version}} siap dipasang',
    readyText: 'Aplikasi akan ditutup, memasang versi baru, lalu terbuka lagi. Data Anda tetap di tempatnya.',
    install: 'Mulai ulang dan pasang',
    details: 'Detail di Pengaturan',
  },
  feed: {
    label: 'Sumber pembaruan',
    description:
      'Folder web yang berisi rilis (latest.yml dan berkas penginstal). Server tim Anda dapat menyediakannya.',
    save: 'Simpan sumber',
    useDefault: 'Gunakan sumber bawaan',
    isDefault: 'Ini adalah sumber bawaan aplikasi.',
    saved: 'Sumber pembaruan disimpan.',
    problems: {
      empty: 'Masukkan alamat sumber pembaruan, mis. https://updates.example.com/channelkeeper/',
      invalid: 'Ini bukan alamat web. Gunakan mis. https://updates.example.com/channelkeeper/',
      protocol: 'Sumber pembaruan harus berupa alamat http:// atau https://.',
      credentials:
        'Jangan cantumkan nama pengguna dan kata sandi di alamat: sumber harus dapat dibaca tanpa keduanya.',
      request: 'Aplikasi menolak permintaan ini. Mulai ulang ChannelKeeper dan coba lagi.',
      forbidden: 'Aplikasi menolak permintaan ini. Mulai ulang ChannelKeeper dan coba lagi.',
    },
  },
};
