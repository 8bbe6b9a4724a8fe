// English strings of the home dashboard ("dashboard").
export const dashboardEn = {};
