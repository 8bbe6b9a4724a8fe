// English strings of rebate, MDF and co-op funds and fund requests ("funds").
export const fundsEn = {
  placeholder: 'Coming soon.',
};
