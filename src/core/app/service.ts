// Workspace-wide procedures: status for the first-run screen. Quick search lives in core/search.
import type { AppStatus } from '../../shared/app';
import type { CoreContext } from '../context';
import { liveCount } from '../db/live-counts';
import { getProfile } from '../owners/service';

export async function appStatus(ctx: CoreContext): Promise<AppStatus> {
  const [partnerCount, contactCount, profile] = await Promise.all([
    liveCount(ctx, 'partners'),
    liveCount(ctx, 'contacts'),
    getProfile(ctx),
  ]);
  return {
    partnerCount,
    contactCount,
    profile,
    dataFile: ctx.dataFile,
    replicaId: ctx.clock.replicaId,
    schemaVersion: ctx.schemaVersion,
  };
}

export { quickSearch } from '../search/quick-search';
