// Many clients at once: N simulated clients each push a small batch (an edit of their own partner)
// and pull what the others pushed, every few seconds, for a minute, over keep-alive HTTP on
// loopback. Protocol-level clients, so the server is what is measured; latencies of every request.
import { ulid } from 'ulid';
import { HybridClock } from '../../src/core/sync/hlc';
import type { PullResponse, SyncBatch } from '../../src/shared/sync-protocol';
import type { SeededWorkspace } from './seed-workspace';

export interface LoadOutcome {
  latenciesMs: number[];
  requests: number;
  errors: number;
  firstErrors: string[];
  pulledBatches: number;
}

export async function simulateClients(options: {
  url: string;
  workspace: SeededWorkspace;
  intervalMs: number;
  durationMs: number;
}): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { latenciesMs: [], requests: 0, errors: 0, firstErrors: [], pulledBatches: 0 };
  const request = async (token: string, method: string, path: string, body?: unknown): Promise<unknown> => {
    const started = performance.now();
    outcome.requests++;
    try {
      const response = await fetch(`${options.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      outcome.latenciesMs.push(performance.now() - started);
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
      return JSON.parse(text) as unknown;
    } catch (error) {
      outcome.errors++;
      if (outcome.firstErrors.length < 5) outcome.firstErrors.push(String(error));
      return null;
    }
  };

  const clients = options.workspace.users.map((user, index) => ({
    user,
    replicaId: ulid(),
    clock: new HybridClock(ulid()),
    partnerId: ulid(),
    region: user.regions[0] ?? 'North',
    cursor: 0,
    edits: 0,
    index,
  }));
  const batch = (
    client: (typeof clients)[number],
    label: string,
    changes: SyncBatch['changes'],
  ): SyncBatch => ({
    id: ulid(),
    hlc: client.clock.next(),
    actor: client.user.ownerId,
    label,
    origin: 'local',
    undoes: null,
    permanent: false,
    changes,
  });
  const push = (client: (typeof clients)[number], batches: SyncBatch[]) =>
    request(client.user.accessToken, 'POST', '/v1/sync/push', {
      workspaceId: options.workspace.workspaceId,
      replicaId: client.replicaId,
      batches,
    });
  const pull = async (client: (typeof clients)[number]) => {
    for (;;) {
      const page = (await request(
        client.user.accessToken,
        'GET',
        `/v1/sync/pull?after=${client.cursor}&limit=1000`,
      )) as PullResponse | null;
      if (!page) return;
      client.cursor = page.cursor;
      outcome.pulledBatches += page.batches.length;
      if (!page.more) return;
    }
  };

  // Each client's own partner, created before the clock starts.
  for (const client of clients) {
    await push(client, [
      batch(client, 'Add partner', [
        {
          table: 'partners',
          rowId: client.partnerId,
          field: '*',
          value: {
            name: `Load partner ${client.index + 1}`,
            region: client.region,
            ownerId: client.user.ownerId,
            type: 'dealer',
            status: 'active',
            city: 'Kuala Lumpur',
          },
        },
      ]),
    ]);
  }
  outcome.latenciesMs = [];
  outcome.requests = 0;

  const deadline = performance.now() + options.durationMs;
  await Promise.all(
    clients.map(async (client) => {
      // Spread the clients over the interval, as real computers would be.
      await sleep((options.intervalMs * client.index) / clients.length);
      while (performance.now() < deadline) {
        const started = performance.now();
        client.edits++;
        await push(client, [
          batch(client, 'Edit partner', [
            { table: 'partners', rowId: client.partnerId, field: 'phone', value: `+60 3 ${client.edits}` },
            { table: 'partners', rowId: client.partnerId, field: 'city', value: `City ${client.edits}` },
          ]),
        ]);
        await pull(client);
        await sleep(Math.max(0, options.intervalMs - (performance.now() - started)));
      }
    }),
  );
  return outcome;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
