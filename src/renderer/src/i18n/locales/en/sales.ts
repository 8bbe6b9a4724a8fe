// English strings of sales records, the partner's sales and the workspace currency ("sales").
export const salesEn = {};
