// Team sync end to end: a real sync server and two browser-mode ChannelKeepers in Chromium. The
// first joins as the workspace's admin with the bootstrap code (uploading its data), invites the
// second from the team page; an edit on one appears on the other; two edits of one field made
// before either synced leave the losing one on the timeline; revoking a user signs them out.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startBrowserMode, test } from './browser-mode';
import { choose, rpc, snapshot } from './ui';

const root = process.cwd();

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['out/server/cli.js', ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`exit ${code}:\n${output}`)),
    );
  });
}

async function startSyncServer(dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['out/server/cli.js', '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /sync server on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`sync server exited with ${code}:\n${output}`)));
    setTimeout(() => reject(new Error(`sync server did not start in 30 s:\n${output}`)), 30_000);
  });
  return { url, process: child };
}

/** SIGTERM, then SIGKILL if the process has not exited within 5 s. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

interface SyncStatusLike {
  state: string;
}

/**
 * Sync now from the header's details, left closed afterwards. The details are opened only when
 * closed (the indicator toggles them), and closed with the indicator: Escape does not reach them
 * once the pressed button has given up the focus while it was loading.
 */
async function syncNow(page: Page): Promise<void> {
  const indicator = page.getByTestId('sync-indicator');
  const details = page.getByTestId('sync-details');
  if ((await indicator.getAttribute('aria-expanded')) !== 'true') await indicator.click();
  await details.getByRole('button', { name: 'Sync now' }).click();
  await expect(details.getByRole('button', { name: 'Sync now' })).not.toHaveAttribute('data-loading');
  if ((await indicator.getAttribute('aria-expanded')) === 'true') await indicator.click();
  await expect(details).toBeHidden();
}

