// Workspaces (one per brand): created from the command line, found by their public id.
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { ServerDatabase } from '../db/database';

export interface Workspace {
  id: number;
  publicId: string;
  name: string;
}

export async function createWorkspace(
  db: Kysely<ServerDatabase>,
  name: string,
  now: Date,
): Promise<Workspace> {
  const publicId = ulid(now.getTime());
  const row = await db
    .insertInto('workspaces')
    .values({ publicId, name, createdAt: now.toISOString() })
    .returning(['id', 'publicId', 'name'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function findWorkspace(
  db: Kysely<ServerDatabase>,
  publicId: string,
): Promise<Workspace | undefined> {
  return db
    .selectFrom('workspaces')
    .select(['id', 'publicId', 'name'])
    .where('publicId', '=', publicId)
    .executeTakeFirst();
}
