// Two server instances on one PostgreSQL database, each taking pushes at the same time, while a
// third client pulls as fast as it can (always at the head of the log): the puller ends with every batch exactly once, because pushes
// of one workspace take turns on the workspace's row (sequence order is commit order), so a cursor
// never passes a batch that commits later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import type { FastifyInstance } from 'fastify';
import type { PullResponse, SyncBatch } from '../../../src/shared/sync-protocol';
import { openServerStore, type ServerStore } from '../../../src/server/db/connect';
import {
  openSyncServer,
  type FixtureUser,
  type FixtureWorkspace,
  type SyncServerFixture,
} from '../../support/sync-server-fixture';
import { batch, create, push, set, stamp } from './sync-batches';

describe('sync with two server instances on one PostgreSQL', () => {
  let server: SyncServerFixture;
  let secondApp: FastifyInstance;
  let secondStore: ServerStore;
  let workspace: FixtureWorkspace;
  let admin: FixtureUser;

  beforeAll(async () => {
    server = await openSyncServer('postgres');
    secondStore = await openServerStore({ databaseUrl: server.databaseUrl! });
    secondApp = await server.openApp({ store: secondStore });
    workspace = await server.addWorkspace();
    admin = await server.addUser(workspace, { role: 'admin' });
  });
  afterAll(async () => {
    await secondApp.close();
    await secondStore.close();
    await server.close();
  });

  it('never lets a puller skip a batch committed while it pulls', async () => {
    const pushed: SyncBatch[] = [];
    const now = Date.now();
    const pusher = async (app: FastifyInstance, replica: string) => {
      for (let i = 0; i < 25; i++) {
        const p = ulid();
        // Several scopes per batch: each push writes several rows, widening the race window.
        const batches = Array.from({ length: 12 }, (_, j) =>
          batch(
            [
              create('partners', p, { name: `${replica} ${i}`, region: 'North' }),
              create('contacts', ulid(), { partnerId: p }),
              set('products', 'prod', 'name', `${i}.${j}`),
            ],
            stamp(now, i * 12 + j, replica),
          ),
        );
        const response = await push(app, admin.headers, workspace.publicId, batches);
        expect(response.statusCode, response.body).toBe(200);
        pushed.push(...batches);
      }
    };
    // Every change of every batch, as `batchId rowId field`: a batch may arrive in parts by scope.
    const seen: string[] = [];
    let done = false;
    let cursor = 0;
    const pullOnce = async () => {
      const response = await server.app.inject({
        method: 'GET',
        url: `/v1/sync/pull?after=${cursor}&limit=1000`,
        headers: admin.headers,
      });
      const page = response.json<PullResponse>();
      seen.push(...page.batches.flatMap((b) => b.changes.map((c) => `${b.id} ${c.rowId} ${c.field}`)));
      cursor = page.cursor;
      return page;
    };
    const puller = async () => {
      while (!done) await pullOnce();
      while ((await pullOnce()).more);
    };
    const pulling = puller();
    await Promise.all([
      pusher(server.app, 'one'),
      pusher(secondApp, 'two'),
      pusher(server.app, 'three'),
      pusher(secondApp, 'four'),
    ]);
    done = true;
    await pulling;
    const expected = pushed.flatMap((b) => b.changes.map((c) => `${b.id} ${c.rowId} ${c.field}`));
    expect(seen.sort()).toEqual(expected.sort());
  });
});
