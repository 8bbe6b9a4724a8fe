// The incentive journey of issue 6 in Chromium, through the screens a brand's staff use: a product
// in the catalog, a SPIF on that product (a rule with a time box), activated and with a partner
// enrolled, a reward in its catalog; a claim entered with its invoice attached and approved; the
// award with its explanation on the claim; a reward redeemed from the partner page; the partner
// statement printed; the partner on the program's leaderboard.
import { expect, test } from './browser-mode';
import { choose, localDay, rpc, snapshot } from './ui';

const invoicePng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('a SPIF from product to leaderboard: claim with invoice, award explained, reward, statement', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const partner = await rpc<{ id: string }>(page, 'partners.create', {
    partner: { name: 'Syarikat Sejuk Jaya', type: 'dealer', country: 'MY', city: 'Ipoh', region: 'North' },
  });

  // The product the SPIF pushes.
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await page.getByRole('button', { name: 'Products' }).click();
  await page.getByRole('button', { name: 'New product' }).first().click();
  const product = page.getByRole('form', { name: 'New product' });
  await product.getByRole('textbox', { name: 'SKU', exact: true }).fill('AC-18X');
  await product.getByRole('textbox', { name: 'Name', exact: true }).fill('Inverter air conditioner 2.0 HP');
  await product.getByRole('combobox', { name: 'Category' }).fill('Air conditioners');
  await product.getByRole('button', { name: 'Save' }).click();
  await expect(product).toBeHidden();

  // The SPIF: 50 points per unit of that product, for invoices in a short time box.
  await page.getByRole('link', { name: 'Programs', exact: true }).click();
  await page.getByRole('button', { name: 'New program' }).first().click();
  const form = page.getByRole('form', { name: 'New program' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Air-con SPIF');
  await choose(form, 'Kind', 'SPIF');
  // Six weeks around today, whatever today is (the default is the calendar year).
  await form.getByRole('textbox', { name: 'Starts on' }).fill(localDay(-14));
  await form.getByRole('textbox', { name: 'Ends on' }).fill(localDay(28));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Air-con SPIF' })).toBeVisible();
  await page.getByRole('button', { name: 'Add rule' }).click();
  const rule = page.getByTestId('rule-card').first();
  await rule.getByRole('textbox', { name: 'Name (rule 1)' }).fill('Bonus per 2.0 HP unit');
  await rule
    .locator('label')
    .filter({ hasText: /^Points$/ })
    .click();
  await rule
    .locator('label')
    .filter({ hasText: /^Units sold$/ })
    .click();
  await rule.getByRole('textbox', { name: 'Award (rule 1)' }).fill('50');
  await rule.getByRole('textbox', { name: 'For every (rule 1)' }).fill('1');
  await rule.getByRole('combobox', { name: 'Only these products (rule 1)' }).click();
  await page.getByRole('option', { name: /AC-18X/ }).click();
  await rule.getByRole('switch', { name: 'Time box (SPIF) (rule 1)' }).check();
  await rule.getByRole('textbox', { name: 'From (rule 1)' }).fill(localDay(-10));
  await rule.getByRole('textbox', { name: 'To (rule 1)' }).fill(localDay(20));
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('Rules of Air-con SPIF saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Activate Air-con SPIF?' })
    .getByRole('button', { name: 'Activate' })
    .click();
  await expect(page.getByTestId('program-status')).toHaveText('Active');

  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Enrol partners' }).click();
  const enrol = page.getByRole('dialog', { name: 'Enrol partners in Air-con SPIF' });
  await enrol.getByRole('combobox', { name: 'Partners to enrol' }).click();
  await page.getByRole('option', { name: /Syarikat Sejuk Jaya/ }).click();
  await enrol.getByTestId('eligible-count').click();
  await enrol.getByRole('button', { name: 'Enrol 1 partner' }).click();
  await expect(enrol).toBeHidden();

  await page.getByRole('tab', { name: 'Rewards' }).click();
  await page.getByRole('button', { name: 'Add reward' }).first().click();
  const reward = page.getByRole('form', { name: 'Add a reward' });
  await reward.getByRole('textbox', { name: 'Name', exact: true }).fill('Shopping voucher RM50');
  await choose(reward, 'Kind', 'Voucher');
  await reward.getByRole('textbox', { name: 'Points cost' }).fill('80');
  await reward.getByRole('button', { name: 'Save reward' }).click();
  await expect(reward).toBeHidden();

  // The claim: two units on an invoice, with the invoice photo attached.
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await page.getByRole('button', { name: 'New claim' }).first().click();
  const claim = page.getByRole('form', { name: 'New claim' });
  await choose(claim, 'Program', 'Air-con SPIF');
  await choose(claim, 'Partner', 'Syarikat Sejuk Jaya (Ipoh)');
  await claim.getByRole('textbox', { name: 'Invoice number' }).fill('SJ-2026-118');
  await claim.getByRole('textbox', { name: 'Invoice date' }).fill(localDay(-2));
  await claim.getByRole('combobox', { name: 'Line 1: SKU' }).fill('AC-18X');
  await claim.getByRole('textbox', { name: 'Line 1: Quantity' }).fill('2');
  await claim.getByRole('textbox', { name: 'Line 1: Amount' }).fill('5760.00');
  await claim
    .locator('input[type="file"]')
    .setInputFiles({ name: 'invoice-SJ-118.png', mimeType: 'image/png', buffer: invoicePng });
  await expect(claim.getByRole('button', { name: 'Open invoice-SJ-118.png' })).toBeVisible();
  await claim.getByRole('button', { name: 'Save claim' }).click();
  await expect(claim).toBeHidden();

  await page.getByTestId('claim-row').first().getByRole('link', { name: 'SJ-2026-118' }).click();
  await expect(page.getByRole('button', { name: 'Open invoice-SJ-118.png' })).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  const award = page.getByTestId('claim-award');
  await expect(award).toContainText('100 points');
  // The explanation: which rule, which invoice, and the arithmetic.
  await expect(award).toContainText('Bonus per 2.0 HP unit');
  await expect(award).toContainText('SJ-2026-118');
  await expect(award).toContainText(/2 units/);
  await snapshot(page, testInfo, 'journey-claim-award');

  // The reward, redeemed from the partner page.
  await page.evaluate((id) => void (window.location.hash = `#/partners/${id}`), partner.id);
  const card = page.getByRole('region', { name: 'Incentive programs' });
  await expect(card.getByTestId('points-balance')).toHaveText('100');
  await card.getByRole('button', { name: 'Redeem' }).click();
  const redeem = page.getByRole('form', { name: 'Redeem a reward for Syarikat Sejuk Jaya' });
  await redeem.getByRole('radio', { name: 'Shopping voucher RM50' }).click();
  await redeem.getByRole('button', { name: 'Redeem' }).click();
  await expect(card.getByTestId('points-balance')).toHaveText('20');

  // The statement, printed.
  await card.getByRole('link', { name: 'Statement' }).click();
  const sheet = page.getByTestId('statement-sheet');
  await expect(sheet.getByTestId('statement-partner')).toHaveText('Syarikat Sejuk Jaya');
  await expect(sheet.getByTestId('statement-balance')).toHaveText('20');
  await expect(sheet).toContainText('Bonus per 2.0 HP unit');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await sheet.screenshot({ path: testInfo.outputPath('journey-statement.png') });

  // The leaderboard: the partner leads with the 100 points earned.
  await page.getByRole('link', { name: 'Programs', exact: true }).click();
  await page.getByRole('link', { name: 'Air-con SPIF' }).click();
  await page.getByRole('tab', { name: 'Leaderboard' }).click();
  const board = page.getByRole('table', { name: 'Leaderboard' });
  await expect(board.getByRole('row').nth(1)).toContainText('Syarikat Sejuk Jaya');
  await expect(board.getByRole('row').nth(1)).toContainText('100');
  await snapshot(page, testInfo, 'journey-leaderboard');
});
