// The automatic daily backup: soon after start and at the app's hourly checks, when this
// computer's local day has no daily backup yet. An empty database (a fresh install) has nothing to
// lose and is skipped. A folder that cannot be written is logged; Settings shows the problem.
import { sql } from 'kysely';
import type { CoreContext } from '../context';
import { startHourlyChecks, type HourlyChecks } from '../hourly-checks';
import { backupFolder } from './backup-folder';
import { listBackups, localDay, makeBackup } from './backup-store';

const firstCheckDelay = 30_000;

/** Whether a daily backup is due on `now`'s local day, given the newest daily backup's time. */
export function dailyBackupDue(newestDaily: Date | null, now: Date): boolean {
  return newestDaily === null || localDay(newestDaily) !== localDay(now);
}

export async function backUpDailyIfDue(ctx: CoreContext, now: Date = new Date()): Promise<string | null> {
  const backups = await listBackups(await backupFolder(ctx.db, ctx.dataFile));
  const newest = backups.find((backup) => backup.kind === 'daily');
  if (!dailyBackupDue(newest ? new Date(newest.createdAt) : null, now)) return null;
  const { rows } = await sql<{ n: number }>`select count(*) as n from batches`.execute(ctx.db);
  if ((rows[0]?.n ?? 0) === 0) return null;
  return makeBackup(ctx, 'daily', { now });
}

export function startDailyBackups(ctx: CoreContext, now: () => Date = () => new Date()): HourlyChecks {
  let lastDay: string | null = null;
  return startHourlyChecks(
    firstCheckDelay,
    () => {
      const today = localDay(now());
      if (today === lastDay) return null;
      return async () => {
        await backUpDailyIfDue(ctx, now());
        lastDay = today;
      };
    },
    '[core] daily backup failed:',
  );
}
