// English strings of the points ledger, rewards, redemptions and the partner incentives card ("ledger").
export const ledgerEn = {
  placeholder: 'Coming soon.',
};
