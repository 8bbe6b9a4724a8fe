// The user's regions as the server filters by them, followed on this computer: partners the
// pull pages say left the user's regions, and a change of the user's own role or regions (pages
// name the role and regions they were filtered by). What is no longer the user's is removed; what
// may now be is downloaded by the pull (sync-run.ts).
import { roles, type PullResponse, type Role } from '../../../shared/sync-protocol';
import type { CoreContext } from '../../context';
import { partnersOutsideRegions, removeDepartedPartners } from '../departed-partners';
import { readSyncSettings, writeSyncSettings } from './sync-state';
import { scopeChange, type ViewerScope } from './viewer-scope';

/**
 * Follows a change of the user's role or regions that the server's pages show: partners no longer
 * the user's are removed, and the saved user is updated, unless partners may also have become
 * theirs ('widened'): then the caller downloads them first and saves the user after (a sync cut
 * short in between notices the change again next time).
 */
export async function followViewer(
  ctx: CoreContext,
  viewer: ViewerScope,
): Promise<'same' | 'followed' | 'widened'> {
  const { user } = await readSyncSettings(ctx.db);
  if (!user) return 'same';
  const change = scopeChange(user, viewer);
  if (change.narrowed) await removeDepartedPartners(ctx, await partnersOutsideRegions(ctx, viewer.regions));
  if (change.widened) return 'widened';
  if (user.role !== viewer.role || user.regions.join('\u001f') !== viewer.regions.join('\u001f')) {
    await writeViewer(ctx, viewer);
    return 'followed';
  }
  return 'same';
}

export async function writeViewer(ctx: CoreContext, viewer: ViewerScope): Promise<void> {
  const { user } = await readSyncSettings(ctx.db);
  if (!user || !isRole(viewer.role)) return;
  await writeSyncSettings(ctx.db, { user: { ...user, role: viewer.role, regions: [...viewer.regions] } });
}

const isRole = (role: string): role is Role => (roles as readonly string[]).includes(role);

/**
 * The partners these pages say left the user's regions, except those a later page of them brings
 * changes of again (moved back: still the user's).
 */
export function departedIn(pages: readonly PullResponse[]): string[] {
  const departed = new Set<string>();
  for (const page of pages) {
    for (const batch of page.batches) {
      for (const change of batch.changes) if (change.table === 'partners') departed.delete(change.rowId);
    }
    for (const id of page.departed ?? []) departed.add(id);
  }
  return [...departed];
}
