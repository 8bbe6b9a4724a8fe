// axe-core on every main screen, with the demo data loaded: no serious or critical violation of
// WCAG 2.1 A/AA (labels, names, contrast, landmarks, ARIA). Each screen is checked in its own test
// so one screen's failure names that screen; light and dark themes both count for contrast.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { loadDemoData, snapshot } from './ui';

interface Screen {
  name: string;
  /** Opens the screen from the home page with the demo data loaded. */
  open(page: Page): Promise<void>;
}

async function goTo(page: Page, hashPath: string): Promise<void> {
  await page.evaluate((path) => {
    window.location.hash = path;
  }, hashPath);
}

/** Follows the first link of a list into one of its records (`#/partners/<id>`, say). */
async function openFirst(page: Page, listPath: string, recordHref: string, notHref = ''): Promise<void> {
  await goTo(page, listPath);
  const exclude = notHref ? `:not([href^="${notHref}"])` : '';
  const target = page.locator(`main a[href^="${recordHref}"]${exclude}`).first();
  await expect(target).toBeVisible({ timeout: 20_000 });
  await target.click();
}

const screens: Screen[] = [
  { name: 'home', open: (page) => goTo(page, '/') },
  { name: 'partners', open: (page) => goTo(page, '/partners') },
  { name: 'a partner page', open: (page) => openFirst(page, '/partners', '#/partners/') },
  { name: 'contacts', open: (page) => goTo(page, '/contacts') },
  { name: 'calendar', open: (page) => goTo(page, '/calendar') },
  { name: 'visit planner', open: (page) => goTo(page, '/visits/plan') },
  { name: 'disputes', open: (page) => goTo(page, '/disputes') },
  { name: 'a dispute', open: (page) => openFirst(page, '/disputes', '#/disputes/', '#/disputes/library') },
  { name: 'retention', open: (page) => goTo(page, '/retention') },
  { name: 'reports', open: (page) => goTo(page, '/reports') },
  { name: 'sales', open: (page) => goTo(page, '/sales') },
  { name: 'surveys', open: (page) => goTo(page, '/surveys') },
  { name: 'programs', open: (page) => goTo(page, '/programs') },
  { name: 'claims', open: (page) => goTo(page, '/claims') },
  { name: 'import', open: (page) => goTo(page, '/import/partners') },
  { name: 'settings', open: (page) => goTo(page, '/settings') },
  { name: 'team', open: (page) => goTo(page, '/team') },
];

/** Waits until the screen has its heading and no loading placeholders are left. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.mantine-Loader-root:visible')).toHaveCount(0, { timeout: 20_000 });
}

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  why: string[];
  count: number;
}

/** The reason lines of a node's failure summary, without axe's "Fix any of the following:" headers. */
function whyItFails(summary: string | undefined): string {
  return (summary ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Fix (any|all) of the following:$/.test(line))
    .join(' ')
    .slice(0, 240);
}

async function seriousViolations(page: Page): Promise<Finding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(' ')}: ${node.html.slice(0, 160)}`),
      // axe's own account of each node, e.g. the measured contrast with both colours.
      why: violation.nodes.slice(0, 5).map((node) => whyItFails(node.failureSummary)),
      count: violation.nodes.length,
    }));
}

for (const screen of screens) {
  test(`${screen.name} has no serious or critical accessibility violations`, async ({
    app,
    page,
  }, testInfo) => {
    // Demo data, then two full axe runs (light and dark): more than the default minute on a busy machine.
    test.setTimeout(180_000);
    await app.open(page);
    await loadDemoData(page);
    await screen.open(page);
    await settled(page);
    const light = await seriousViolations(page);
    await snapshot(page, testInfo, `a11y-${screen.name.replace(/\W+/g, '-')}`);
    // The dark theme has its own colours: contrast is checked there too.
    await page.getByRole('button', { name: 'Toggle theme' }).click();
    await page.waitForTimeout(200);
    await snapshot(page, testInfo, `a11y-${screen.name.replace(/\W+/g, '-')}-dark`);
    const dark = (await seriousViolations(page)).map((finding) => ({
      ...finding,
      rule: `${finding.rule} (dark)`,
    }));
    expect([...light, ...dark], JSON.stringify([...light, ...dark], null, 2)).toEqual([]);
  });
}
