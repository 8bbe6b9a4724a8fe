// @vitest-environment happy-dom
// The header's sync indicator: each state in a word (not colour alone), nothing while sync is off,
// and on click the details a user needs: last sync, changes waiting, the error, "Sync now".
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncIndicatorView } from '../../../src/renderer/src/features/sync/SyncIndicatorView';
import { startI18n } from '../../../src/renderer/src/i18n/setup';
import type { SyncState, SyncStatus } from '../../../src/shared/sync';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
startI18n();

const now = new Date('2026-05-04T10:00:00Z');

function status(state: SyncState, extra: Partial<SyncStatus> = {}): SyncStatus {
  return {
    state,
    serverUrl: 'https://sync.example.com',
    workspace: { id: 'W1', name: 'Acme Channel' },
    user: { name: 'Ana', email: 'ana@example.com', role: 'admin', regions: [] },
    lastSyncAt: '2026-05-04T09:58:00Z',
    waiting: 0,
    error: null,
    refused: [],
    localData: null,
    download: null,
    ...extra,
  };
}

let root: Root | null = null;

async function render(props: { status: SyncStatus; onSyncNow?: () => void; syncNowFailure?: string }) {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <MantineProvider env="test">
        <MemoryRouter>
          <SyncIndicatorView
            status={props.status}
            now={now}
            onSyncNow={props.onSyncNow ?? vi.fn()}
            syncingNow={false}
            syncNowFailure={props.syncNowFailure ?? null}
          />
        </MemoryRouter>
      </MantineProvider>,
    ),
  );
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

const indicator = () => document.querySelector<HTMLElement>('[data-testid="sync-indicator"]');

/** Opens the details; they render in a portal, so they are read from the whole document. */
async function openDetails(): Promise<HTMLElement> {
  await act(async () => indicator()!.click());
  const details = document.querySelector<HTMLElement>('[data-testid="sync-details"]');
  if (!details) throw new Error('The details did not open');
  return details;
}

describe('the sync indicator', () => {
  it('is absent while sync is off', async () => {
    await render({ status: status('off', { workspace: null, user: null, serverUrl: null }) });
    expect(indicator()).toBeNull();
  });

  it.each([
    ['synced', 'Synced'],
    ['syncing', 'Syncing'],
    ['offline', 'Offline'],
    ['error', 'Sync error'],
    ['signedOut', 'Signed out'],
  ] as const)('says %s in words and with an icon', async (state, word) => {
    await render({ status: status(state) });
    const button = indicator()!;
    expect(button.getAttribute('aria-label')).toBe(`Sync: ${word}`);
    expect(button.textContent).toBe(word);
    expect(button.querySelector('svg')).not.toBeNull();
  });

  it('shows how far a long download has come, in the header and as a bar in the details', async () => {
    await render({ status: status('syncing', { download: { step: 'changes', share: 0.457 } }) });
    expect(indicator()!.textContent).toBe('Syncing 45%');
    const details = await openDetails();
    const bar = details.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('45');
    expect(details.querySelector('[data-testid="sync-download"]')?.textContent).toBe(
      "Downloading the team's changes: 45%",
    );
  });

  it('names the snapshot step of a join, and shows no bar without a download', async () => {
    await render({ status: status('syncing', { download: { step: 'snapshot', share: 0.999 } }) });
    expect(indicator()!.textContent).toBe('Syncing 99%');
    expect((await openDetails()).textContent).toContain('Downloading the workspace: 99%');
    act(() => root?.unmount());
    await render({ status: status('syncing') });
    expect((await openDetails()).querySelector('[role="progressbar"]')).toBeNull();
  });

  it('tells when it last synced, in words relative to now, and how many changes wait', async () => {
    await render({ status: status('offline', { waiting: 3 }) });
    const details = await openDetails();
    expect(details.textContent).toContain('Last sync: 2 minutes ago');
    expect(details.textContent).toContain('3 changes waiting');
    expect(details.textContent).toContain('The server cannot be reached');
  });

  it('says when nothing has synced yet and nothing waits', async () => {
    await render({ status: status('syncing', { lastSyncAt: null, waiting: 1 }) });
    const details = await openDetails();
    expect(details.textContent).toContain('Not synced yet');
    expect(details.textContent).toContain('1 change waiting');
  });

  it('shows the error and syncs on request', async () => {
    const onSyncNow = vi.fn();
    await render({
      status: status('error', {
        error: 'The server refused a change: Maju Jaya is outside your regions.',
        refused: [{ batchId: 'B1', label: 'Edit partner Maju Jaya', reason: 'outside your regions' }],
      }),
      onSyncNow,
    });
    const details = await openDetails();
    expect(details.querySelector('[role="alert"]')?.textContent).toContain('outside your regions');
    expect(details.textContent).toContain('1 change refused by the server');
    const syncNow = [...details.querySelectorAll('button')].find(
      (button) => button.textContent === 'Sync now',
    );
    await act(async () => syncNow!.click());
    expect(onSyncNow).toHaveBeenCalledOnce();
  });

  it('offers no "Sync now" once signed out, and says how to resume', async () => {
    await render({ status: status('signedOut') });
    const details = await openDetails();
    expect(details.textContent).toContain('Sign in again in Settings');
    expect([...details.querySelectorAll('button')].some((button) => button.textContent === 'Sync now')).toBe(
      false,
    );
  });

  it('shows why a "Sync now" failed', async () => {
    await render({
      status: status('synced'),
      syncNowFailure: 'The server at https://sync.example.com does not answer.',
    });
    const details = await openDetails();
    expect(details.textContent).toContain('Sync did not complete');
    expect(details.textContent).toContain('does not answer');
  });
});
