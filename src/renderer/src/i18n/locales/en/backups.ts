// English strings of "backups": automatic and manual backups of the data file, restore, integrity check.
export const backupsEn = {};
