import { expect, test } from './browser-mode';
import { choose, escapeRegExp, fillPartnerForm, firstDataRow, loadDemoData, snapshot } from './ui';

test('create a partner with a contact, then edit it; the timeline shows who changed what', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Add your first partner' }).click();
  const form = page.getByRole('form', { name: 'Add partner' });
  await fillPartnerForm(form, {
    name: 'Syarikat Maju Jaya',
    type: 'Distributor',
    country: 'Malaysia',
    city: 'Penang',
  });
  await form.getByRole('textbox', { name: 'E-mail', exact: true }).fill('sales@majujaya.com.my');
  await form.getByRole('textbox', { name: 'Website', exact: true }).fill('majujaya.com.my');
  await snapshot(page, testInfo, 'partner-form');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name: 'Syarikat Maju Jaya' })).toBeVisible();
  const profile = page.getByTestId('partner-profile');
  await expect(profile).toContainText('Penang');
  await expect(profile.getByRole('link', { name: 'https://majujaya.com.my' })).toHaveAttribute(
    'href',
    /^https:\/\/majujaya\.com\.my\/?$/,
  );
  await expect(profile.locator('a[href="mailto:sales@majujaya.com.my"]')).toBeVisible();

  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactForm = page.getByRole('form', { name: 'Add contact' });
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Tan Mei Ling');
  await contactForm.getByRole('textbox', { name: 'Role', exact: true }).fill('Purchasing manager');
  await contactForm.getByRole('textbox', { name: 'WhatsApp', exact: true }).fill('+60 12-345 6789');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  const card = page.getByTestId('contact-card').filter({ hasText: 'Tan Mei Ling' });
  await expect(card).toContainText('Purchasing manager');
  await expect(card.getByRole('link', { name: /WhatsApp Tan Mei Ling/ })).toHaveAttribute(
    'href',
    'https://wa.me/60123456789',
  );

  await page.getByRole('button', { name: 'Edit partner', exact: true }).click();
  const editForm = page.getByRole('form', { name: 'Edit partner' });
  await editForm.getByRole('textbox', { name: 'City', exact: true }).fill('George Town');
  await editForm.getByRole('button', { name: 'Save' }).click();
  await expect(profile).toContainText('George Town');

  const timeline = page.getByTestId('partner-timeline');
  await expect(timeline).toContainText('updated partner Syarikat Maju Jaya');
  await expect(timeline).toContainText('George Town');

  // Saving without a change makes no change to undo: its notice has no Undo button.
  await page.getByRole('button', { name: 'Edit partner', exact: true }).click();
  await page.getByRole('form', { name: 'Edit partner' }).getByRole('button', { name: 'Save' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Partner Syarikat Maju Jaya saved' })
      .filter({ hasNot: page.getByTestId('notification-undo') }),
  ).toBeVisible();
  await expect(timeline).toContainText('created contact Tan Mei Ling');
  await snapshot(page, testInfo, 'partner-page');
});

test('bad input gets a specific message at the field and nothing is saved', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Add your first partner' }).click();
  const form = page.getByRole('form', { name: 'Add partner' });
  const name = form.getByRole('textbox', { name: 'Name', exact: true });
  const email = form.getByRole('textbox', { name: 'E-mail', exact: true });
  const phone = form.getByRole('textbox', { name: 'Phone', exact: true });
  await name.fill('x'.repeat(10_001));
  await email.fill('sales@');
  await phone.fill('12');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('Too long: at most 200 characters.');
  await expect(form).toContainText('Enter a valid e-mail address');
  await expect(form).toContainText('Enter a phone number of 6 to 15 digits');
  await expect(form).toContainText('Choose one of the listed values.');
  await expect(form).toContainText('Choose a country from the list.');
  await snapshot(page, testInfo, 'partner-form-errors');

  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page.getByText('No partners yet')).toBeVisible();
});

