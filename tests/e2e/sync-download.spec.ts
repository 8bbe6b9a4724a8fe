// A long download's progress as the user sees it in Chromium: the header says how far the sync
// has come, its details and Settings → Team sync show the step and a bar, and all of it goes once
// the sync is done. The app's /rpc answer for the status is replaced by a connected computer's
// in the middle of a download (a real download of many pages, against a real server, is
// tests/integration/sync/client-download-progress.test.ts).
import type { Route } from '@playwright/test';
import { expect, test } from './browser-mode';
import { snapshot } from './ui';

test('a long download shows how far it has come, then the header says synced', async ({
  page,
  app,
}, testInfo) => {
  let download: { step: 'snapshot' | 'changes'; share: number } | null = { step: 'snapshot', share: 0.31 };
  await page.route('**/rpc/sync.status', (route: Route) =>
    route.fulfill({
      json: {
        ok: true,
        value: {
          state: download ? 'syncing' : 'synced',
          serverUrl: 'https://sync.example.com',
          workspace: { id: 'W1', name: 'Acme Channel' },
          user: { name: 'Ana Admin', email: 'ana@example.com', role: 'admin', regions: [] },
          lastSyncAt: download ? null : new Date().toISOString(),
          waiting: 0,
          error: null,
          refused: [],
          localData: null,
          download,
        },
      },
    }),
  );
  await app.open(page);

  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toHaveText('Syncing 31%');
  await indicator.click();
  const details = page.getByTestId('sync-details');
  await expect(details.getByRole('progressbar', { name: 'Downloading the workspace: 31%' })).toHaveAttribute(
    'aria-valuenow',
    '31',
  );
  await snapshot(page, testInfo, 'sync-download-header');
  await page.keyboard.press('Escape');

  // The snapshot is in; the changes after it come next. The status is asked every second meanwhile.
  download = { step: 'changes', share: 0.64 };
  await expect(indicator).toHaveText('Syncing 64%');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Team sync' });
  await expect(
    section.getByRole('progressbar', { name: "Downloading the team's changes: 64%" }),
  ).toBeVisible();
  await snapshot(page, testInfo, 'sync-download-settings');

  download = null;
  await expect(indicator).toHaveText('Synced');
  await expect(section.getByRole('progressbar')).toHaveCount(0);
  await expect(section).toContainText('Acme Channel');
});
