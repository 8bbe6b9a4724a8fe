// English strings of sales claims and the product catalog ("claims").
export const claimsEn = {
  placeholder: 'Coming soon.',
};
