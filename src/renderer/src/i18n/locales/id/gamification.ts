// id strings of badges ("gamification.badges"), for statements printed in id.
export const gamificationId = {
  badges: {
    none: 'Belum ada lencana',
    label: 'Lencana',
    reachedOn: 'Dicapai pada {{date}}',
    current: 'Posisi saat ini',
    'first-claim': 'Klaim pertama',
    'claims-10': '10 klaim',
    'claims-50': '50 klaim',
    'points-1k': '1.000 poin',
    'points-10k': '10.000 poin',
    'points-100k': '100.000 poin',
    'target-reached': 'Target tercapai',
    'top-3': '3 besar',
    'top-10': '10 besar',
    meaning: {
      'first-claim': 'Klaim penjualan pertama yang disetujui dalam program ini.',
      'claims-10': 'Sepuluh klaim penjualan disetujui dalam program ini.',
      'claims-50': 'Lima puluh klaim penjualan disetujui dalam program ini.',
      'points-1k': 'Mengumpulkan 1.000 poin dalam program ini.',
      'points-10k': 'Mengumpulkan 10.000 poin dalam program ini.',
      'points-100k': 'Mengumpulkan 100.000 poin dalam program ini.',
      'target-reached': 'Mencapai target penjualan program ini.',
      'top-3': 'Termasuk tiga besar di papan peringkat poin saat ini.',
      'top-10': 'Termasuk sepuluh besar di papan peringkat poin saat ini.',
    },
  },
};
