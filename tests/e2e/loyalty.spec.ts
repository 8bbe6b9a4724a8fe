// Loyalty in Chromium: a partner whose sales fell sharply gets a score explained factor by factor
// (the points add up to the score, each factor says what would raise it), its tier, and its churn
// risk with the reasons in words and the retention case the score opened (which suggests a
// playbook); a tier override refused for an expiry of today, then set and ended, both in the tier
// history; in the settings, tiers out of order and all-zero weights are refused at the field, and
// moving the Gold threshold moves the partner, which its tier history shows.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { choose, localDay, rpc, snapshot } from './ui';

/**
 * Calls a procedure straight from the test with the session's token, before the page is open:
 * fifteen months of sales then do not make an open screen refetch after every one of them.
 */
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

/** Shows the whole of a tall element: the page grows to hold it for the screenshot. */
async function shotOf(locator: Locator, path: string): Promise<void> {
  const page = locator.page();
  const viewport = page.viewportSize()!;
  const box = await locator.boundingBox();
  await page.setViewportSize({ width: viewport.width, height: Math.ceil((box?.height ?? 0) + 400) });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path });
  await page.setViewportSize(viewport);
}

/** Opens a screen by its address once the app is up (its navigation shows). */
async function go(page: Page, route: string): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.evaluate((hash) => void (window.location.hash = hash), `#${route}`);
}

