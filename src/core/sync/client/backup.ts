// The copy of the local database made before joining a workspace, whichever way the user chose:
// an upload changes what the team sees, a download replaces this computer's data.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { CoreContext } from '../../context';

/** `<dataDir>/backups/before-joining-<workspace>-<timestamp>.sqlite3`, a consistent snapshot. */
export async function backUpBeforeJoining(
  ctx: Pick<CoreContext, 'db' | 'dataFile'>,
  workspaceName: string,
  now: Date = new Date(),
): Promise<string> {
  const folder = path.join(path.dirname(ctx.dataFile), 'backups');
  await mkdir(folder, { recursive: true });
  const slug =
    workspaceName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'workspace';
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = path.join(folder, `before-joining-${slug}-${stamp}.sqlite3`);
  // VACUUM INTO writes a consistent copy of the live database (WAL included) without stopping it.
  await sql`vacuum into ${file}`.execute(ctx.db);
  return file;
}
