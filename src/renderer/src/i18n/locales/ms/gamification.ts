// ms strings of badges ("gamification.badges"), for statements printed in ms.
export const gamificationMs = {
  badges: {
    none: 'Belum ada lencana',
    label: 'Lencana',
    reachedOn: 'Dicapai pada {{date}}',
    current: 'Kedudukan semasa',
    'first-claim': 'Tuntutan pertama',
    'claims-10': '10 tuntutan',
    'claims-50': '50 tuntutan',
    'points-1k': '1,000 mata',
    'points-10k': '10,000 mata',
    'points-100k': '100,000 mata',
    'target-reached': 'Sasaran dicapai',
    'top-3': '3 teratas',
    'top-10': '10 teratas',
    meaning: {
      'first-claim': 'Tuntutan jualan pertama yang diluluskan dalam program ini.',
      'claims-10': 'Sepuluh tuntutan jualan diluluskan dalam program ini.',
      'claims-50': 'Lima puluh tuntutan jualan diluluskan dalam program ini.',
      'points-1k': 'Memperoleh 1,000 mata dalam program ini.',
      'points-10k': 'Memperoleh 10,000 mata dalam program ini.',
      'points-100k': 'Memperoleh 100,000 mata dalam program ini.',
      'target-reached': 'Mencapai sasaran jualan program ini.',
      'top-3': 'Antara tiga teratas di papan pendahulu mata sekarang.',
      'top-10': 'Antara sepuluh teratas di papan pendahulu mata sekarang.',
    },
  },
};
