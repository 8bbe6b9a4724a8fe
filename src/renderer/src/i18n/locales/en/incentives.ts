// English strings of award explanations and the month's settlement check ("incentives").
export const incentivesEn = {
  placeholder: 'Coming soon.',
};
