// The loyalty issue's journey end to end: a manager imports a sales file in which one demo partner's
// year went badly and its last three months collapsed; the partner drops a tier and becomes at risk with its reasons, the
// score opens its retention case with the matching playbook, and the dashboard's at-risk figure
// leads back to it.
import { expect, test } from './browser-mode';
import { decimalAmount } from '../../src/shared/money';
import { addMonths, monthOf } from '../../src/shared/periods';
import type { PartnerListOutput } from '../../src/shared/partners';
import type { SalesListOutput } from '../../src/shared/sales';
import { loadDemoData, localDay, rpc, snapshot } from './ui';

test('a sales import drops a partner a tier, puts it at risk with its reasons and opens its retention case; the dashboard leads to it', async ({
  app,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await app.open(page);
  await loadDemoData(page);

  // A Gold partner close to Silver, not at risk, without an open retention case and outside the
  // incentive programs, with two years of sales behind it (so a bad year weighs on both its volume
  // and its growth), whose name no other partner has (the file names partners the way people do:
  // by name).
  const candidates = await rpc<PartnerListOutput>(page, 'partners.list', {
    statuses: ['active'],
    tiers: ['gold'],
    riskLevels: ['none'],
    sort: 'score',
    direction: 'asc',
    limit: 200,
  });
  let partner: PartnerListOutput['rows'][number] | undefined;
  const twoYearsAgo = `${Number(localDay(0).slice(0, 4)) - 2}${localDay(0).slice(4)}`;
  for (const row of candidates.rows) {
    if (!row.partnershipStart || row.partnershipStart > twoYearsAgo) continue;
    // Not one the team is already working on (the score would link that case instead).
    const open = await rpc<{ total: number }>(page, 'retentionCases.list', {
      partnerId: row.id,
      outcomes: ['open'],
      limit: 1,
    });
    if (open.total > 0) continue;
    // Not in an incentive program: its claims would keep its engagement, and so its tier, up.
    const incentives = await rpc<{ programs: unknown[] }>(page, 'incentives.partner', {
      partnerId: row.id,
      today: localDay(0),
    });
    if (incentives.programs.length > 0) continue;
    // Its sales carry enough of its score that a bad year takes it below Gold (70): volume falls
    // to about a third of its points (square-root scale), growth to nothing.
    const loyalty = await rpc<{
      score: number | null;
      factors: { key: string; contribution: number }[];
    }>(page, 'loyalty.partner', { partnerId: row.id, today: localDay(0) });
    const points = (key: string) => loyalty.factors.find((factor) => factor.key === key)?.contribution ?? 0;
    if ((loyalty.score ?? 100) - 0.6 * points('salesVolume') - points('salesGrowth') > 67) continue;
    const sameName = await rpc<PartnerListOutput>(page, 'partners.list', { search: row.name, limit: 5 });
    if (sameName.rows.filter((other) => other.name === row.name).length === 1) {
      partner = row;
      break;
    }
  }
  expect(partner, 'a calm Gold partner of two years with a unique name').toBeDefined();
  const { id, name } = partner!;

  // A bad year: its sales fell to a tenth, and the last three full months to almost nothing.
  const thisMonth = monthOf(localDay(0));
  const months = Array.from({ length: 12 }, (_, index) => addMonths(thisMonth, -1 - index));
  const stored = await rpc<SalesListOutput>(page, 'sales.list', { partnerId: id, limit: 30 });
  const revenueOf = new Map(stored.rows.map((row) => [row.period, row.revenueMinor]));
  expect(months.every((month) => revenueOf.has(month))).toBe(true);
  // Amounts as people type them in the workspace's currency (no decimals for rupiah).
  const amount = (month: string, index: number) =>
    decimalAmount(Math.round(revenueOf.get(month)! / (index < 3 ? 100 : 10)), stored.currency);
  const csv = [
    'Partner,Month,Revenue,Orders',
    ...months.map((month, index) => `"${name}",${month},${amount(month, index)},1`),
  ].join('\n');

  // Before: Gold, and no churn risk.
  await page.evaluate((partnerId) => (location.hash = `#/partners/${partnerId}`), id);
  const card = page.getByRole('region', { name: 'Loyalty', exact: true });
  await expect(card.getByTestId('loyalty-tier')).toHaveText('Gold');
  await expect(page.getByTestId('partner-churn-risk-badge')).toHaveCount(0);

  await page.evaluate(() => (location.hash = '#/import/sales'));
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'bad-year.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-counts')).toContainText('12 rows in bad-year.csv');
  await expect(page.getByTestId('import-counts')).toContainText('12 updates');
  await snapshot(page, testInfo, '1-import-preview');
  await page.getByRole('button', { name: 'Import 12 rows' }).click();
  await expect(page.getByText('Imported 12 rows from bad-year.csv.').first()).toBeVisible();

  // The partner page: a lower tier, the churn risk with its reasons, the tier change in history.
  await page.evaluate((partnerId) => (location.hash = `#/partners/${partnerId}`), id);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(card.getByTestId('loyalty-tier')).not.toHaveText('Gold');
  const newTier = (await card.getByTestId('loyalty-tier').textContent())!.trim();
  await expect(page.getByTestId('partner-churn-risk-badge')).toHaveText(/Churn risk: (At risk|Critical)/);
  const risk = card.getByTestId('loyalty-risk');
  await expect(
    risk.getByTestId('risk-reason').filter({ hasText: /^Sales fell \d+% over the last 3 months/ }),
  ).toHaveCount(1);
  // The history keeps one step per day: the demo's first tier and the drop happened today.
  const history = card.getByRole('table', { name: 'Tier history' });
  await expect(history.getByTestId('tier-change').first()).toContainText(newTier);
  await expect(page.getByTestId('partner-timeline')).toContainText(`First tier: ${newTier}`);
  await snapshot(page, testInfo, '2-partner-at-risk');

  // The case the score opened, with the playbook for falling orders suggested.
  await card.getByRole('link', { name: 'Open the retention case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} at risk` })).toBeVisible();
  await expect(page.getByTestId('loyalty-suggestion')).toContainText('Raised by the loyalty score');
  await expect(page.getByTestId('loyalty-suggestion')).toContainText('At risk: falling orders');
  await snapshot(page, testInfo, '3-retention-case');

  // Home: the at-risk figure opens the list of partners at risk, which includes this one.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('link', { name: /partners? at risk: open the list/ }).click();
  await expect(page).toHaveURL(/#\/partners\?.*risk=at-risk&risk=critical/);
  await page.getByLabel('Search partners').fill(name);
  await expect(page.getByTestId('partner-count')).toHaveText('1 partner');
  const table = page.getByRole('table', { name: /partners/i });
  await table.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/partners/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await snapshot(page, testInfo, '4-from-dashboard');
});
