// Restoring: the live database takes the content of a checked file through SQLite's backup API in
// the reverse direction, so the connection (and everything holding it) stays valid; an older file
// is then migrated, this computer's own settings put back, and every screen told to reload. The
// current data is backed up first, and put back if anything fails on the way.
import { sql } from 'kysely';
import type { CoreContext } from '../context';
import { migrateToLatest } from '../db/migrate';
import { migrations } from '../db/migrations';
import { refreshQueryPlannerStatistics } from '../db/open-database';
import { syncClientOf } from '../sync/client/sync-client';
import { replicaFileKey, replicaIdKey } from '../sync/replica-identity';
import { makeBackupNow, oneAtATime } from './backup-store';
import { checkCandidate } from './candidate-file';
import { restoreIntoLiveDatabase } from './online-backup';

/** Settings that belong to this computer, not to the data: they survive a restore. */
const computerSettings = [replicaIdKey, replicaFileKey, 'backupFolder'];

export interface RestoreOutcome {
  safetyBackup: string;
  restoredSchemaVersion: number;
}

export interface RestoreOptions {
  /** The field refusals are reported at. */
  field: string;
  /** Runs after the database was restored, before listeners hear of it (attachments of an archive). */
  afterRestore?: () => Promise<void>;
}

export function restoreDatabase(
  ctx: CoreContext,
  sourceFile: string,
  options: RestoreOptions,
): Promise<RestoreOutcome> {
  return oneAtATime(ctx.db, () => restoreNow(ctx, sourceFile, options));
}

async function restoreNow(
  ctx: CoreContext,
  sourceFile: string,
  options: RestoreOptions,
): Promise<RestoreOutcome> {
  const candidate = await checkCandidate(sourceFile, options.field);
  const safetyBackup = await makeBackupNow(ctx, 'before-restore', { field: options.field });
  const sync = syncClientOf(ctx);
  await sync.pause();
  try {
    const kept = await ctx.db
      .selectFrom('localSettings')
      .selectAll()
      .where('key', 'in', computerSettings)
      .execute();
    await restoreIntoLiveDatabase(ctx.db, sourceFile);
    try {
      await migrateToLatest(ctx.db as never, ctx.dataFile, migrations, new Date(), false);
      await ctx.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('localSettings').where('key', 'in', computerSettings).execute();
        if (kept.length > 0) await trx.insertInto('localSettings').values(kept).execute();
      });
    } catch (error) {
      // Back to the data as it was a moment ago, then report.
      await restoreIntoLiveDatabase(ctx.db, safetyBackup);
      throw error;
    }
    await adoptRestoredIdentity(ctx);
    await refreshQueryPlannerStatistics(ctx.db);
    await options.afterRestore?.();
  } finally {
    await sync.start().catch((error: unknown) => console.error('[backups] sync did not resume:', error));
  }
  // Every cached answer (lists, totals, the renderer's queries) is stale now.
  ctx.emit({ tables: ['*'], batchId: null });
  return { safetyBackup, restoredSchemaVersion: candidate.schemaVersion };
}

/** The restored data's local user, and a clock that stamps after everything in it. */
async function adoptRestoredIdentity(ctx: CoreContext): Promise<void> {
  const self = await ctx.db
    .selectFrom('localSettings')
    .select('value')
    .where('key', '=', 'selfOwnerId')
    .executeTakeFirst();
  if (self?.value) ctx.switchSelfOwner(self.value);
  const { rows } = await sql<{ hlc: string | null }>`select max(hlc) as hlc from batches`.execute(ctx.db);
  const newest = rows[0]?.hlc;
  if (newest) ctx.clock.observe(newest);
}
