// Sales and surveys in Chromium: the empty lists say what to do; a month of sales and a survey
// answer entered on a partner's page (a future month and an NPS of 11 refused at the field) show
// there and in the lists opened with the dashboard's address filters; CSV downloads; the
// workspace currency card.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { choose, rpc, snapshot } from './ui';

function monthOffset(offset: number): string {
  const day = new Date();
  day.setDate(1);
  day.setMonth(day.getMonth() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}`;
}

async function go(page: Page, hashPath: string) {
  await page.goto(`${page.url().split('#')[0]}#${hashPath}`);
}

test('enter a sales month and a survey answer, see them on the partner page and in the filtered lists', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();

  // Empty lists say what to do.
  await go(page, '/sales');
  await expect(page.getByText('No sales recorded yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await snapshot(page, testInfo, 'sales-empty');
  await go(page, '/surveys');
  await expect(page.getByText('No survey answers yet')).toBeVisible();
  await snapshot(page, testInfo, 'surveys-empty');
  await page.getByRole('button', { name: 'Import' }).first().click();
  await expect(page).toHaveURL(/#\/import\/surveys$/);

  const { id: partnerId } = await rpc<{ id: string }>(page, 'partners.create', {
    partner: { name: 'Maju Jaya', type: 'distributor', country: 'MY', city: 'Penang', region: 'North' },
  });
  await rpc(page, 'contacts.create', { partnerId, name: 'Siti Aminah', role: 'Owner' });
  await rpc(page, 'partners.create', {
    partner: { name: 'Sinar Johor', type: 'dealer', country: 'MY', city: 'Johor Bahru', region: 'South' },
  });

  await go(page, `/partners/${partnerId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Maju Jaya' })).toBeVisible();
  const salesCard = page.getByRole('region', { name: 'Sales', exact: true });
  await expect(salesCard.getByTestId('partner-sales-empty')).toBeVisible();
  const surveysCard = page.getByRole('region', { name: 'Surveys', exact: true });
  await expect(surveysCard.getByTestId('partner-surveys-empty')).toBeVisible();

  // A month of sales: next month is refused at the field, last month is saved.
  await salesCard.getByRole('button', { name: 'Add month' }).click();
  const salesForm = page.getByRole('dialog', { name: 'Enter sales for a month' });
  await expect(salesForm.getByRole('combobox', { name: 'Partner', exact: true })).toHaveValue('Maju Jaya');
  await salesForm.getByLabel('Month', { exact: true }).fill(monthOffset(1));
  await salesForm.getByRole('textbox', { name: 'Revenue' }).fill('12,500.50');
  await salesForm.getByRole('textbox', { name: 'Units' }).fill('40');
  await salesForm.getByRole('textbox', { name: 'Orders' }).fill('3');
  await salesForm.getByRole('button', { name: 'Save' }).click();
  await expect(
    salesForm.getByText('This month has not started yet: enter months up to this one.'),
  ).toBeVisible();
  await snapshot(page, testInfo, 'sales-form-future-month');
  await salesForm.getByLabel('Month', { exact: true }).fill(monthOffset(-1));
  await salesForm.getByRole('textbox', { name: 'Revenue' }).fill('12,500.5x');
  await salesForm.getByRole('button', { name: 'Save' }).click();
  await expect(salesForm.getByText('Enter an amount of money, e.g. 1500.00.')).toBeVisible();
  await salesForm.getByRole('textbox', { name: 'Revenue' }).fill('12,500.50');
  await salesForm.getByRole('button', { name: 'Save' }).click();
  await expect(salesForm).toBeHidden();
  await expect(page.getByText(/Saved the sales of Maju Jaya for/)).toBeVisible();
  await expect(salesCard.getByTestId('partner-sales-last12')).toHaveText('MYR 12,500.50');
  await expect(salesCard.getByTestId('partner-sales-month')).toHaveCount(1);
  await expect(salesCard.locator('.recharts-wrapper')).toBeVisible();

  // A survey answer: NPS 11 is refused at the field, 9 shows as a promoter.
  await surveysCard.getByRole('button', { name: 'Record answer' }).click();
  const surveyForm = page.getByRole('dialog', { name: 'Record a survey answer' });
  await choose(surveyForm, 'Contact', 'Siti Aminah (Owner)');
  await surveyForm.getByRole('textbox', { name: 'NPS (0-10)' }).fill('11');
  await surveyForm.getByRole('button', { name: 'Save' }).click();
  await expect(surveyForm.getByText('Enter a whole number from 0 to 10.')).toBeVisible();
  await snapshot(page, testInfo, 'survey-form-nps-11');
  await surveyForm.getByRole('textbox', { name: 'NPS (0-10)' }).fill('9');
  await expect(surveyForm.getByText('9 · Promoter')).toBeVisible();
  await choose(surveyForm, 'Satisfaction (1-5)', '4 — Satisfied');
  await surveyForm.getByRole('textbox', { name: 'Comment' }).fill('Deliveries are on time now');
  await surveyForm.getByRole('button', { name: 'Save' }).click();
  await expect(surveyForm).toBeHidden();
  await expect(surveysCard.getByTestId('nps-score')).toHaveText('+100');
  await expect(surveysCard.getByTestId('partner-survey-answer')).toContainText('Deliveries are on time now');
  await expect(surveysCard.getByTestId('partner-survey-answer')).toContainText('Siti Aminah');
  await snapshot(page, testInfo, 'partner-sales-and-surveys');
  await salesCard.scrollIntoViewIfNeeded();
  await salesCard.screenshot({ path: testInfo.outputPath('partner-sales-card.png') });

  // The lists, opened with the address filters the dashboard links with.
  await go(page, `/sales?from=${monthOffset(-1)}&to=${monthOffset(-1)}&region=North`);
  await expect(page.getByTestId('sales-count')).toHaveText('1 partner-month');
  await expect(page.getByTestId('sales-row')).toContainText('Maju Jaya');
  await expect(page.getByTestId('sales-total-revenue')).toContainText('MYR 12,500.50');
  await snapshot(page, testInfo, 'sales-list');
  const salesDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'CSV (.csv)' }).click();
  const salesFile = await salesDownload;
  expect(salesFile.suggestedFilename()).toMatch(/^sales-\d{4}-\d{2}-\d{2}\.csv$/);
  const salesCsv = await readFile(await salesFile.path(), 'utf8');
  expect(salesCsv.startsWith('\uFEFFMonth,Partner,Region,Revenue,Currency')).toBe(true);
  expect(salesCsv).toContain(`${monthOffset(-1)},Maju Jaya,North,12500.50,MYR,40,3`);

  await go(page, '/sales?region=South');
  await expect(page.getByText('No sales match these filters')).toBeVisible();
  await snapshot(page, testInfo, 'sales-none-matching');

  await go(page, `/surveys?category=promoter&partner=${partnerId}`);
  await expect(page.getByTestId('surveys-count')).toHaveText('1 answer');
  await expect(page.getByTestId('survey-row')).toContainText('Siti Aminah');
  await expect(page.getByTestId('nps-tally')).toContainText('1 promoter');
  await snapshot(page, testInfo, 'surveys-list');
  const surveysDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'CSV (.csv)' }).click();
  const surveysCsv = await readFile(await (await surveysDownload).path(), 'utf8');
  expect(surveysCsv).toContain('Maju Jaya,North,Siti Aminah,9,Promoter,4,Deliveries are on time now');
  await go(page, '/surveys?category=detractor&category=passive');
  await expect(page.getByText('No answers match these filters')).toBeVisible();
  await expect(page.getByTestId('nps-score')).toHaveText('–');

  // The currency card: guessed from the sales, and a change is refused while they are in MYR.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const currencyCard = page.getByRole('region', { name: 'Workspace currency' });
  await expect(currencyCard.getByText(/Not chosen yet: MYR is used/)).toBeVisible();
  await choose(currencyCard, 'Currency', 'SGD — Singapore Dollar');
  await currencyCard.getByRole('button', { name: 'Save currency' }).click();
  await expect(
    currencyCard.getByText('Sales records are in MYR: delete them before changing the currency.'),
  ).toBeVisible();
  await currencyCard.scrollIntoViewIfNeeded();
  await currencyCard.screenshot({ path: testInfo.outputPath('currency-refused.png') });
});