test('quotes, SQL and HTML in a name are shown as plain text', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Add your first partner' }).click();
  const hostile = `<img src=x onerror="document.title='pwned'"> O'Brien"; DROP TABLE partners;--`;
  const form = page.getByRole('form', { name: 'Add partner' });
  await fillPartnerForm(form, { name: hostile, type: 'Agent', country: 'Netherlands' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: hostile })).toBeVisible();
  expect(await page.title()).not.toBe('pwned');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a duplicate name in the same city warns, and the user can save anyway', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  for (const attempt of [1, 2]) {
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await page.getByRole('button', { name: 'Add partner' }).first().click();
    const form = page.getByRole('form', { name: 'Add partner' });
    await fillPartnerForm(form, {
      name: 'PT Sumber Makmur',
      type: 'Dealer',
      country: 'Indonesia',
      city: 'Bandung',
    });
    await form.getByRole('button', { name: 'Save' }).click();
    if (attempt === 2) {
      const warning = page.getByTestId('duplicate-warning');
      await expect(warning).toContainText('PT Sumber Makmur (Bandung)');
      await snapshot(page, testInfo, 'duplicate-warning');
      await warning.getByRole('button', { name: 'Save anyway' }).click();
    }
    await expect(page.getByRole('heading', { name: 'PT Sumber Makmur' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page.getByTestId('partner-count')).toHaveText('2 partners');
});

test('search and filters narrow the list; a row opens the partner', async ({ app, page }, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  const count = page.getByTestId('partner-count');
  const all = Number((await count.textContent())!.split(' ')[0]);

  await choose(page.locator('main'), 'Country', 'Netherlands');
  await page.keyboard.press('Escape');
  await expect(count).not.toHaveText(`${all} partners`);
  // The count is empty while the filtered total loads.
  await expect(count).toHaveText(/^\d+ partners?$/);
  const dutch = Number((await count.textContent())!.split(' ')[0]);
  expect(dutch).toBeGreaterThan(0);
  expect(dutch).toBeLessThan(all);
  await snapshot(page, testInfo, 'filtered-by-country');

  const row = firstDataRow(page, 'Partners');
  const name = (await row.getByRole('cell').first().textContent())!.trim();
  await page.getByRole('textbox', { name: 'Search partners' }).fill(name);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(firstDataRow(page, 'Partners')).toContainText(name);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('textbox', { name: 'Search partners' })).toHaveValue('');
  await expect(count).toHaveText(`${all} partners`);

  await page.getByRole('textbox', { name: 'Search partners' }).fill(name);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(count).not.toHaveText(`${all} partners`);
  await firstDataRow(page, 'Partners').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
});

test('delete asks for confirmation, Undo brings the partner back, and Ctrl+Z undoes the last change', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Add your first partner' }).click();
  const form = page.getByRole('form', { name: 'Add partner' });
  await fillPartnerForm(form, { name: 'Van Dijk Groothandel', type: 'Wholesaler', country: 'Netherlands' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Van Dijk Groothandel' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete partner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete partner?' });
  await expect(dialog).toContainText('Van Dijk Groothandel');
  await snapshot(page, testInfo, 'confirm-delete');
  await dialog.getByRole('button', { name: 'Delete' }).click();

  const deletedNotice = page.getByRole('alert').filter({ hasText: 'Partner Van Dijk Groothandel deleted' });
  await expect(deletedNotice).toBeVisible();
  const undo = deletedNotice.getByRole('button', { name: 'Undo' });
  await snapshot(page, testInfo, 'deleted-with-undo');
  await undo.click();
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page.getByTestId('partner-count')).toHaveText('1 partner');

  // Ctrl+Z outside a text field undoes the last change: here, the undo of the delete is not
  // itself undone; the creation of the partner is.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/Undone: Create partner Van Dijk Groothandel/)).toBeVisible();
  await expect(page.getByText('No partners yet')).toBeVisible();
});

test('Ctrl+K opens the command palette and jumps to a partner or a contact', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  const row = firstDataRow(page, 'Partners');
  const name = (await row.getByRole('cell').first().textContent())!.trim();

  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search everything' });
  await expect(search).toBeFocused();
  await search.fill(name.split(' ').slice(0, 2).join(' '));
  const palette = page.getByRole('dialog');
  const result = palette.getByRole('button', { name: new RegExp(`^Partner: ${escapeRegExp(name)}`) }).first();
  await expect(result).toBeVisible();
  await snapshot(page, testInfo, 'command-palette');
  await result.click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
});

test('the dark theme can be chosen and is kept after a reload', async ({ app, page }, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  await page.getByRole('button', { name: /Switch to dark theme|Toggle theme/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await snapshot(page, testInfo, 'partner-list-dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
});
