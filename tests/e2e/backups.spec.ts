import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startBrowserMode, test } from './browser-mode';
import { rpc, snapshot } from './ui';

async function addPartner(page: Page, name: string) {
  await rpc(page, 'partners.create', { partner: { name, type: 'dealer', country: 'MY' } });
}

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Backups' });
  await section.scrollIntoViewIfNeeded();
  return section;
}

test('back up now, then restore after confirmation: the data changed since is gone', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await addPartner(page, 'Sinar Jaya Elektrik');
  const section = await openBackups(page);
  await expect(section.getByTestId('backups-empty')).toBeVisible();
  await section.screenshot({ path: testInfo.outputPath('backups-empty.png') });

  await section.getByRole('button', { name: 'Back up now' }).click();
  const table = section.getByRole('table', { name: 'Backups in this folder' });
  await expect(table.getByRole('row').filter({ hasText: 'Made by you' })).toHaveCount(1);
  await section.screenshot({ path: testInfo.outputPath('backups-listed.png') });

  await addPartner(page, 'Added After The Backup');
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page.getByText('Added After The Backup')).toBeVisible();

  await openBackups(page);
  await table.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('Your current data is backed up first');
  await snapshot(page, testInfo, 'backups-confirm');
  await dialog.getByRole('button', { name: 'Back up and restore' }).click();
  await expect(section.getByRole('status')).toContainText('ChannelKeeper now shows the restored data');
  await expect(table.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await section.screenshot({ path: testInfo.outputPath('backups-restored.png') });

  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page.getByText('Sinar Jaya Elektrik')).toBeVisible();
  await expect(page.getByText('Added After The Backup')).toHaveCount(0);
});

test('a file that is not a ChannelKeeper database is refused and nothing changes', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await addPartner(page, 'Tetap Sama Trading');
  const section = await openBackups(page);
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Restore from a file…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from('name,city\nMaju,Penang\n') });
  const dialog = page.getByRole('dialog', { name: 'Restore from “partners.csv”?' });
  await dialog.getByRole('button', { name: 'Back up and restore' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not a ChannelKeeper backup');
  await snapshot(page, testInfo, 'backups-refused');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByTestId('backups-empty')).toBeVisible();

  // A folder that cannot be written: said at the field, the folder in use stays.
  const folder = section.getByRole('textbox', { name: 'Backup folder' });
  const before = await folder.inputValue();
  await folder.fill(path.join(app.dataDir, 'channelkeeper.sqlite3', 'backups'));
  await section.getByRole('button', { name: 'Use this folder' }).click();
  await expect(section).toContainText('ChannelKeeper cannot write to');
  await section.screenshot({ path: testInfo.outputPath('backups-folder-refused.png') });
  expect((await rpc<{ folder: string }>(page, 'backups.overview', {})).folder).toBe(before);

  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page.getByText('Tetap Sama Trading')).toBeVisible();
});

test('after an unclean shutdown with a damaged file, the start screen restores the newest backup', async ({
  page,
}, testInfo) => {
  // Demo data, a backup and two starts of the app.
  test.setTimeout(150_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ck-e2e-recovery-'));
  try {
    const first = await startBrowserMode(dataDir);
    await page.goto(first.url);
    await rpc(page, 'demo.load', { partners: 120 });
    await rpc(page, 'backups.backUpNow', {});
    // Leave the page first: the server waits for its open event stream before exiting.
    await page.goto('about:blank');
    first.process.kill('SIGTERM');
    await new Promise((resolve) => first.process.once('exit', resolve));

    // Pages in the middle of the file damaged, and the marker a crash leaves behind.
    const file = path.join(dataDir, 'channelkeeper.sqlite3');
    const bytes = await readFile(file);
    const pages = bytes.length / 4096;
    for (let p = Math.floor(pages / 3); p < Math.floor(pages / 3) + 8; p++)
      bytes.fill(0xa5, p * 4096 + 100, (p + 1) * 4096);
    await writeFile(file, bytes);
    await writeFile(path.join(dataDir, 'channelkeeper.running'), 'crash');

    const second = await startBrowserMode(dataDir);
    try {
      await page.goto(second.url);
      await expect(page.getByRole('heading', { name: 'Your data needs to be restored' })).toBeVisible();
      await expect(page.getByText(/Newest good backup: .*\(Made by you\)/)).toBeVisible();
      await snapshot(page, testInfo, 'startup-recovery');
      await page.getByRole('button', { name: 'Restore the newest backup' }).click();
      await expect(page.getByRole('link', { name: 'Partners', exact: true })).toBeVisible();
      expect((await rpc<{ partnerCount: number }>(page, 'app.status', {})).partnerCount).toBe(120);
    } finally {
      await page.goto('about:blank');
      second.process.kill('SIGTERM');
      await new Promise((resolve) => second.process.once('exit', resolve));
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
