// Settings → Backups: where backups go, the list of backups, back up now and restore.
export function BackupsSection() {
  return null;
}
