// The home dashboard end to end: figures for seeded partners, scores, sales and survey answers;
// the at-risk figure and a tier's link open the partner list filtered the same way; CSV, PNG and
// PDF downloads; loading, empty, error and narrow-window screenshots.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../src/core';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../src/shared/contract';
import { addMonths } from '../../src/shared/periods';
import { seedDashboard, type DashboardSeed } from '../integration/core/dashboard-seed';
import { startBrowserMode } from './browser-mode';
import { localDay, snapshot } from './ui';

interface Seeded {
  url: string;
  names: Record<string, string>;
}

/**
 * Starts browser mode on a data folder filled first through the core's own procedures (owners,
 * partners) and then with the loyalty engine's derived rows, sales and survey answers.
 */
const test = base.extend<{ seed: (withSales: boolean) => Promise<Seeded> }>({
  // eslint-disable-next-line no-empty-pattern
  seed: async ({}, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ck-e2e-dash-'));
    let stop: (() => Promise<void>) | null = null;
    await use(async (withSales) => {
      const core = await openCore({ dataDir });
      const call = async <N extends ProcedureName>(name: N, input: ProcedureInput<N>) => {
        const result = await core.call(name, input);
        if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
        return result.value as ProcedureOutput<N>;
      };
      const { id: aisyah } = await call('owners.create', {
        name: 'Aisyah Rahman',
        email: '',
        region: 'North',
      });
      const ids: Record<string, string> = {};
      const partners = [
        ['maju', 'Maju Jaya Trading', 'North', aisyah],
        ['sinar', 'Sinar Elektrik', 'North', aisyah],
        ['harmoni', 'Harmoni Distributors', 'North', null],
        ['selatan', 'Selatan Retail', 'South', null],
      ] as const;
      for (const [key, name, region, ownerId] of partners) {
        ({ id: ids[key] } = await call('partners.create', {
          partner: { name, type: 'dealer', country: 'MY', region, ownerId, partnershipStart: '2020-01-01' },
        }));
      }
      await core.close();
      const month = localDay(0).slice(0, 7);
      const id = (key: string) => ids[key]!;
      const seed: DashboardSeed = {
        scores: [
          { partnerId: id('maju'), score: 78, tier: 'gold', riskLevel: 'at-risk' },
          { partnerId: id('sinar'), score: 74, tier: 'gold', riskLevel: 'none' },
          { partnerId: id('harmoni'), score: 40, tier: 'bronze', riskLevel: 'critical' },
          { partnerId: id('selatan'), score: 88, tier: 'platinum', riskLevel: 'watch' },
        ],
        snapshots: [0, 1, 2, 3].map((back) => ({
          day: `${addMonths(month, -back)}-01`,
          region: 'North',
          tier: 'gold',
          riskLevel: 'at-risk' as const,
          partners: 4 - back,
        })),
      };
      if (withSales) {
        seed.sales = [0, 1, 2, 3, 4, 5].flatMap((back) => [
          {
            partnerId: id('maju'),
            period: addMonths(month, -back),
            revenueMinor: 1_250_000 - back * 100_000,
            orders: 3,
          },
          { partnerId: id('selatan'), period: addMonths(month, -back), revenueMinor: 640_000, orders: 2 },
        ]);
        seed.sales.push(
          ...[12, 13, 14, 15, 16, 17].map((back) => ({
            partnerId: id('maju'),
            period: addMonths(month, -back),
            revenueMinor: 1_400_000,
            orders: 3,
          })),
        );
        seed.answers = [
          { partnerId: id('maju'), answeredOn: `${month}-01`, nps: 9, satisfaction: 5 },
          { partnerId: id('sinar'), answeredOn: `${addMonths(month, -1)}-03`, nps: 4, satisfaction: 2 },
          { partnerId: id('selatan'), answeredOn: `${addMonths(month, -2)}-12`, nps: 10, satisfaction: 4 },
        ];
      }
      await seedDashboard(dataDir, seed);
      const server = await startBrowserMode(dataDir);
      stop = async () => {
        if (server.process.exitCode !== null) return;
        const exited = new Promise((resolve) => server.process.once('exit', resolve));
        server.process.kill('SIGTERM');
        const killLater = setTimeout(() => server.process.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(killLater);
      };
      return { url: server.url, names: Object.fromEntries(partners.map(([key, name]) => [key, name])) };
    });
    if (stop) await (stop as () => Promise<void>)();
    await rm(dataDir, { recursive: true, force: true });
  },
});

async function openHome(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('home-dashboard')).toBeVisible();
  await expect(page.getByTestId('figure-active')).toBeVisible();
}

