// Backup file names say what each backup is: `<kind>[-<note>]-<UTC timestamp>.sqlite3`, e.g.
// `daily-2026-03-04T09-15-00-000Z.sqlite3` or `before-migration-v6-2026-03-04T09-15-00-000Z.sqlite3`.
// Migration backups from before this scheme (`channelkeeper-v5-<stamp>.sqlite3`) are still
// recognised, so they show up in the list and are rotated.
import { backupKinds, type BackupKind } from '../../shared/backups';

export interface ParsedBackupName {
  kind: BackupKind;
  createdAt: Date;
}

const stampPattern = '(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z';
const kindPattern = backupKinds.join('|');
const current = new RegExp(`^(${kindPattern})(?:-[a-z0-9-]{1,60})?-${stampPattern}\\.sqlite3$`);
const legacyMigration = new RegExp(`^channelkeeper-v\\d+-${stampPattern}\\.sqlite3$`);

/** `2026-03-04T09:15:00.000Z` → `2026-03-04T09-15-00-000Z`: sorts like the time, valid everywhere. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** Lower-case letters, digits and dashes only, so a note never escapes the folder. */
export function noteSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export function backupFileName(kind: BackupKind, at: Date, note?: string): string {
  const slug = note ? noteSlug(note) : '';
  return `${kind}${slug ? `-${slug}` : ''}-${fileStamp(at)}.sqlite3`;
}

export function parseBackupName(fileName: string): ParsedBackupName | null {
  const match = current.exec(fileName);
  if (match) {
    const createdAt = stampDate(match.slice(2));
    return createdAt ? { kind: match[1] as BackupKind, createdAt } : null;
  }
  const migration = legacyMigration.exec(fileName);
  if (migration) {
    const createdAt = stampDate(migration.slice(1));
    return createdAt ? { kind: 'before-migration', createdAt } : null;
  }
  return null;
}

function stampDate(parts: string[]): Date | null {
  const [day, hours, minutes, seconds, millis] = parts;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