test('two computers sync through a team server', async ({ page, context }, testInfo) => {
  test.setTimeout(240_000);
  const folders = await Promise.all(
    ['server', 'a', 'b'].map((name) => mkdtemp(path.join(os.tmpdir(), `ck-sync-${name}-`))),
  );
  const [serverDir, dirA, dirB] = folders as [string, string, string];
  const processes: ChildProcess[] = [];
  try {
    const created = await run(['create-workspace', '--name', 'Acme Channel', '--data-dir', serverDir]);
    const adminCode = /first admin:\s*\n\s*\n\s+(\S+)/.exec(created)?.[1];
    expect(adminCode, created).toBeTruthy();
    const server = await startSyncServer(serverDir);
    const appA = await startBrowserMode(dirA);
    const appB = await startBrowserMode(dirB);
    processes.push(server.process, appA.process, appB.process);

    // Computer A already holds a partner and a teammate record before it joins.
    await page.goto(appA.url);
    await expect(page.getByRole('link', { name: 'Settings', exact: true })).toBeVisible();
    const maju = await rpc<{ id: string }>(page, 'partners.create', {
      partner: { name: 'Maju Jaya', type: 'dealer', country: 'MY', region: 'North', city: 'Ipoh' },
    });
    await rpc(page, 'owners.create', { name: 'Jan de Vries', email: 'jan@brand.example', region: 'North' });

    // Settings → Team sync, off: the connect form, its messages, then the bootstrap code.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const profile = page.getByRole('form', { name: 'My profile' });
    await profile.getByRole('textbox', { name: 'Name', exact: true }).fill('Aisyah Rahman');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved')).toBeVisible();
    const section = page.getByRole('region', { name: 'Team sync' });
    await expect(page.getByTestId('sync-indicator')).toHaveCount(0);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: testInfo.outputPath('settings-sync-off.png') });
    const connect = section.getByRole('form', { name: 'Connect to a team server' });
    await connect.getByRole('textbox', { name: 'Server address' }).fill('sync.example.com');
    await connect.getByRole('textbox', { name: 'E-mail' }).fill('aisyah@');
    await connect.getByLabel('Choose a password').fill('short');
    await connect.getByRole('button', { name: 'Connect' }).click();
    await expect(connect).toContainText('Enter the server address, e.g. https://sync.example.com');
    await expect(connect).toContainText('Enter the invitation code you were given');
    await expect(connect).toContainText('Enter your name');
    await expect(connect).toContainText('Enter an email address');
    await expect(connect).toContainText('Use at least 10 characters');
    await section.screenshot({ path: testInfo.outputPath('settings-sync-errors.png') });

    await connect.getByRole('textbox', { name: 'Server address' }).fill(server.url);
    await connect.getByRole('textbox', { name: 'Invitation code' }).fill('NOT-A-CODE');
    await connect.getByRole('textbox', { name: 'Your name' }).fill('Aisyah Rahman');
    await connect.getByRole('textbox', { name: 'E-mail' }).fill('aisyah@brand.example');
    await connect.getByLabel('Choose a password').fill('correct horse battery');
    await connect.getByRole('button', { name: 'Connect' }).click();
    // A wrong code is refused at the code's field, and nothing is connected.
    await expect(connect.getByRole('textbox', { name: 'Invitation code' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await section.screenshot({ path: testInfo.outputPath('settings-sync-wrong-code.png') });
    await connect.getByRole('textbox', { name: 'Invitation code' }).fill(adminCode!);
    await connect.getByRole('button', { name: 'Connect' }).click();

    // This computer has data: the choice, with a backup either way.
    const choice = page.getByRole('dialog', { name: 'This computer already has data' });
    await expect(choice).toBeVisible({ timeout: 20_000 });
    await expect(choice).toContainText('Your 1 partner and everything about it go into Acme Channel');
    await expect(choice).toContainText('a backup copy of this computer’s data file is made first');
    await snapshot(page, testInfo, 'join-choice');
    await choice.getByRole('radio', { name: 'Add this computer’s data to the workspace' }).click();
    await choice.getByRole('button', { name: 'Continue' }).click();
    await expect(choice).toBeHidden({ timeout: 30_000 });
    await expect(page.getByTestId('backup-file')).toContainText(dirA);
    await expect(section).toContainText('Administrator');
    await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced', {
      timeout: 20_000,
    });
    await section.screenshot({ path: testInfo.outputPath('settings-sync-connected.png') });

    // The indicator's details.
    await page.getByTestId('sync-indicator').click();
    const details = page.getByTestId('sync-details');
    await expect(details).toContainText('Synced');
    await expect(details).toContainText(/Last sync: (now|\d+ seconds? ago)/);
    await expect(details).toContainText('No changes waiting');
    await snapshot(page, testInfo, 'indicator-popover');
    await page.keyboard.press('Escape');

    // The admin invites Jan from the team page.
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Users' })).toContainText('aisyah@brand.example');
    await page.getByRole('button', { name: 'Invite teammate' }).click();
    const invite = page.getByRole('form', { name: 'Invite a teammate' });
    await invite.getByRole('button', { name: 'Create invitation code' }).click();
    await expect(invite).toContainText('Choose the teammate this invitation is for');
    await choose(invite, 'Teammate', 'Jan de Vries (jan@brand.example)');
    await choose(invite, 'Role', 'Regional manager');
    // The teammate's region is offered as their first region.
    await expect(invite.getByText('North', { exact: true })).toBeVisible();
    await expect(invite).not.toContainText('Choose the teammate this invitation is for');
    await invite.getByRole('button', { name: 'Create invitation code' }).click();
    const codeDialog = page.getByRole('dialog', { name: 'Invitation code for Jan de Vries' });
    const janCode = (await codeDialog.getByTestId('invitation-code').textContent())!.trim();
    expect(janCode.length).toBeGreaterThanOrEqual(6);
    await expect(codeDialog).toContainText('Valid until');
    await snapshot(page, testInfo, 'invitation-code');
    await codeDialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('table', { name: 'Pending invitations' })).toContainText('Jan de Vries');
    // The page as it stays, not mid-way through the dialog's closing transition.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await snapshot(page, testInfo, 'team-page');

    // Computer B joins with Jan's code and gets the workspace's partner.
    const pageB = await context.newPage();
    await pageB.goto(appB.url);
    await pageB.getByRole('link', { name: 'Settings', exact: true }).click();
    const connectB = pageB.getByRole('form', { name: 'Connect to a team server' });
    await connectB.getByRole('textbox', { name: 'Server address' }).fill(server.url);
    await connectB.getByRole('textbox', { name: 'Invitation code' }).fill(janCode);
    await connectB.getByRole('textbox', { name: 'Your name' }).fill('Jan de Vries');
    await connectB.getByRole('textbox', { name: 'E-mail' }).fill('jan@brand.example');
    await connectB.getByLabel('Choose a password').fill('another long password');
    await connectB.getByRole('button', { name: 'Connect' }).click();
    await expect(pageB.getByTestId('sync-indicator')).toBeVisible({ timeout: 30_000 });
    if ((await rpc<SyncStatusLike>(pageB, 'sync.status', {})).state === 'choose') {
      const choiceB = pageB.getByRole('dialog', { name: 'This computer already has data' });
      await choiceB.getByRole('radio', { name: 'Replace it with the workspace’s data' }).click();
      await choiceB.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(pageB.getByRole('region', { name: 'Team sync' })).toContainText('Regional manager');
    await expect(pageB.getByRole('link', { name: 'Team', exact: true })).toHaveCount(0);
    await pageB.goto(`${appB.url.replace(/\/\?token=.*/, '')}/#/partners/${maju.id}`);
    await expect(pageB.getByTestId('partner-profile')).toContainText('Ipoh', { timeout: 20_000 });

    // An edit on A appears on B.
    await page.goto(`${appA.url.replace(/\/\?token=.*/, '')}/#/partners/${maju.id}`);
    await page.getByRole('button', { name: 'Edit partner', exact: true }).click();
    const edit = page.getByRole('form', { name: 'Edit partner' });
    await edit.getByRole('textbox', { name: 'City', exact: true }).fill('Taiping');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('partner-profile')).toContainText('Taiping');
    await expect(async () => {
      await syncNow(page);
      await syncNow(pageB);
      await expect(pageB.getByTestId('partner-profile')).toContainText('Taiping', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });

    // Both change the phone before either syncs: B's later edit wins everywhere, and B's timeline
    // keeps A's as not applied, with who typed it.
    const current = await rpc<Record<string, unknown>>(page, 'partners.get', { id: maju.id });
    await rpc(page, 'partners.update', { id: maju.id, partner: { ...current, phone: '+60 5 111 1111' } });
    await rpc(pageB, 'partners.update', { id: maju.id, partner: { ...current, phone: '+60 5 222 2222' } });
    await expect(async () => {
      await rpc(page, 'sync.now', {});
      await rpc(pageB, 'sync.now', {});
      await rpc(page, 'sync.now', {});
      const [onA, onB] = await Promise.all([
        rpc<{ phone: string }>(page, 'partners.get', { id: maju.id }),
        rpc<{ phone: string }>(pageB, 'partners.get', { id: maju.id }),
      ]);
      expect([onA.phone, onB.phone]).toEqual(['+60 5 222 2222', '+60 5 222 2222']);
    }).toPass({ timeout: 30_000 });
    const timelineB = pageB.getByTestId('partner-timeline');
    const lost = timelineB.locator('[data-lost="true"]');
    await expect(lost).toContainText('+60 5 111 1111', { timeout: 10_000 });
    await expect(lost).toContainText('not applied: a later edit won');
    await expect(lost).toContainText('typed by Aisyah Rahman');
    await timelineB.scrollIntoViewIfNeeded();
    await timelineB.screenshot({ path: testInfo.outputPath('timeline-lost-change.png') });

    // A South partner never reaches Jan (North); once the admin moves it to North, it appears on
    // B with its contact and its earlier history, at B's next sync.
    const selatan = await rpc<{ id: string }>(page, 'partners.create', {
      partner: { name: 'Selatan Jaya', type: 'dealer', country: 'MY', region: 'South', city: 'Johor Bahru' },
    });
    await rpc(page, 'contacts.create', { partnerId: selatan.id, name: 'Siti Aminah', role: 'Owner' });
    await rpc(page, 'sync.now', {});
    await rpc(pageB, 'sync.now', {});
    const selatanOnB = `${appB.url.replace(/\/\?token=.*/, '')}/#/partners/${selatan.id}`;
    await pageB.goto(selatanOnB);
    await expect(pageB.getByText('This partner no longer exists')).toBeVisible();
    const south = await rpc<Record<string, unknown>>(page, 'partners.get', { id: selatan.id });
    await rpc(page, 'partners.update', { id: selatan.id, partner: { ...south, region: 'North' } });
    await rpc(page, 'sync.now', {});
    await expect(async () => {
      await syncNow(pageB);
      await pageB.goto(selatanOnB);
      await expect(pageB.getByTestId('partner-profile')).toContainText('Johor Bahru', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(pageB.getByRole('region', { name: 'Contacts' })).toContainText('Siti Aminah');
    await expect(pageB.getByTestId('partner-timeline')).toContainText('Aisyah Rahman');
    await snapshot(pageB, testInfo, 'partner-moved-into-region');
    // Moved back to South, it leaves B: the page says so, and the partners list no longer has it.
    const north = await rpc<Record<string, unknown>>(page, 'partners.get', { id: selatan.id });
    await rpc(page, 'partners.update', { id: selatan.id, partner: { ...north, region: 'South' } });
    await rpc(page, 'sync.now', {});
    await expect(async () => {
      await syncNow(pageB);
      await expect(pageB.getByText('This partner no longer exists')).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(pageB.getByText('or it was moved out of your regions')).toBeVisible();
    await snapshot(pageB, testInfo, 'partner-moved-out-of-region');
    await pageB.getByRole('link', { name: 'Partners', exact: true }).click();
    await expect(pageB.getByRole('table')).toContainText('Maju Jaya');
    await expect(pageB.getByRole('table')).not.toContainText('Selatan Jaya');

    // The admin gives Jan the South region on the team page: B follows at its next sync.
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('button', { name: 'Change role or regions of Jan de Vries' }).click();
    const editJan = page.getByRole('form', { name: 'Role and regions of Jan de Vries' });
    const regionsInput = editJan.getByRole('combobox', { name: 'Regions' });
    await regionsInput.fill('South');
    await regionsInput.press('Enter');
    await editJan.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(async () => {
      await syncNow(pageB);
      await expect(pageB.getByRole('table')).toContainText('Selatan Jaya', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await pageB.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(pageB.getByRole('region', { name: 'Team sync' })).toContainText('South');
    await pageB.getByRole('region', { name: 'Team sync' }).screenshot({
      path: testInfo.outputPath('settings-regions-changed.png'),
    });
    await pageB.goto(`${appB.url.replace(/\/\?token=.*/, '')}/#/partners/${maju.id}`);

    // The admin revokes Jan: B is signed out, its data stays, and it offers to sign in again.
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('button', { name: 'Revoke access of Jan de Vries' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke access?' });
    await confirm.getByRole('button', { name: 'Revoke access' }).click();
    await expect(confirm).toBeHidden();
    await expect(
      page.getByRole('table', { name: 'Users' }).getByRole('row', { name: /Jan de Vries/ }),
    ).toContainText('Revoked');
    await snapshot(page, testInfo, 'team-page-revoked');
    await expect(async () => {
      await rpc(pageB, 'sync.now', {}).catch(() => undefined);
      expect((await rpc<SyncStatusLike>(pageB, 'sync.status', {})).state).toBe('signedOut');
    }).toPass({ timeout: 20_000 });
    await expect(pageB.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'signedOut');
    await expect(pageB.getByTestId('partner-profile')).toContainText('Taiping');
    await pageB.getByRole('link', { name: 'Settings', exact: true }).click();
    const sectionB = pageB.getByRole('region', { name: 'Team sync' });
    await expect(sectionB.getByRole('form', { name: 'Sign in again' })).toBeVisible();
    await sectionB.scrollIntoViewIfNeeded();
    await sectionB.screenshot({ path: testInfo.outputPath('settings-signed-out.png') });
  } finally {
    // Pages first: an open event stream would keep a browser-mode server from closing.
    for (const open of context.pages()) await open.close();
    await Promise.all(processes.map(stop));
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  }
});