/** YYYY-MM of the month `offset` months from this one (local time, as the app counts). */
function month(offset: number): string {
  const day = new Date();
  day.setDate(1);
  day.setMonth(day.getMonth() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * A Malaysian dealer of three years that sold MYR 60,000 a month for a year, then MYR 15,000 in each
 * of the last three months: falling sales (at risk), and no contact on record (watch).
 */
async function fallingPartner(appUrl: string, name: string): Promise<string> {
  const { id } = await call<{ id: string }>(appUrl, 'partners.create', {
    partner: { name, type: 'dealer', country: 'MY', region: 'Penang', partnershipStart: localDay(-3 * 365) },
  });
  for (let offset = -15; offset <= -1; offset++) {
    await call(appUrl, 'sales.save', {
      partnerId: id,
      period: month(offset),
      revenueMinor: offset >= -3 ? 1_500_000 : 6_000_000,
      units: offset >= -3 ? 12 : 50,
      orders: offset >= -3 ? 1 : 5,
      note: '',
    });
  }
  return id;
}

test('the partner page explains the score, shows the churn risk and takes a tier override', async ({
  app,
  page,
}, testInfo) => {
  const name = 'Sinar Jaya Elektrik';
  const partnerId = await fallingPartner(app.url, name);
  await app.open(page);
  await go(page, `/partners/${partnerId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const card = page.getByRole('region', { name: 'Loyalty', exact: true });
  const scoreText = await card.getByTestId('loyalty-score').textContent();
  const score = Number(scoreText);
  expect(score).toBeGreaterThan(0);
  expect(score).toBeLessThan(100);
  const tierName = (await card.getByTestId('loyalty-tier').textContent())!.trim();
  await expect(page.getByTestId('partner-tier-badge')).toHaveText(tierName);
  await expect(card.getByTestId('loyalty-next-tier')).toContainText(/points? to \w+ \(from \d+\)/);

  // The explanation: every factor with data gives points; together they make the score.
  const table = card.getByRole('table', { name: 'How the score is made' });
  const rows = table.getByTestId('loyalty-factor');
  await expect(rows).toHaveCount(10);
  const points = (await table.getByTestId('factor-points').allTextContents())
    .filter((text) => text !== '—')
    .map(Number);
  expect(points.length).toBeGreaterThan(3);
  expect(Math.abs(points.reduce((sum, value) => sum + value, 0) - score)).toBeLessThanOrEqual(1);
  await expect(table.getByTestId('factor-total')).toHaveText(String(score));
  const volume = table.locator('[data-factor="salesVolume"]');
  await expect(volume.getByTestId('factor-measure')).toHaveText(
    /^MYR\s585,000 in the last 12 months \(full marks at MYR\s1,000,000\)$/,
  );
  await expect(volume.getByTestId('factor-raise')).toHaveText(
    /^MYR\s415,000 more sales in 12 months: up to \+[\d.]+ points$/,
  );
  for (const raise of await table.getByTestId('factor-raise').allTextContents()) {
    expect(raise).toMatch(/: up to \+[\d.]+ points$|^Already at full marks$/);
  }
  await expect(table.locator('[data-factor="nps"]').getByTestId('factor-measure')).toHaveText(
    'No data — left out, other factors count more',
  );

  // Churn risk: the level from the score, each reason as a sentence, and the case it opened.
  const risk = card.getByTestId('loyalty-risk');
  await expect(risk.getByTestId('loyalty-risk-level')).toHaveText('At risk');
  await expect(risk.getByTestId('risk-reason').first()).toContainText(
    /^Sales fell 75% over the last 3 months \(MYR\s180,000 → MYR\s45,000\)/,
  );
  await expect(
    risk.getByTestId('risk-reason').filter({ hasText: /^No contact on record in [\d,]+ days as a partner/ }),
  ).toHaveCount(1);
  await expect(page.getByTestId('partner-churn-risk-badge')).toHaveText('Churn risk: At risk');
  await snapshot(page, testInfo, 'loyalty-card-at-risk');
  await shotOf(card, testInfo.outputPath('loyalty-card-at-risk-whole.png'));

  // The tier override: an expiry of today is refused at the field, a later one is taken.
  await card.getByRole('button', { name: 'Override tier' }).click();
  const dialog = page.getByRole('dialog', { name: `Override the tier of ${name}` });
  await choose(dialog, 'Tier', 'Platinum');
  await dialog
    .getByRole('textbox', { name: 'Reason' })
    .fill('Agreed in the annual review: new showroom opens in May');
  await dialog.getByLabel('Until').fill(localDay(0));
  await dialog.getByRole('button', { name: 'Override tier' }).click();
  await expect(dialog.getByText('Choose an expiry after today.')).toBeVisible();
  await snapshot(page, testInfo, 'override-modal-error');
  await dialog.getByLabel('Until').fill(localDay(60));
  await dialog.getByRole('button', { name: 'Override tier' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('partner-tier-badge')).toHaveText('Platinum · overridden');
  const override = card.getByTestId('loyalty-override');
  await expect(override).toContainText('Overridden until');
  await expect(override).toContainText('Reason: Agreed in the annual review: new showroom opens in May');
  await expect(override).toContainText(`The score alone gives ${tierName}`);
  const history = card.getByRole('table', { name: 'Tier history' });
  await expect(history.getByTestId('tier-change').first()).toContainText('Platinum');
  await expect(history.getByTestId('tier-change').first()).toContainText('Manual override');

  await card.getByRole('button', { name: 'End override' }).click();
  await expect(page.getByTestId('partner-tier-badge')).toHaveText(tierName);
  await expect(history.getByTestId('tier-change').first()).toContainText('Override ended');
  await expect(card.getByTestId('loyalty-override')).toHaveCount(0);

  // The case the score opened says where it came from and suggests the playbook for its reason.
  await card.getByRole('link', { name: 'Open the retention case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} at risk` })).toBeVisible();
  const suggestion = page.getByTestId('loyalty-suggestion');
  await expect(suggestion).toContainText('Raised by the loyalty score');
  await expect(suggestion).toContainText('Suggested playbook: At risk: falling orders');
  await snapshot(page, testInfo, 'retention-case-from-loyalty');
  await suggestion.getByRole('button', { name: 'Run At risk: falling orders' }).click();
  const run = page.getByRole('dialog', { name: `Run a playbook for ${name}` });
  await expect(run.getByRole('combobox', { name: 'Playbook' })).toHaveValue('At risk: falling orders');
  await expect(run.getByRole('table', { name: 'Actions this playbook plans' })).toBeVisible();
  await expect(run.getByRole('listbox')).toHaveCount(0);
  await snapshot(page, testInfo, 'run-suggested-playbook');
});

