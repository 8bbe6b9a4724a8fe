import { expect, test } from './browser-mode';
import { loadDemoData, snapshot } from './ui';

test('first start shows a friendly empty state, and demo data fills the partner list', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const welcome = page.getByTestId('first-run');
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Add your first partner' })).toBeVisible();
  await snapshot(page, testInfo, 'first-run');

  await loadDemoData(page);
  await expect(page).toHaveURL(/#\/partners/);
  await expect(page.getByTestId('partner-count')).toHaveText(/^\d+ partners$/);
  await expect(page.getByRole('table', { name: 'Partners' }).getByRole('row')).not.toHaveCount(1);
  await snapshot(page, testInfo, 'partner-list-demo');
});

test('the access token is required: a link without it shows what to do', async ({ app, page }, testInfo) => {
  await page.goto(app.url.replace(/\?token=.*/, ''));
  await expect(page.getByText('This link is not valid')).toBeVisible();
  await snapshot(page, testInfo, 'no-token');
});
