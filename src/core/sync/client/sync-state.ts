// What this computer remembers of its team connection, none of it secret: the server's address,
// the workspace and user, how far the log has been pulled, when it last synced, and which
// workspaces it has already joined (so reconnecting never asks again what to do with local data).
// It lives in local_settings, which is never synced.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { roles } from '../../../shared/sync-protocol';
import type { Database } from '../../db/database';

/** Saved with each pulled page by the replica, in the page's transaction. */
export const cursorKey = 'sync.cursor';

const keys = {
  serverUrl: 'sync.serverUrl',
  workspace: 'sync.workspace',
  user: 'sync.user',
  phase: 'sync.phase',
  lastSyncAt: 'sync.lastSyncAt',
  joinedWorkspaces: 'sync.joinedWorkspaces',
  cursor: cursorKey,
} as const;

const workspaceSchema = z.object({ id: z.string(), name: z.string() });
const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  regions: z.array(z.string()),
  ownerId: z.string(),
});

/**
 * off: not connected. choose: signed in, waiting for the user's choice about local data.
 * joining: a join (upload or download) began and has not finished; it runs again on the next start.
 * joined: syncing.
 */
export type SyncPhase = 'off' | 'choose' | 'joining' | 'joined';

export interface SyncSettings {
  serverUrl: string | null;
  workspace: z.infer<typeof workspaceSchema> | null;
  user: z.infer<typeof userSchema> | null;
  phase: SyncPhase;
  lastSyncAt: string | null;
  joinedWorkspaces: string[];
  /** Last pulled server sequence. */
  cursor: number;
}
export type SyncUser = z.infer<typeof userSchema>;

type Db = Kysely<Database>;

export async function readSyncSettings(db: Db): Promise<SyncSettings> {
  const rows = await db
    .selectFrom('localSettings')
    .select(['key', 'value'])
    .where('key', 'in', Object.values(keys))
    .execute();
  const values = new Map(rows.map((row) => [row.key, row.value]));
  const json = <S extends z.ZodType>(key: string, schema: S): z.output<S> | null => {
    const text = values.get(key);
    if (text === undefined) return null;
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      return parsed.success ? (parsed.data as z.output<S>) : null;
    } catch {
      return null;
    }
  };
  const phase = values.get(keys.phase);
  return {
    serverUrl: values.get(keys.serverUrl) ?? null,
    workspace: json(keys.workspace, workspaceSchema),
    user: json(keys.user, userSchema),
    phase: phase === 'choose' || phase === 'joining' || phase === 'joined' ? phase : 'off',
    lastSyncAt: values.get(keys.lastSyncAt) ?? null,
    joinedWorkspaces: json(keys.joinedWorkspaces, z.array(z.string())) ?? [],
    cursor: Number(values.get(keys.cursor) ?? 0) || 0,
  };
}

/** Saves the given settings (null removes one) in one transaction. */
export async function writeSyncSettings(db: Db, changes: Partial<SyncSettings>): Promise<void> {
  const entries: [string, string | null][] = [];
  for (const [name, value] of Object.entries(changes) as [keyof SyncSettings, unknown][]) {
    const key = keys[name];
    if (value === undefined) continue;
    if (value === null) entries.push([key, null]);
    else entries.push([key, typeof value === 'string' ? value : JSON.stringify(value)]);
  }
  if (entries.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const [key, value] of entries) {
      if (value === null) {
        await trx.deleteFrom('localSettings').where('key', '=', key).execute();
      } else {
        await trx
          .insertInto('localSettings')
          .values({ key, value })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
          .execute();
      }
    }
  });
}

/**
 * Forgets the connection; the list of joined workspaces stays (their data is still here). The
 * cursor goes too: a later connection may be to another server, and pulling again from the start is
 * harmless (changes already here are skipped).
 */
export function clearConnection(db: Db): Promise<void> {
  return writeSyncSettings(db, {
    serverUrl: null,
    workspace: null,
    user: null,
    phase: 'off',
    lastSyncAt: null,
    cursor: 0,
  });
}

/** The owner id of the local user, the actor of local changes; read at start by the core. */
export async function saveSelfOwnerId(db: Db, ownerId: string): Promise<void> {
  await db
    .insertInto('localSettings')
    .values({ key: 'selfOwnerId', value: ownerId })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: ownerId }))
    .execute();
}
