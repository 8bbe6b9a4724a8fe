// A long download says how far it has come: while a computer downloads several pages (a joining
// computer's snapshot, a returning one's changes), its sync status carries the step and the share
// done, and the progress is gone once the sync ends. The server's answer is held back at a page in
// the middle, as on a slow network, so the status is read while the download is surely under way.
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../src/shared/sync';
import { foldAllHistory, joinByInvite, partnerInput, serverPerTest, type Client } from './client-harness';

/**
 * Asks for the status until it shows a download of at least `share` (the pages before the held
 * one are merged one after another, after the held request has gone out).
 */
async function statusWithDownload(client: Client, share = 0): Promise<SyncStatus> {
  for (let tries = 0; tries < 100; tries++) {
    const status = await client.ok('sync.status', {});
    if (status.download && status.download.share > share) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The status never showed the download under way.');
}

describe.each(['sqlite', 'postgres'] as const)('download progress (%s)', (kind) => {
  const live = serverPerTest(kind);
  const client = () => live.client();

  /** Partners pushed in `pushes` separate syncs, so the log holds that many rows. */
  async function pushPartners(a: Client, pushes: number, perPush: number): Promise<void> {
    for (let push = 0; push < pushes; push++) {
      for (let i = 0; i < perPush; i++)
        await a.ok('partners.create', partnerInput(`Dealer ${push}-${i}`, 'North'));
      await a.ok('sync.now', {});
    }
  }

  it("shows the share of the team's changes downloaded, then nothing once synced", async () => {
    const { server } = live;
    const a = await client();
    const b = await client();
    await joinByInvite(a, server, await server.invite());
    await joinByInvite(b, server, await server.invite());
    expect(await b.ok('sync.status', {})).toMatchObject({ state: 'synced', download: null });
    // Ten log rows of 25 partners: pages of 50 messages hold two rows each.
    await pushPartners(a, 10, 25);

    const held = server.link.holdRequest('GET /v1/sync/pull', 3);
    const syncing = b.ok('sync.now', {});
    await held.caught;
    // Two pages of five are merged while the third one waits, and no more.
    const during = await statusWithDownload(b, 0.2).finally(() => held.release());
    expect(during.state).toBe('syncing');
    expect(during.download?.step).toBe('changes');
    expect(during.download?.share).toBeLessThan(0.6);

    expect(await syncing).toMatchObject({ state: 'synced', download: null });
    expect((await b.ok('partners.list', { limit: 1 })).total).toBe(250);
  });

  it("shows the share of the workspace's snapshot merged while a new computer joins", async () => {
    const { server } = live;
    const a = await client();
    await joinByInvite(a, server, await server.invite());
    await pushPartners(a, 1, 160);
    expect(await foldAllHistory(server)).toBeGreaterThan(0);

    // Snapshot pages of 50 rows: the second page waits.
    const c = await client();
    const held = server.link.holdRequest('GET /v1/sync/snapshot', 2);
    const joining = joinByInvite(c, server, await server.invite());
    await held.caught;
    const during = await statusWithDownload(c).finally(() => held.release());
    expect(during.state).toBe('syncing');
    expect(during.download?.step).toBe('snapshot');
    expect(during.download?.share).toBeGreaterThan(0);
    expect(during.download?.share).toBeLessThanOrEqual(50 / 160);

    expect(await joining).toMatchObject({ state: 'synced' });
    expect(await c.ok('sync.status', {})).toMatchObject({ state: 'synced', download: null });
    expect((await c.ok('partners.list', { limit: 1 })).total).toBe(160);
  });
});
