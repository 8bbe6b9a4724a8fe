// Which backups to delete: automatic daily backups keep the newest few days plus one per week for
// a few weeks before that; every other kind (manual, before a migration, an import, a restore,
// joining a workspace) keeps its own newest few. Pure, so its promises are property-tested.
import type { BackupKind } from '../../shared/backups';

export interface RotationPolicy {
  daily: number;
  weekly: number;
  /** Newest backups kept of each kind other than daily. */
  others: Record<Exclude<BackupKind, 'daily'>, number>;
}

export const defaultRotation: RotationPolicy = {
  daily: 7,
  weekly: 4,
  others: {
    manual: 20,
    'before-migration': 5,
    'before-import': 10,
    'before-restore': 5,
    'before-joining': 3,
  },
};

export interface RotatedBackup {
  fileName: string;
  kind: BackupKind;
  createdAt: Date;
}

/** The backups to delete; everything else stays. Never the newest backup of any kind. */
export function backupsToDelete<T extends RotatedBackup>(backups: readonly T[], policy: RotationPolicy): T[] {
  const keep = new Set<T>();
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.fileName.localeCompare(a.fileName),
  );

  const daily = newestFirst.filter((backup) => backup.kind === 'daily');
  const keptDaily = daily.slice(0, Math.max(1, policy.daily));
  for (const backup of keptDaily) keep.add(backup);
  // One per week (the week's newest) for the weeks before those the daily backups cover.
  const weeksCovered = new Set(keptDaily.map((backup) => weekKey(backup.createdAt)));
  let weekly = 0;
  for (const backup of daily) {
    if (weekly >= policy.weekly) break;
    const week = weekKey(backup.createdAt);
    if (keep.has(backup) || weeksCovered.has(week)) continue;
    weeksCovered.add(week);
    keep.add(backup);
    weekly++;
  }

  for (const [kind, count] of Object.entries(policy.others)) {
    const ofKind = newestFirst.filter((backup) => backup.kind === kind);
    for (const backup of ofKind.slice(0, Math.max(1, count))) keep.add(backup);
  }
  return newestFirst.filter((backup) => !keep.has(backup));
}

/** The Monday (UTC) of the backup's week, as `YYYY-MM-DD`. */
export function weekKey(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}