test('the dashboard shows the channel and every figure opens the partners behind it', async ({
  page,
  seed,
}, testInfo) => {
  const { url, names } = await seed(true);
  await openHome(page, url);
  const dashboard = page.getByTestId('home-dashboard');
  await expect(page.getByTestId('figure-active')).toContainText('4');
  await expect(page.getByTestId('figure-at-risk')).toContainText('2');
  await expect(page.getByTestId('figure-nps')).toContainText('2 promoters');
  await expect(page.getByTestId('figure-nps')).toContainText('1 detractor');
  await expect(page.getByTestId('figure-retention')).toContainText('100%');
  await expect(page.getByTestId('dashboard-empty')).toHaveCount(0);
  // The app scrolls inside its own frame: a tall window shows the whole dashboard at once.
  await page.setViewportSize({ width: 1440, height: 2300 });
  await snapshot(page, testInfo, 'dashboard-full');
  await page.setViewportSize({ width: 1366, height: 860 });

  // The at-risk figure opens the partner list filtered to the partners at risk or critical.
  await page.getByRole('link', { name: '2 partners at risk: open the list' }).click();
  await expect(page).toHaveURL(/#\/partners\?status=active&risk=at-risk&risk=critical/);
  await expect(page.getByTestId('partner-count')).toHaveText('2 partners');
  const table = page.getByRole('table', { name: /partners/i });
  await expect(table).toContainText(names.maju!);
  await expect(table).toContainText(names.harmoni!);
  await expect(table).not.toContainText(names.sinar!);
  await snapshot(page, testInfo, 'partners-at-risk');

  // A tier's link in the tier table opens the list filtered by that tier.
  await page.goBack();
  await page.getByRole('link', { name: '2 Gold partners' }).click();
  await expect(page).toHaveURL(/tier=gold/);
  await expect(page.getByTestId('partner-count')).toHaveText('2 partners');
  await expect(page.getByRole('table', { name: /partners/i })).toContainText(names.sinar!);

  // A region filter narrows every figure, and the links keep it.
  await page.goBack();
  await page.getByRole('combobox', { name: 'Regions' }).click();
  await page.getByRole('option', { name: 'North', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/region=North/);
  await expect(page.getByTestId('figure-active')).toContainText('3');
  await expect(page.getByTestId('figure-at-risk')).toContainText('2');
  await page.getByRole('link', { name: '3 active partners: open the list' }).click();
  await expect(page.getByTestId('partner-count')).toHaveText('3 partners');
  await page.goBack();
  await expect(dashboard).toBeVisible();
});

test('the dashboard exports its tables to CSV and itself to PNG and PDF', async ({
  page,
  seed,
}, testInfo) => {
  const { url } = await seed(true);
  await openHome(page, url);
  const tiers = page.getByTestId('dashboard-tiers');
  const csvDownload = page.waitForEvent('download');
  await tiers.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^dashboard-tiers-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text).toContain('Tier,Active partners');
  expect(text).toContain('Gold,2');

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Dashboard as PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const pngBytes = await readFile((await png.path())!);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  await testInfo.attach('dashboard.png', { body: pngBytes, contentType: 'image/png' });

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Dashboard as PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
});

test('loading, empty, error and narrow-window states', async ({ page, seed }, testInfo) => {
  const { url } = await seed(false);
  // Loading: hold the first dashboard answer back long enough to see the skeleton.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/rpc/dashboard.get', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url);
  await expect(page.getByTestId('dashboard-loading')).toBeVisible();
  await snapshot(page, testInfo, 'dashboard-loading');
  release();
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await expect(
    page.getByTestId('dashboard-empty').getByRole('link', { name: 'Import a sales file' }),
  ).toHaveAttribute('href', '#/import/sales');
  await expect(page.getByTestId('figure-incentives')).toContainText(
    'Appears once an incentive program runs.',
  );
  await snapshot(page, testInfo, 'dashboard-empty');

  await page.setViewportSize({ width: 760, height: 2600 });
  await snapshot(page, testInfo, 'dashboard-narrow');

  // Error: the core refuses; the dashboard says so and retries on demand.
  await page.unroute('**/rpc/dashboard.get');
  let failing = true;
  await page.route('**/rpc/dashboard.get', async (route) => {
    if (!failing) return route.continue();
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'The database is busy.' } }),
    });
  });
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.goto(`${url.split('?')[0]}#/?period=last3`);
  await expect(page.getByText('The dashboard could not be loaded')).toBeVisible();
  await snapshot(page, testInfo, 'dashboard-error');
  failing = false;
  await page.getByRole('button', { name: /retry|try again/i }).click();
  await expect(page.getByTestId('figure-active')).toContainText('4');
});
