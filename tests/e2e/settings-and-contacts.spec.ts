import { expect, startBrowserMode, test } from './browser-mode';
import { choose, fillPartnerForm, firstDataRow, loadDemoData, snapshot } from './ui';

test('my profile name and a teammate appear where partners are assigned and changed', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const profile = page.getByRole('form', { name: 'My profile' });
  await profile.getByRole('textbox', { name: 'Name', exact: true }).fill('Aisyah Rahman');
  await profile.getByRole('textbox', { name: 'Region', exact: true }).fill('Klang Valley');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();

  await page.getByRole('button', { name: 'Add teammate' }).click();
  const teammate = page.getByRole('dialog', { name: 'Add teammate' });
  await teammate.getByRole('textbox', { name: 'Name', exact: true }).fill('Jan de Vries');
  await teammate.getByRole('textbox', { name: 'E-mail', exact: true }).fill('jan@');
  await teammate.getByRole('button', { name: 'Save' }).click();
  await expect(teammate).toContainText('Enter a valid e-mail address');
  await teammate.getByRole('textbox', { name: 'E-mail', exact: true }).fill('jan@brand.example');
  await teammate.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit teammate Jan de Vries' })).toBeVisible();
  await expect(page.getByTestId('data-file')).toContainText('channelkeeper.sqlite3');
  await snapshot(page, testInfo, 'settings');

  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByRole('button', { name: 'Add partner' }).first().click();
  const form = page.getByRole('form', { name: 'Add partner' });
  await fillPartnerForm(form, { name: 'Huasheng Trading', type: 'Agent', country: 'China' });
  await choose(form, 'Account owner', 'Jan de Vries');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('partner-profile')).toContainText('Jan de Vries');
  await expect(page.getByTestId('partner-timeline')).toContainText(
    'Aisyah Rahman created partner Huasheng Trading',
  );
});

test('the contact list spans all partners and opens the partner of a contact', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  await expect(page.getByTestId('contact-count')).toHaveText(/^\d{3,} contacts$/);
  const first = firstDataRow(page, 'Contacts');
  const contactName = (await first.getByRole('cell').first().textContent())!.trim();
  await page.getByRole('textbox', { name: 'Search contacts' }).fill(contactName);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(firstDataRow(page, 'Contacts')).toContainText(contactName);
  await snapshot(page, testInfo, 'contacts');
  await firstDataRow(page, 'Contacts').click();
  await expect(page.getByTestId('contact-card').filter({ hasText: contactName })).toBeVisible();
});

test('a database in use by another ChannelKeeper gets a clear message naming the file', async ({
  app,
  page,
}, testInfo) => {
  // The fixture's server holds the data folder; a second one on the same folder cannot open it.
  const second = await startBrowserMode(app.dataDir);
  try {
    await page.goto(second.url);
    const message = page.getByTestId('full-page-message');
    await expect(message).toContainText('ChannelKeeper cannot open its data');
    await expect(message).toContainText('is in use by another ChannelKeeper window or program');
    await expect(message).toContainText(`${app.dataDir}/channelkeeper.sqlite3`);
    await snapshot(page, testInfo, 'database-in-use');
  } finally {
    second.process.kill('SIGTERM');
  }
});
