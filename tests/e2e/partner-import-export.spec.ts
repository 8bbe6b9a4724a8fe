import { readFile } from 'node:fs/promises';
import { expect, test } from './browser-mode';
import type { Page, TestInfo } from '@playwright/test';
import { rpc, snapshot } from './ui';

/** The page scrolls inside the layout, so the preview is photographed as its own element. */
async function previewShot(page: Page, testInfo: TestInfo, name: string) {
  await page
    .getByRole('region', { name: '3. Check and import' })
    .screenshot({ path: testInfo.outputPath(`${name}-preview.png`) });
}

const csvFile = (name: string, lines: readonly string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'),
});

test('a partner file with errors is explained per row and field; the fixed file imports in one step; a filtered list exports', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await expect(page.getByRole('link', { name: 'Partners', exact: true })).toBeVisible();
  await rpc(page, 'partners.create', {
    partner: { name: 'Syarikat Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang' },
  });

  // From the partner list, "Import partners".
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByRole('button', { name: 'Import partners' }).click();
  await expect(page.getByRole('heading', { name: 'Import partners' })).toBeVisible();
  await snapshot(page, testInfo, '1-partners-choose-file');

  await page
    .locator('input[type="file"]')
    .setInputFiles(
      csvFile('partners.csv', [
        'Name,City,Type,Country,Email,Tags',
        'Syarikat Maju Jaya,Penang,,,sales@maju.example,',
        '广州五金批发有限公司,广州,批发商,CN,,五金; Paint',
        'Groothandel Ünal,Utrecht,shop,Holland,info@unal,',
        'Kedai Baru,Klang,,,,',
        '广州五金批发有限公司,广州,wholesaler,CN,,',
      ]),
    );
  const mapping = page.getByRole('region', { name: '2. Match the columns' });
  await expect(mapping.getByRole('combobox', { name: 'Name', exact: true })).toHaveValue('Name');
  await expect(mapping.getByRole('radio', { name: 'Match by name and city' })).toBeChecked();
  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('5 rows in partners.csv');
  await expect(counts).toContainText('1 to create');
  await expect(counts).toContainText('1 to update');
  await expect(counts).toContainText('3 with errors');
  const cell = (row: number, field: string) =>
    page.getByTestId(`import-row-${row}`).locator(`td[data-field="${field}"]`);
  await expect(cell(4, 'type')).toContainText("'shop' is not a partner type");
  await expect(cell(4, 'email')).toContainText('Enter a valid e-mail address');
  await expect(cell(5, 'type')).toContainText('A new partner needs this');
  await expect(cell(6, 'name')).toContainText('Row 3 is the same record: remove one of them.');
  await expect(cell(2, 'email')).toContainText('sales@maju.example');
  await expect(page.getByRole('button', { name: /^Import \d+ rows?$/ })).toBeDisabled();
  await snapshot(page, testInfo, '2-partners-preview-with-errors');
  await previewShot(page, testInfo, '2-partners-errors');

  // The fixed file: the errors gone, one partner to update and two to create.
  await page
    .locator('input[type="file"]')
    .setInputFiles(
      csvFile('partners-fixed.csv', [
        'Name,City,Type,Country,Email,Tags',
        'Syarikat Maju Jaya,Penang,,,sales@maju.example,',
        '广州五金批发有限公司,广州,批发商,CN,,五金; Paint',
        'Groothandel Ünal,Utrecht,wholesaler,Holland,info@unal.example,',
      ]),
    );
  await expect(counts).toContainText('3 rows in partners-fixed.csv');
  await expect(counts).toContainText('2 to create');
  await expect(counts).toContainText('1 to update');
  await expect(page.getByTestId('import-reason')).toContainText('All rows are clean.');
  await previewShot(page, testInfo, '3-partners-clean');
  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.getByTestId('import-done')).toContainText('Imported 3 rows from partners-fixed.csv.');
  await expect(page.getByTestId('import-done')).toContainText('2 new, 1 updated, 0 unchanged.');
  await expect(page.getByRole('link', { name: 'Show the partners' })).toBeVisible();
  await snapshot(page, testInfo, '4-partners-imported');

  // The same layout again: the mapping comes back by itself.
  await page
    .locator('input[type="file"]')
    .setInputFiles(
      csvFile('partners-again.csv', ['Name,City,Type,Country,Email,Tags', 'Kedai Baru,Klang,dealer,MY,,']),
    );
  await expect(page.getByTestId('mapping-remembered')).toBeVisible();

  // Export the partner list filtered to China and the Netherlands.
  await page.evaluate(() => (location.hash = '#/partners?country=CN&country=NL'));
  await expect(page.getByTestId('partner-count')).toHaveText('2 partners');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Excel (.xlsx)' })).toBeVisible();
  await snapshot(page, testInfo, '5-partners-export-menu');
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV (.csv)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^partners-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await file.path(), 'utf8');
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^External ID,Name,Legal name,Type,Status,Region,Country,City/);
  // In the list's order (by name).
  expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual([
    'Groothandel Ünal',
    '广州五金批发有限公司',
  ]);
  await expect(page.getByText('2 rows exported to')).toBeVisible();
});
