// English strings of "updates": checking for, describing and installing new versions of the app.
export const updatesEn = {};
