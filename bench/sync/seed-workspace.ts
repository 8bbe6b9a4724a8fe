// A workspace with signed-in users for the benchmark, written straight into the server's store
// (the HTTP sign-in is measured by the tests, not here): each user gets a live session.
import { ulid } from 'ulid';
import type { Role } from '../../src/shared/sync-protocol';
import { createSession } from '../../src/server/auth/sessions';
import { openServerStore, type StoreLocation } from '../../src/server/db/connect';

export interface SeededUser {
  id: string;
  ownerId: string;
  role: Role;
  regions: string[];
  accessToken: string;
}

export interface SeededWorkspace {
  workspaceId: string;
  users: SeededUser[];
}

export async function seedWorkspace(
  location: StoreLocation,
  users: readonly { role: Role; regions: string[] }[],
): Promise<SeededWorkspace> {
  const store = await openServerStore(location);
  try {
    const now = new Date();
    const publicId = ulid();
    const workspace = await store.db
      .insertInto('workspaces')
      .values({ publicId, name: 'Bench brand', createdAt: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const seeded: SeededUser[] = [];
    for (const [index, user] of users.entries()) {
      const id = ulid();
      const ownerId = ulid();
      await store.db
        .insertInto('users')
        .values({
          id,
          workspaceId: workspace.id,
          email: `bench-${publicId.toLowerCase()}-${index}@example.com`,
          name: `Bench user ${index + 1}`,
          // Never used to sign in: sessions are made directly.
          passwordHash: 'unused',
          role: user.role,
          regions: JSON.stringify(user.regions),
          ownerId,
          createdAt: now.toISOString(),
          revokedAt: null,
        })
        .execute();
      const session = await createSession(store.db, id, now, {
        accessMs: 24 * 60 * 60 * 1000,
        refreshMs: 24 * 60 * 60 * 1000,
      });
      seeded.push({ id, ownerId, role: user.role, regions: user.regions, accessToken: session.accessToken });
    }
    return { workspaceId: publicId, users: seeded };
  } finally {
    await store.close();
  }
}
