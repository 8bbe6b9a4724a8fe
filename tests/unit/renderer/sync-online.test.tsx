// @vitest-environment happy-dom
// Coming back online syncs at once: the indicator asks the core for a sync when the browser (or
// Electron window) reports the network is back, and not while sync is off.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../src/shared/sync';

const calls: string[] = [];
let current: SyncStatus;
vi.mock('../../../src/renderer/src/api/client', () => ({
  call: (name: string) => {
    calls.push(name);
    return Promise.resolve(current);
  },
}));
vi.mock('../../../src/renderer/src/features/sync/use-sync-status', async (original) => ({
  ...(await original<object>()),
  useSyncStatus: () => ({ data: current, dataUpdatedAt: Date.now() }),
}));

const { SyncIndicator } = await import('../../../src/renderer/src/features/sync/SyncIndicator');
const { startI18n } = await import('../../../src/renderer/src/i18n/setup');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
startI18n();

function status(state: SyncStatus['state']): SyncStatus {
  return {
    state,
    serverUrl: 'https://sync.example.com',
    workspace: { id: 'W1', name: 'Acme Channel' },
    user: { name: 'Ana', email: 'ana@example.com', role: 'admin', regions: [] },
    lastSyncAt: null,
    waiting: 2,
    error: null,
    refused: [],
    localData: null,
    download: null,
  };
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  calls.length = 0;
});

async function render() {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <QueryClientProvider client={new QueryClient()}>
        <MantineProvider env="test">
          <MemoryRouter>
            <SyncIndicator />
          </MemoryRouter>
        </MantineProvider>
      </QueryClientProvider>,
    ),
  );
}

describe('sync when back online', () => {
  it('asks the core to sync when the network comes back', async () => {
    current = status('offline');
    await render();
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(calls).toEqual(['sync.now']);
  });

  it('does nothing while sync is off', async () => {
    current = status('off');
    await render();
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(calls).toEqual([]);
  });
});
