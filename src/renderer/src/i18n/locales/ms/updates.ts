// Malay strings of "updates"; same keys as en/updates.ts.
export const updatesMs = {
  section: {
    title: 'Kemas kini',
    description:
      'ChannelKeeper mencari versi baharu semasa dimulakan dan sekali sehari. Tiada apa-apa dimuat turun atau dipasang sehingga anda bersetuju.',
    browserMode:
      'Kemas kini disertakan dengan aplikasi desktop. Dalam mod pelayar, halaman ini disediakan oleh ChannelKeeper di komputer ini; kemas kini aplikasi itu untuk mendapatkan versi baharu.',
    development: 'Ini binaan pembangunan: hanya aplikasi yang dipasang menyemak kemas kini.',
    currentVersion: 'Versi dipasang',
    checkNow: 'Semak sekarang',
    loadFailed: 'Status kemas kini tidak dapat dibaca.',
  },
  phase: {
    idle: 'Belum disemak dalam sesi ini.',
    checking: 'Mencari versi baharu…',
    upToDate: 'ChannelKeeper adalah terkini.',
    downloading: 'Memuat turun versi {{version}}… {{percent}}%',
  },
  lastCheck: {
    label: 'Semakan terakhir',
    upToDate: '{{when}}: terkini',
    available: '{{when}}: versi baharu ditemui',
    offline: '{{when}}: gagal, luar talian (suapan kemas kini tidak dapat dihubungi)',
    failed: '{{when}}: gagal, suapan kemas kini tidak memberi jawapan yang boleh digunakan',
    never: 'Tidak pernah',
  },
  offer: {
    title: 'ChannelKeeper {{version}} tersedia',
    released: 'Dikeluarkan {{date}}',
    notesLabel: 'Nota keluaran versi {{version}}',
    noNotes: 'Keluaran ini tiada nota keluaran.',
    download: 'Muat turun',
    later: 'Kemudian',
    downloadFailedOffline:
      'Muat turun terhenti: suapan kemas kini tidak dapat dihubungi. Cuba lagi apabila anda dalam talian.',
    downloadFailed: 'Muat turun gagal. Cuba lagi, atau semak suapan kemas kini di Tetapan → Kemas kini.',
    downloadingLabel: 'Kemajuan muat turun',
    readyTitle: 'ChannelKeeper {{version}} sedia untuk dipasang',
    readyText: 'Aplikasi ditutup, memasang versi baharu dan dibuka semula. Data anda kekal di tempatnya.',
    install: 'Mula semula dan pasang',
    details: 'Butiran di Tetapan',
  },
  feed: {
    label: 'Suapan kemas kini',
    description:
      'Folder web yang menyimpan keluaran (latest.yml dan pemasang). Pelayan pasukan anda boleh menjadi hosnya.',
    save: 'Simpan suapan',
    useDefault: 'Guna suapan lalai',
    isDefault: 'Ini suapan yang digunakan semasa aplikasi dibina.',
    saved: 'Suapan kemas kini disimpan.',
    problems: {
      empty: 'Masukkan alamat suapan kemas kini, cth. https://updates.example.com/channelkeeper/',
      invalid: 'Ini bukan alamat web. Gunakan cth. https://updates.example.com/channelkeeper/',
      protocol: 'Suapan kemas kini mesti alamat http:// atau https://.',
      credentials:
        'Jangan masukkan nama pengguna dan kata laluan dalam alamat: suapan mesti boleh dibaca tanpanya.',
      request: 'Aplikasi menolak permintaan itu. Mulakan semula ChannelKeeper dan cuba lagi.',
      forbidden: 'Aplikasi menolak permintaan itu. Mulakan semula ChannelKeeper dan cuba lagi.',
    },
  },
};
