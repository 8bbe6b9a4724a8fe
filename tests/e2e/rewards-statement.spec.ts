// Rewards and the partner statement in Chromium: a partner with points redeems a voucher from the
// partner page (the balance drops; a reward for another tier says why it cannot be chosen), the
// redemption is rejected on the program's Redemptions tab with a note (the points come back), an
// adjustment beyond the balance is refused at the amount, and the statement opens in English,
// switches to Chinese and Malay and goes to the print dialog. Screenshots: the card empty and with
// entries, the rewards tab, the statement in English and in Chinese.
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { choose, localDay, snapshot } from './ui';

async function call<T>(appUrl: string, name: string, input: unknown): Promise<T> {
  const url = new URL(appUrl);
  const response = await fetch(`${url.origin}/rpc/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function go(page: Page, route: string): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.evaluate((hash) => void (window.location.hash = hash), `#${route}`);
}

/** A running program with a dealer holding 6,000 points, a voucher and a Gold-only trip. */
async function setUp(appUrl: string) {
  const today = localDay(0);
  const partner = await call<{ id: string }>(appUrl, 'partners.create', {
    partner: {
      name: 'Kedai Elektrik Ah Huat',
      type: 'dealer',
      country: 'MY',
      region: 'Perak',
      city: 'Ipoh',
      address: '12 Jalan Sultan Idris Shah',
      partnershipStart: localDay(-3 * 365),
    },
  });
  await call(appUrl, 'contacts.create', {
    partnerId: partner.id,
    name: 'Tan Ah Huat',
    preferredLanguage: 'en',
  });
  const program = await call<{ id: string }>(appUrl, 'programs.create', {
    name: 'Dealer Rewards 2026',
    kind: 'sales-incentive',
    startsOn: localDay(-60),
    endsOn: localDay(300),
    budgetMinor: 0,
    pointValueMinor: 1,
    pointsExpiryMonths: 12,
    currency: 'MYR',
  });
  await call(appUrl, 'programs.saveRules', {
    programId: program.id,
    revision: 0,
    rules: [
      {
        key: 'per-unit',
        name: 'Points per unit sold',
        award: 'points',
        basis: 'units',
        calc: { kind: 'rate', rate: 10, every: 1 },
      },
    ],
    today,
  });
  const { revision } = await call<{ revision: number }>(appUrl, 'programs.get', { id: program.id });
  await call(appUrl, 'programs.setStatus', { id: program.id, status: 'active', revision, today });
  await call(appUrl, 'programs.enroll', { programId: program.id, partnerIds: [partner.id], today });
  await call(appUrl, 'ledger.adjust', {
    programId: program.id,
    partnerId: partner.id,
    unit: 'points',
    amount: 6000,
    reason: 'Welcome bonus for joining',
    today,
  });
  await call(appUrl, 'rewards.create', {
    programId: program.id,
    name: 'Shopping voucher RM50',
    kind: 'voucher',
    pointsCost: 5000,
    stock: 20,
  });
  await call(appUrl, 'rewards.create', {
    programId: program.id,
    name: 'Langkawi trip for two',
    kind: 'trip',
    pointsCost: 2000,
    tiers: ['platinum'],
    description: 'Three nights, flights included',
  });
  await call(appUrl, 'rewards.create', {
    programId: program.id,
    name: 'Branded polo shirt',
    kind: 'merchandise',
    pointsCost: 800,
    stock: 0,
  });
  return { partnerId: partner.id, programId: program.id };
}

test('redeem from the partner page, reject on the program, print the statement', async ({
  app,
  page,
}, testInfo) => {
  const { partnerId, programId } = await setUp(app.url);
  const stranger = await call<{ id: string }>(app.url, 'partners.create', {
    partner: { name: 'Toko Baru', type: 'retailer', country: 'MY', region: 'Johor' },
  });
  await app.open(page);

  // A partner in no program: the card says so and leads to the programs.
  await go(page, `/partners/${stranger.id}`);
  const emptyCard = page.getByRole('region', { name: 'Incentive programs' });
  await expect(emptyCard.getByTestId('partner-incentives-empty')).toContainText('Not in any program yet.');
  await expect(emptyCard.getByRole('link', { name: 'See the programs' })).toBeVisible();
  await emptyCard.screenshot({ path: testInfo.outputPath('incentives-card-empty.png') });

  await go(page, `/partners/${partnerId}`);
  const card = page.getByRole('region', { name: 'Incentive programs' });
  await expect(card.getByTestId('points-balance')).toHaveText('6,000');

  // Taking away more than the balance is refused at the amount.
  await card.getByRole('button', { name: 'Adjust' }).click();
  const adjust = page.getByRole('form', { name: 'Adjust the balance of Kedai Elektrik Ah Huat' });
  await adjust.getByRole('textbox', { name: 'Amount' }).fill('-7000');
  await adjust.getByRole('textbox', { name: 'Reason' }).fill('Returned stock');
  await adjust.getByRole('button', { name: 'Post adjustment' }).click();
  await expect(adjust.getByText('This needs 7,000 points; the balance is 6,000.')).toBeVisible();
  await adjust.getByRole('button', { name: 'Cancel' }).click();

  // Redeem: rewards that cannot be had say why; the voucher takes 5,000 points.
  await card.getByRole('button', { name: 'Redeem' }).click();
  const redeem = page.getByRole('form', { name: 'Redeem a reward for Kedai Elektrik Ah Huat' });
  await expect(redeem.getByTestId('redeem-balance')).toHaveText('Balance: 6,000 points');
  await expect(redeem.getByRole('radio', { name: 'Langkawi trip for two' })).toBeDisabled();
  await expect(redeem.getByText('Not for this tier')).toBeVisible();
  await expect(redeem.getByText('Out of stock')).toBeVisible();
  await snapshot(page, testInfo, 'redeem-modal');
  await redeem.getByRole('radio', { name: 'Shopping voucher RM50' }).click();
  await redeem.getByRole('button', { name: 'Redeem' }).click();
  await expect(redeem).toBeHidden();
  await expect(card.getByTestId('points-balance')).toHaveText('1,000');
  await card.getByRole('button', { name: 'Show entries' }).click();
  const entries = card.getByRole('table', { name: 'Ledger entries of Dealer Rewards 2026' });
  await expect(entries.getByTestId('ledger-entry')).toHaveCount(2);
  await expect(entries.getByTestId('ledger-entry').first()).toContainText(/[-−]5,000/);
  await card.screenshot({ path: testInfo.outputPath('incentives-card.png') });

  // The rewards tab, then reject the redemption with a note: the points come back.
  await go(page, `/programs/${programId}`);
  await page.getByRole('tab', { name: 'Rewards' }).click();
  await expect(page.getByTestId('reward-card')).toHaveCount(3);
  await expect(page.getByTestId('reward-card').filter({ hasText: 'Shopping voucher RM50' })).toContainText(
    '19 of 20 left',
  );
  await expect(page.getByTestId('reward-card').filter({ hasText: 'Branded polo shirt' })).toContainText(
    'Out of stock',
  );
  await snapshot(page, testInfo, 'rewards-tab');
  await page.getByRole('tab', { name: 'Redemptions' }).click();
  const row = page.getByTestId('redemption-row').filter({ hasText: 'Shopping voucher RM50' });
  await expect(row).toContainText('Requested');
  await row.getByRole('button', { name: 'Reject' }).click();
  const reject = page.getByRole('form', { name: 'Reject the redemption of Shopping voucher RM50' });
  await reject.getByRole('button', { name: 'Reject and return the points' }).click();
  await expect(reject.getByText('Say why.')).toBeVisible();
  await reject.getByRole('textbox', { name: 'Why is it rejected?' }).fill('Voucher supplier closed');
  await reject.getByRole('button', { name: 'Reject and return the points' }).click();
  await expect(row).toContainText('Rejected');
  await snapshot(page, testInfo, 'redemptions-tab');

  await go(page, `/partners/${partnerId}`);
  await expect(card.getByTestId('points-balance')).toHaveText('6,000');

  // The statement: English by the contact's language, then Chinese and Malay; Print opens the dialog.
  await card.getByRole('link', { name: 'Statement' }).click();
  const sheet = page.getByTestId('statement-sheet');
  await expect(sheet.getByRole('heading', { name: 'Points statement' })).toBeVisible();
  await expect(sheet.getByTestId('statement-partner')).toHaveText('Kedai Elektrik Ah Huat');
  await expect(sheet.getByTestId('statement-balance')).toHaveText('6,000');
  await expect(sheet.getByTestId('statement-entry')).toHaveCount(3);
  // The notices of the earlier steps float over the page: keep them out of the document's pictures.
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await sheet.screenshot({ path: testInfo.outputPath('statement-en.png') });

  const controls = page.locator('.ck-statement-controls').first();
  await choose(controls, 'Language', '中文');
  await expect(sheet.getByRole('heading', { name: '积分对账单' })).toBeVisible();
  await expect(sheet).toContainText('积分余额');
  await sheet.screenshot({ path: testInfo.outputPath('statement-zh.png') });

  await choose(controls, 'Language', 'Bahasa Melayu');
  await expect(sheet.getByRole('heading', { name: 'Penyata mata ganjaran' })).toBeVisible();
  await expect(sheet).toContainText('Baki mata');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toBe(
    `Kedai Elektrik Ah Huat Penyata mata ganjaran ${localDay(0)}.pdf`,
  );

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // In print, only the sheet shows: the app's header and the statement's controls are hidden.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(sheet).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});
