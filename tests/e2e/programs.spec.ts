// Programs in Chromium: the empty list explains programs; a rebate is created, a bracket rule with
// a bracket below the one before it is refused at that bracket's "Up to", fixed and saved; the
// program is activated (confirmed), two partners are enrolled in one go and listed as
// participants, and the list shows the program with its participants.
import { expect, test } from './browser-mode';
import { choose, rpc, snapshot } from './ui';

test('create a program, write a bracket rule, activate it and enrol two partners', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  for (const [name, city] of [
    ['Syarikat Maju Jaya', 'Penang'],
    ['Kedai Elektrik Ah Seng', 'Ipoh'],
  ]) {
    await rpc(page, 'partners.create', {
      partner: { name, type: 'dealer', country: 'MY', city, region: 'North' },
    });
  }

  await page.getByRole('link', { name: 'Programs', exact: true }).click();
  await expect(page.getByText('No programs yet')).toBeVisible();
  await snapshot(page, testInfo, 'programs-empty');

  await page.getByRole('button', { name: 'New program' }).click();
  const form = page.getByRole('form', { name: 'New program' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Aircon dealer rebate');
  await choose(form, 'Kind', 'Rebate');
  await expect(form.getByRole('combobox', { name: 'Currency' })).toHaveValue('MYR');
  await form.getByRole('textbox', { name: 'Budget' }).fill('50000');
  await snapshot(page, testInfo, 'program-form');
  await form.getByRole('button', { name: 'Save' }).click();

  // The new program opens on its rules.
  await expect(page.getByRole('heading', { level: 1, name: 'Aircon dealer rebate' })).toBeVisible();
  await expect(page).toHaveURL(/tab=rules/);
  await expect(page.getByTestId('program-status')).toHaveText('Draft');
  await page.getByRole('button', { name: 'Add rule' }).click();
  const rule = page.getByTestId('rule-card').first();
  await rule.getByRole('textbox', { name: 'Name (rule 1)' }).fill('Quarterly rebate');
  await rule
    .locator('label')
    .filter({ hasText: /^Money \(MYR\)$/ })
    .click();
  await rule
    .locator('label')
    .filter({ hasText: /^Amount sold \(MYR\)$/ })
    .click();
  await rule
    .locator('label')
    .filter({ hasText: /^Brackets$/ })
    .click();
  await rule.getByRole('button', { name: 'Add bracket' }).click();
  await snapshot(page, testInfo, 'rules-editor-new');
  const cell = (field: string, b: number) =>
    rule.getByRole('textbox', { name: `${field} (rule 1, bracket ${b})`, exact: true });
  for (const [b, upTo, rate] of [
    [1, '10000', '2'],
    [2, '5000', '3'],
    [3, '', '5'],
  ] as const) {
    await cell('Up to', b).fill(upTo);
    await cell('Award', b).fill(rate);
    await cell('For every', b).fill('100');
  }
  await page.getByRole('button', { name: 'Save rules' }).click();
  const badBound = cell('Up to', 2);
  await expect(badBound).toHaveAttribute('aria-invalid', 'true');
  await expect(rule.getByText('Each bracket must end above the bracket before it.')).toBeVisible();
  await snapshot(page, testInfo, 'rules-editor-error');

  await badBound.fill('50000');
  await expect(badBound).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('Rules of Aircon dealer rebate saved.')).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  await expect(cell('Up to', 2)).toHaveValue('50000.00');

  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Activate Aircon dealer rebate?' });
  await confirm.getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByTestId('program-status')).toHaveText('Active');

  await page.getByRole('tab', { name: 'Participants' }).click();
  await expect(page).toHaveURL(/tab=participants/);
  await expect(page.getByText('No partners enrolled yet')).toBeVisible();
  await page.getByRole('button', { name: 'Enrol partners' }).click();
  const enrol = page.getByRole('dialog', { name: 'Enrol partners in Aircon dealer rebate' });
  await expect(enrol.getByTestId('eligible-count')).toHaveText(
    '2 of 2 eligible partners are not enrolled yet.',
  );
  await enrol.getByRole('combobox', { name: 'Partners to enrol' }).click();
  await page.getByRole('option', { name: /Syarikat Maju Jaya/ }).click();
  await page.getByRole('option', { name: /Kedai Elektrik Ah Seng/ }).click();
  // Close the list (it stays open for more picks) by clicking outside it, inside the dialog.
  await enrol.getByTestId('eligible-count').click();
  await enrol.getByRole('button', { name: 'Enrol 2 partners' }).click();
  await expect(enrol).toBeHidden();
  const participants = page.getByRole('table', { name: 'Participants' });
  await expect(participants.getByRole('row')).toHaveCount(3);
  await expect(participants).toContainText('Kedai Elektrik Ah Seng');
  await expect(participants).toContainText('Syarikat Maju Jaya');
  await expect(page.getByTestId('participants-count')).toHaveText('2 participants');
  await page.getByRole('button', { name: 'Enrol partners' }).click();
  await expect(page.getByTestId('all-enrolled')).toHaveText('All 2 eligible partners are enrolled.');
  await page.keyboard.press('Escape');
  await snapshot(page, testInfo, 'program-participants');

  // A reload keeps the tab; the list shows the program with its participants.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Participants', selected: true })).toBeVisible();
  await page.getByRole('link', { name: 'All programs' }).click();
  const row = page.getByRole('row', { name: /Aircon dealer rebate/ });
  await expect(row).toContainText('Active');
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  await snapshot(page, testInfo, 'programs-list');

  await page.evaluate(() => (location.hash = '#/programs/01ARZ3NDEKTSV4RRFFQ69G5FAV'));
  await expect(page.getByTestId('program-not-found')).toBeVisible();
});