test('loyalty settings refuse bad tiers and weights, and moving a threshold moves the partner', async ({
  app,
  page,
}, testInfo) => {
  const name = 'Kedai Cahaya Timur';
  const partnerId = await fallingPartner(app.url, name);
  await app.open(page);
  await go(page, `/partners/${partnerId}`);
  const card = page.getByRole('region', { name: 'Loyalty', exact: true });
  const score = Number(await card.getByTestId('loyalty-score').textContent());
  const before = (await card.getByTestId('loyalty-tier').textContent())!.trim();
  expect(score).toBeGreaterThan(3);
  expect(score).toBeLessThan(98);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Loyalty', exact: true });
  await expect(section.getByTestId('loyalty-settings-summary')).toContainText('Gold from 70');
  await expect(section.getByTestId('loyalty-settings-summary')).toContainText('Sales volume 20%');
  await section.screenshot({ path: testInfo.outputPath('settings-loyalty-section.png') });
  await section.getByRole('link', { name: 'Edit loyalty settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Loyalty settings' })).toBeVisible();

  // Tiers out of order: the message sits at the threshold that breaks the order.
  const tiers = page.getByRole('form', { name: 'Tiers' });
  await tiers.getByRole('textbox', { name: 'Starting score of tier 2' }).fill('90');
  await tiers.getByRole('button', { name: 'Save tiers' }).click();
  await expect(tiers.getByText('Each tier must start below the tier above it.')).toBeVisible();
  await expect(tiers.getByRole('textbox', { name: 'Starting score of tier 2' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await shotOf(tiers, testInfo.outputPath('loyalty-tiers-error.png'));

  // Weights all zero: refused, saying why.
  const factors = page.getByRole('form', { name: 'Factors and weights' });
  for (const input of await factors.getByRole('textbox', { name: /^Weight · / }).all()) await input.fill('0');
  await expect(factors.getByText('not counted').first()).toBeVisible();
  await factors.getByRole('button', { name: 'Save factors' }).click();
  await expect(factors.getByText('At least one factor needs a weight above zero.')).toBeVisible();
  await shotOf(factors, testInfo.outputPath('loyalty-factors-error.png'));
  await factors.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(factors.getByRole('textbox', { name: 'Weight · Sales volume' })).toHaveValue('20');
  await expect(factors.getByText('20% of the score').first()).toBeVisible();

  // Move Gold so the partner changes tier: onto its score (up to Gold) or just above it (down).
  const gold = before === 'Gold' ? score + 1 : score;
  await tiers.getByRole('textbox', { name: 'Starting score of tier 1' }).fill('99');
  await tiers.getByRole('textbox', { name: 'Starting score of tier 2' }).fill(String(gold));
  await tiers.getByRole('textbox', { name: 'Starting score of tier 3' }).fill(String(Math.floor(score / 2)));
  await tiers.getByRole('button', { name: 'Save tiers' }).click();
  await expect(page.getByText('Tiers saved; partners re-tiered')).toBeVisible();
  const after = before === 'Gold' ? 'Silver' : 'Gold';

  await page.getByRole('button', { name: 'Recompute all now' }).click();
  await expect(page.getByTestId('recompute-result')).toContainText(/Recomputed \d+ partners? in/);
  await snapshot(page, testInfo, 'loyalty-settings');
  await shotOf(
    page.getByRole('form', { name: 'Churn-risk rules' }),
    testInfo.outputPath('loyalty-rules.png'),
  );

  await go(page, `/partners/${partnerId}`);
  await expect(card.getByTestId('loyalty-tier')).toHaveText(after);
  const change = card.getByRole('table', { name: 'Tier history' }).getByTestId('tier-change').first();
  // One step per day: the first scoring today and this move make one row, from where the day began.
  await expect(change).toContainText(after);
  await expect(change).toContainText('Tiers changed');
});

test('the loyalty card of a partner never scored, and while it loads', async ({ app, page }, testInfo) => {
  await app.open(page);
  const { id } = await rpc<{ id: string }>(page, 'partners.create', {
    partner: { name: 'Toko Baru', type: 'retailer', country: 'ID' },
  });
  // The core scores a partner when its page is first read; the screen must still say something
  // sensible for a partner with no score at all (e.g. while the first recompute is running).
  let answer: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/rpc/loyalty.partner', async (route) => {
    await held;
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    body.value = {
      ...body.value,
      score: null,
      computedOn: null,
      tier: null,
      computedTier: null,
      nextTier: null,
    };
    await route.fulfill({ response, json: body });
  });
  await go(page, `/partners/${id}`);
  const card = page.getByRole('region', { name: 'Loyalty', exact: true });
  await expect(card.getByTestId('loyalty-skeleton')).toBeVisible();
  await card.screenshot({ path: testInfo.outputPath('loyalty-card-loading.png') });
  answer();
  await expect(card.getByTestId('loyalty-never-scored')).toContainText('Not scored yet');
  await expect(page.getByTestId('partner-tier-badge')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Override tier' })).toHaveCount(0);
  await card.screenshot({ path: testInfo.outputPath('loyalty-card-never-scored.png') });
});
