// Finding and reporting cases in Chromium: a back-dated critical case is overdue in the list
// (tinted) and on the home screen, counted by the reports page whose figure opens the filtered
// list, exported to CSV; a settled case is found in the case library by a word of its resolution.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { loadDemoData, rpc, snapshot } from './ui';

async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
}

const region = 'Zeta Coast';
const overdueTitle = 'Parallel imports undercut in Zeta Coast';

/** A partner of the local profile in a region of its own, and a critical case opened 10 days ago. */
async function overdueCase(page: Page): Promise<{ caseId: string; partnerId: string }> {
  const { profile } = await rpc<{ profile: { id: string } }>(page, 'app.status', {});
  const { id: partnerId } = await rpc<{ id: string }>(page, 'partners.create', {
    partner: { name: 'Zeta Motor Trading', type: 'dealer', country: 'MY', region, ownerId: profile.id },
  });
  const { id: caseId } = await rpc<{ id: string }>(page, 'disputes.create', {
    dispute: {
      kind: 'price',
      title: overdueTitle,
      description: 'Grey-market units sold below the list price.',
      partnerIds: [partnerId],
      severity: 'critical',
    },
    openedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
  });
  return { caseId, partnerId };
}

async function settle(page: Page, id: string, steps: { to: string; text?: string }[]): Promise<void> {
  for (const step of steps) {
    const { revision } = await rpc<{ revision: number }>(page, 'disputes.get', { id });
    await rpc(page, 'disputes.transition', { id, revision, ...step });
  }
}

test('an overdue case shows in the list, on the home screen and in the reports, and exports to CSV', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  const { caseId } = await overdueCase(page);

  await goTo(page, '/disputes');
  const row = page.getByTestId('dispute-row').filter({ hasText: overdueTitle });
  await expect(row).toHaveAttribute('data-breached', 'true');
  await expect(row).toContainText(/Overdue by \d+ d/);
  await expect(row).toContainText('Zeta Motor Trading');
  await expect(row).toContainText('Critical');
  await snapshot(page, testInfo, 'disputes-list-breached');

  await goTo(page, '/');
  const breached = page.getByTestId('home-sla-breached');
  await expect(breached).toContainText('SLA breached');
  const homeLink = breached.getByRole('link', { name: overdueTitle });
  await expect(homeLink).toBeVisible();
  await page.getByRole('region', { name: 'Disputes needing attention' }).screenshot({
    path: testInfo.outputPath('home-dispute-alerts.png'),
  });
  await homeLink.click();
  await expect(page).toHaveURL(new RegExp(`#/disputes/${caseId}$`));

  await goTo(page, '/reports');
  const slaTable = page.getByTestId('report-sla-by-region');
  const regionRow = slaTable.getByRole('row').filter({ hasText: region });
  await expect(regionRow).toContainText('100%');
  await expect(page.getByTestId('report-open-by-kind')).toContainText('Price violation / protection');
  await snapshot(page, testInfo, 'reports');
  await page.getByTestId('report-retention-by-region').scrollIntoViewIfNeeded();
  await snapshot(page, testInfo, 'reports-sla-and-retention');
  await regionRow.getByRole('link', { name: `1 case breached its SLA in ${region}` }).click();
  await expect(page).toHaveURL(/#\/disputes\?.*breached=1/);
  await expect(page.getByTestId('disputes-count')).toHaveText('1 case');
  await expect(page.getByTestId('dispute-row')).toHaveCount(1);
  await expect(page.getByTestId('dispute-row')).toContainText(overdueTitle);
  await expect(page.getByRole('combobox', { name: 'Region (lead partner)' })).toHaveValue(region);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'CSV (.csv)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r\n/);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(
    /^Case ID,Title,Kind,Severity,Status,Partners,Region,Owner,Opened at,Due at,SLA breached/,
  );
  expect(lines[1]).toContain(
    `${caseId},${overdueTitle},Price violation / protection,Critical,Open,Zeta Motor Trading,${region},`,
  );
  expect(lines[1]).toContain(',yes,');
});

test('a settled case is found in the case library by a word of its resolution, the match marked', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await goTo(page, '/disputes/library');
  await expect(page.getByText('No settled cases yet')).toBeVisible();
  await snapshot(page, testInfo, 'library-empty');

  await goTo(page, '/');
  await loadDemoData(page);
  const { rows } = await rpc<{ rows: { id: string }[] }>(page, 'partners.list', { limit: 2 });
  const [lead, other] = rows;
  if (!lead || !other) throw new Error('demo data has fewer than two partners');
  const { id } = await rpc<{ id: string }>(page, 'disputes.create', {
    dispute: {
      kind: 'channel-conflict',
      title: 'Two dealers quoting the same hospital tender',
      partnerIds: [lead.id, other.id],
      severity: 'high',
      rootCause: 'territory-overlap',
    },
  });
  await settle(page, id, [
    { to: 'investigating' },
    { to: 'resolution-proposed' },
    {
      to: 'resolved',
      text: 'Tender handed to the lead dealer; the other receives a consignment buyback of its stock.',
    },
    { to: 'closed', text: 'Register tenders with us before quoting.' },
  ]);

  await goTo(page, '/disputes/library');
  await page.getByRole('textbox', { name: 'Search settled cases' }).fill('buyback');
  const card = page
    .getByTestId('library-card')
    .filter({ hasText: 'Two dealers quoting the same hospital tender' });
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(/text=buyback/);
  await expect(card.getByTestId('library-snippet').locator('mark')).toHaveText('buyback');
  await expect(card).toContainText('Register tenders with us before quoting.');
  await expect(card).toContainText('Territory overlap');
  await expect(page.getByTestId('library-card')).toHaveCount(1);
  await snapshot(page, testInfo, 'library-results');

  await page.getByRole('textbox', { name: 'Search settled cases' }).fill('zeppelin');
  await expect(page.getByText('Nothing matches')).toBeVisible();
  await snapshot(page, testInfo, 'library-nothing-matches');

  await page.getByRole('textbox', { name: 'Search settled cases' }).fill('buyback');
  await card.getByRole('link', { name: 'Two dealers quoting the same hospital tender' }).click();
  await expect(page).toHaveURL(new RegExp(`#/disputes/${id}$`));
});
