// The copy of the local database made before joining a workspace, whichever way the user chose:
// an upload changes what the team sees, a download replaces this computer's data.
import type { CoreContext } from '../../context';
import { makeBackup } from '../../backups/backup-store';

/** `<backup folder>/before-joining-<workspace>-<timestamp>.sqlite3`, a consistent snapshot. */
export function backUpBeforeJoining(
  ctx: Pick<CoreContext, 'db' | 'dataFile'>,
  workspaceName: string,
  now: Date = new Date(),
): Promise<string> {
  return makeBackup(ctx, 'before-joining', { note: workspaceName || 'workspace', now });
}
