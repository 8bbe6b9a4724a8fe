import path from 'node:path';
import { expect, test } from './browser-mode';
import type { Page, TestInfo } from '@playwright/test';
import { rpc, snapshot } from './ui';

/** The page scrolls inside the layout, so the preview is photographed as its own element. */
async function previewShot(page: Page, testInfo: TestInfo, name: string) {
  await page
    .getByRole('region', { name: '3. Check and import' })
    .screenshot({ path: testInfo.outputPath(`${name}-preview.png`) });
}

const fixtures = path.join(import.meta.dirname, 'fixtures', 'import');

test('a sales file with bad rows is explained per row and field; the fixed file imports once, and again changes nothing', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await expect(page.getByRole('link', { name: 'Partners', exact: true })).toBeVisible();
  for (const [name, city] of [
    ['Syarikat Maju Jaya', 'Penang'],
    ['Sinar Elektrik', 'Ipoh'],
  ]) {
    await rpc(page, 'partners.create', { partner: { name, type: 'dealer', country: 'MY', city } });
  }
  await rpc(page, 'workspace.saveCurrency', { currency: 'MYR' });

  await page.evaluate(() => (location.hash = '#/import/sales'));
  await expect(page.getByRole('heading', { name: 'Import sales' })).toBeVisible();
  await expect(page.getByTestId('import-done')).toHaveCount(0);
  await expect(page.getByText('No file has been imported yet.')).toBeVisible();
  await snapshot(page, testInfo, '1-choose-file');

  // A Dutch export: semicolons, decimal commas, Dutch headers.
  await page.locator('input[type="file"]').setInputFiles(path.join(fixtures, 'sales-with-errors.csv'));
  const mapping = page.getByRole('region', { name: '2. Match the columns' });
  await expect(mapping.getByRole('combobox', { name: 'Partner' })).toHaveValue('Klant');
  await expect(mapping.getByRole('combobox', { name: 'Revenue' })).toHaveValue('Omzet');
  await expect(mapping.getByRole('combobox', { name: 'Currency' })).toHaveValue('Valuta');
  await expect(page.getByTestId('import-counts')).toContainText('6 rows in sales-with-errors.csv');
  await expect(page.getByTestId('import-counts')).toContainText('1 new');
  await expect(page.getByTestId('import-counts')).toContainText('5 with errors');

  const cell = (row: number, field: string) =>
    page.getByTestId(`import-row-${row}`).locator(`td[data-field="${field}"]`);
  await expect(cell(3, 'partner')).toContainText("No partner named 'Toko Tidak Ada'.");
  await expect(cell(4, 'revenue')).toContainText("'12,3456' has more decimals than MYR has (2).");
  await expect(cell(5, 'currency')).toContainText("This row is in EUR; the workspace's currency is MYR.");
  await expect(cell(6, 'month')).toContainText('Row 2 has the same partner and month.');
  await expect(cell(7, 'units')).toContainText('Enter a whole number of zero or more.');
  await expect(page.getByTestId('import-row-2')).toContainText('New');
  const importButton = page.getByRole('button', { name: /^Import \d+ rows?$/ });
  await expect(importButton).toBeDisabled();
  await expect(page.getByTestId('import-reason')).toHaveText(
    '5 rows have errors. Fix them in your file and choose the file again: nothing is imported until every row is clean.',
  );
  await snapshot(page, testInfo, '2-preview-with-errors');
  await previewShot(page, testInfo, '2-preview-with-errors');
  await page.getByRole('switch', { name: 'Only rows with errors' }).check();
  await expect(page.getByTestId('import-row-2')).toHaveCount(0);
  await expect(page.getByTestId('import-row-3')).toBeVisible();

  // The mapping is the user's to change: unmapping the revenue is refused at the field.
  await mapping.getByRole('combobox', { name: 'Revenue' }).click();
  await page.getByRole('option', { name: 'Omzet' }).click();
  await expect(mapping.getByText('Choose the column that holds this field.')).toBeVisible();
  await expect(page.getByText('Match the required fields to columns to see the preview.')).toBeVisible();
  await snapshot(page, testInfo, '3-mapping-error');
  await previewShot(page, testInfo, '3-mapping-error');

  await page.locator('input[type="file"]').setInputFiles(path.join(fixtures, 'sales-fixed.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('4 rows in sales-fixed.csv');
  await expect(page.getByTestId('import-counts')).toContainText('4 new');
  await expect(mapping.getByRole('combobox', { name: 'Revenue' })).toHaveValue('Revenue (MYR)');
  await expect(page.getByTestId('import-reason')).toContainText('All rows are clean.');
  await snapshot(page, testInfo, '4-clean-preview');
  await previewShot(page, testInfo, '4-clean-preview');
  await page.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(page.getByText('Imported 4 rows from sales-fixed.csv.').first()).toBeVisible();
  await expect(page.getByTestId('notification-undo')).toBeVisible();
  await expect(page.getByTestId('recent-imports')).toContainText('sales-fixed.csv');
  await snapshot(page, testInfo, '5-imported');

  await page.getByRole('link', { name: 'Show the imported sales' }).click();
  await expect(page).toHaveURL(/#\/sales\?import=/);
  await expect(page.getByText('Syarikat Maju Jaya').first()).toBeVisible();
  await expect(page.getByText('Sinar Elektrik').first()).toBeVisible();
  await snapshot(page, testInfo, '6-imported-rows-in-sales');

  // The same file again: every row unchanged, said so, nothing to import.
  await page.evaluate(() => (location.hash = '#/import/sales'));
  await page.locator('input[type="file"]').setInputFiles(path.join(fixtures, 'sales-fixed.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('4 unchanged');
  await expect(page.getByText('This file was imported before')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 0 rows' })).toBeDisabled();
  await expect(page.getByTestId('import-reason')).toHaveText(
    'Every row is already stored exactly like this: there is nothing to import.',
  );
  await snapshot(page, testInfo, '7-reimport-unchanged');
  await previewShot(page, testInfo, '7-reimport-unchanged');
});

test('an unknown kind of import says so and offers the two there are', async ({ app, page }, testInfo) => {
  await app.open(page);
  await expect(page.getByRole('link', { name: 'Partners', exact: true })).toBeVisible();
  await page.evaluate(() => (location.hash = '#/import/invoices'));
  await expect(page.getByText('There is no such import')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import survey answers' })).toBeVisible();
  await snapshot(page, testInfo, 'unknown-kind');
});

test('survey answers import with the contact found by e-mail; a huge file of errors shows the first rows and says so', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await expect(page.getByRole('link', { name: 'Partners', exact: true })).toBeVisible();
  const maju = await rpc<{ id: string }>(page, 'partners.create', {
    partner: { name: 'Syarikat Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang' },
  });
  await rpc(page, 'partners.create', {
    partner: { name: 'Sinar Elektrik', type: 'dealer', country: 'MY', city: 'Ipoh' },
  });
  await rpc(page, 'contacts.create', { partnerId: maju.id, name: 'Tan Mei Ling', email: 'mei@maju.example' });

  await page.evaluate(() => (location.hash = '#/import/surveys'));
  await expect(page.getByRole('heading', { name: 'Import survey answers' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(path.join(fixtures, 'survey-answers.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('2 new');
  await expect(page.getByTestId('import-row-3').locator('td[data-field="date"]')).toHaveText('15/10/2026');
  await snapshot(page, testInfo, 'surveys-preview');
  await previewShot(page, testInfo, 'surveys');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Imported 2 rows from survey-answers.csv.').first()).toBeVisible();
  await page.getByRole('link', { name: 'Show the imported answers' }).click();
  await expect(page).toHaveURL(/#\/surveys\?import=/);
  await expect(page.getByText('Tan Mei Ling').first()).toBeVisible();

  const lines = ['Partner,Month,Revenue'];
  for (let i = 0; i < 600; i++) lines.push(`Unknown Dealer ${i},2026-01,100`);
  await page.evaluate(() => (location.hash = '#/import/sales'));
  await page.locator('input[type="file"]').setInputFiles({
    name: 'everything-wrong.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(page.getByTestId('import-counts')).toContainText('600 with errors');
  await expect(page.getByTestId('import-showing')).toHaveText(
    'Showing 500 of 600 rows: every row with an error first, then the first rows of the file.',
  );
  await previewShot(page, testInfo, 'capped');
});
