// zh strings of badges ("gamification.badges"), for statements printed in zh.
export const gamificationZh = {
  badges: {
    none: '暂无徽章',
    label: '徽章',
    reachedOn: '达成于 {{date}}',
    current: '当前排名',
    'first-claim': '首次申报',
    'claims-10': '10 次申报',
    'claims-50': '50 次申报',
    'points-1k': '1,000 积分',
    'points-10k': '10,000 积分',
    'points-100k': '100,000 积分',
    'target-reached': '达成目标',
    'top-3': '前三名',
    'top-10': '前十名',
    meaning: {
      'first-claim': '本计划中第一笔获批的销售申报。',
      'claims-10': '本计划中已有十笔获批的销售申报。',
      'claims-50': '本计划中已有五十笔获批的销售申报。',
      'points-1k': '在本计划中赚取了 1,000 积分。',
      'points-10k': '在本计划中赚取了 10,000 积分。',
      'points-100k': '在本计划中赚取了 100,000 积分。',
      'target-reached': '达成了本计划的一个销售目标。',
      'top-3': '目前位列积分排行榜前三名。',
      'top-10': '目前位列积分排行榜前十名。',
    },
  },
};
