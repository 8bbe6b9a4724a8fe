// Indonesian strings of "backups"; same keys as en/backups.ts.
export const backupsId = {};
