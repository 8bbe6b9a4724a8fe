// Small steps the end-to-end tests share: choosing from Mantine selects, saving screenshots as
// test artifacts, starting from demo data, calling procedures as the page does, and local days.
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect } from './browser-mode';

/**
 * Picks an option of a Mantine Select or MultiSelect by its label, within `scope` (a dialog's
 * form, say: the page behind a dialog stays in the accessibility tree). Options open in a portal.
 */
export async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keeps a full-page screenshot with the test's results. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

export async function loadDemoData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  // Loading writes a few thousand rows of history and scores every partner: allow for a busy machine.
  await expect(page.getByTestId('partner-count')).toContainText('partners', { timeout: 30_000 });
}

/** The first data row of a list (not the header, not a loading placeholder). */
export function firstDataRow(page: Page, table: string) {
  return page
    .getByRole('table', { name: table })
    .locator('[role="rowgroup"]:nth-child(2) [role="row"]:not([data-testid="row-skeleton"])')
    .first();
}

/** Fills the required fields of an open partner form (and the city, when given). */
export async function fillPartnerForm(
  form: Locator,
  partner: { name: string; type: string; country: string; city?: string },
): Promise<void> {
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(partner.name);
  await choose(form, 'Type', partner.type);
  await choose(form, 'Country', partner.country);
  if (partner.city) await form.getByRole('textbox', { name: 'City', exact: true }).fill(partner.city);
}

/** Calls a procedure the way the page does (its token is in the tab's session storage). */
export async function rpc<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ name, input }) => {
      const token = sessionStorage.getItem('channelkeeper.token');
      const response = await fetch(`/rpc/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    { name, input },
  );
}

/** A day in the test machine's local time (the browser's), as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `offset` days from today, as YYYY-MM-DD. */
export function localDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return isoDate(day);
}
