// English strings of survey answers and NPS ("surveys").
export const surveysEn = {
  category: { promoter: 'Promoter', passive: 'Passive', detractor: 'Detractor' },
};
