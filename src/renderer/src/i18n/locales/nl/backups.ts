// Dutch strings of "backups"; same keys as en/backups.ts.
export const backupsNl = {};
