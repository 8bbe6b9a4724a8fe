import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { choose, fillPartnerForm, loadDemoData, snapshot } from './ui';

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const year = now.getFullYear();
const month = now.getMonth() + 1;
const lastDayOfMonth = new Date(year, month, 0).getDate();
const monthName = (m: number) =>
  new Intl.DateTimeFormat('en', { month: 'long' }).format(new Date(Date.UTC(2000, m - 1, 15)));

/** A calendar item block by its key's ending (`:<occurrence>` or `:<date>`). */
const itemBlock = (page: Page, keyEnd: string) => page.locator(`[data-item-key$="${keyEnd}"]`).first();

async function goToDecember(page: Page): Promise<void> {
  for (let m = month; m < 12; m += 1) await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByTestId('calendar-period')).toHaveText(`December ${year}`);
}

test('birthdays, anniversaries and festivals appear in the month view; a weekly visit is planned, moved, closed and exported', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  // A Malaysian partner of five years with a contact whose birthday is in this month.
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByRole('button', { name: 'Add partner' }).first().click();
  const partnerForm = page.getByRole('form', { name: 'Add partner' });
  await fillPartnerForm(partnerForm, {
    name: 'Syarikat Maju Jaya',
    type: 'Distributor',
    country: 'Malaysia',
  });
  await partnerForm.getByLabel('Partnership start').fill(`${year - 5}-${pad(month)}-02`);
  await partnerForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('partner-profile')).toBeVisible();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactForm = page.getByRole('form', { name: 'Add contact' });
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Tan Mei Ling');
  await choose(contactForm, 'Birthday month', monthName(month));
  await choose(contactForm, 'Birthday day', String(lastDayOfMonth));
  await contactForm.getByRole('textbox', { name: 'Birth year' }).fill('1985');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  await expect(contactForm).toBeHidden();

  await page.getByRole('link', { name: 'Calendar', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  const birthday = itemBlock(page, `:${year}-${pad(month)}-${pad(lastDayOfMonth)}`);
  await expect(birthday).toHaveText(`Tan Mei Ling turns ${year - 1985}`);
  await expect(itemBlock(page, `:${year}-${pad(month)}-02`)).toHaveText('Syarikat Maju Jaya · 5 years');
  await expect(
    page.getByText('Birthdays and anniversaries on 29 February are shown on 28 February'),
  ).toBeVisible();
  await birthday.click();
  const birthdayDrawer = page.getByRole('dialog', { name: `Tan Mei Ling turns ${year - 1985}` });
  await expect(birthdayDrawer.getByRole('link', { name: 'Syarikat Maju Jaya' })).toBeVisible();
  await expect(birthdayDrawer.getByRole('button', { name: 'Send greeting' })).toBeVisible();
  await page.keyboard.press('Escape');

  await goToDecember(page);
  // Festival names follow the UI language (English here), not the country's first language.
  await expect(itemBlock(page, `MY:christmas:${year}-12-25`)).toContainText('Christmas Day (MY)');
  await expect(page).toHaveURL(new RegExp(`date=${year}-12-`));

  // Plan a weekly visit, first with the two bad inputs the core refuses at their fields.
  await page.getByRole('button', { name: 'New event' }).click();
  const form = page.getByRole('form', { name: 'New event' });
  await form.getByRole('combobox', { name: 'Partner', exact: true }).fill('Maju');
  await page.getByRole('option', { name: 'Syarikat Maju Jaya' }).click();
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('Visit Syarikat Maju Jaya');
  await form.getByRole('textbox', { name: 'Date', exact: true }).fill(`${year}-12-03`);
  await form.getByRole('switch', { name: 'All day' }).uncheck();
  await form.getByLabel('Start time').fill('14:00');
  await form.getByLabel('End time').fill('13:00');
  await form.getByText('Custom', { exact: true }).click();
  await form.getByRole('textbox', { name: 'Repeat rule (RRULE)' }).fill('FREQ=SOMETIMES');
  await form.getByRole('button', { name: 'Plan event' }).click();
  await expect(form.getByText('The end is before the start.')).toBeVisible();
  await form.getByLabel('End time').fill('15:30');
  await form.getByRole('button', { name: 'Plan event' }).click();
  await expect(form.getByText('This repeat rule is not valid.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Repeat rule (RRULE)' }).fill('FREQ=WEEKLY;UNTIL=20200101');
  await form.getByRole('button', { name: 'Plan event' }).click();
  await expect(form.getByText('This repeat rule never produces a date.')).toBeVisible();
  await form.getByRole('switch', { name: 'All day' }).check();
  await form.getByText('Weekly', { exact: true }).click();
  await snapshot(page, testInfo, 'event-form');
  await form.getByRole('button', { name: 'Plan event' }).click();
  await expect(page.getByText('Planned Visit Syarikat Maju Jaya')).toBeVisible();
  for (const day of ['03', '10', '17', '24', '31'])
    await expect(itemBlock(page, `:${year}-12-${day}`)).toHaveText('Visit Syarikat Maju Jaya');

  // Move one occurrence from its drawer: only that one moves.
  await itemBlock(page, `:${year}-12-10`).click();
  const drawer = page.getByRole('dialog', { name: 'Visit Syarikat Maju Jaya' });
  await drawer.getByRole('textbox', { name: 'Move to' }).fill(`${year}-12-12`);
  await drawer.getByRole('button', { name: 'Move', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Move a repeating event' })
    .getByRole('button', { name: 'Only this occurrence' })
    .click();
  await expect(page.getByText('Moved Visit Syarikat Maju Jaya to 12 Dec')).toBeVisible();
  await expect(drawer).toContainText(`Dec 12, ${year}`);

  // Close it with an outcome: this occurrence is done, the others stay planned.
  await drawer.getByRole('textbox', { name: 'Outcome note' }).fill('Agreed on the year-end display.');
  await drawer.getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByText('Marked Visit Syarikat Maju Jaya done')).toBeVisible();
  await expect(drawer.getByText('Done', { exact: true })).toBeVisible();
  await snapshot(page, testInfo, 'drawer-event');
  await page.keyboard.press('Escape');
  await expect(itemBlock(page, `:${year}-12-10`).getByLabel('Done')).toBeVisible();
  await expect(itemBlock(page, `:${year}-12-17`).getByLabel('Done')).toHaveCount(0);

  // Drag another occurrence two days later.
  await itemBlock(page, `:${year}-12-17`).dragTo(page.getByRole('button', { name: `December 19, ${year}` }));
  await page
    .getByRole('dialog', { name: 'Move a repeating event' })
    .getByRole('button', { name: 'Only this occurrence' })
    .click();
  await expect(page.getByText('Moved Visit Syarikat Maju Jaya to 19 Dec')).toBeVisible();
  await itemBlock(page, `:${year}-12-17`).click();
  await expect(drawer).toContainText(`Dec 19, ${year}`);
  await page.keyboard.press('Escape');
  await snapshot(page, testInfo, 'month-with-event');

  // Export the period through the UI and read the file back.
  await page.getByRole('button', { name: 'Export .ics' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export to a calendar file' });
  await exportDialog.getByRole('textbox', { name: 'To' }).fill(`${year + 2}-01-01`);
  await exportDialog.getByRole('textbox', { name: 'To' }).press('Tab');
  await exportDialog.getByRole('button', { name: 'Download .ics' }).click();
  await expect(exportDialog.getByText('Export at most one year at a time.')).toBeVisible();
  await exportDialog.getByRole('textbox', { name: 'To' }).fill(`${year}-12-31`);
  await exportDialog.getByRole('textbox', { name: 'To' }).press('Tab');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Download .ics' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile(await download.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
  const summaries = events.map((event) => event.summary);
  expect(summaries.filter((s) => s.startsWith('Visit Syarikat Maju Jaya'))).toHaveLength(5);
  expect(summaries).toContain('Christmas Day (MY)');
  expect(summaries).toContain('Birthday: Tan Mei Ling (Syarikat Maju Jaya)');
  const moved = events.find((event) => event.startDate.toString() === `${year}-12-12`);
  expect(moved?.summary).toMatch(/^Visit Syarikat Maju Jaya/);
  const birthdayEvent = events.find((event) => event.summary.startsWith('Birthday: Tan Mei Ling'))!;
  expect(
    String(birthdayEvent.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')),
  ).toBe('-P3D');
  expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  await expect(exportDialog.getByRole('status')).toContainText(`Exported ${events.length} events.`);
});

test('the calendar keeps its view and filters in the address, and shows demo data in month, week and agenda views', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  await page.getByRole('link', { name: 'Calendar', exact: true }).click();
  await expect(page.locator('[data-item-key]').first()).toBeVisible();
  await snapshot(page, testInfo, 'month');

  await page.getByText('Week', { exact: true }).click();
  await expect(page).toHaveURL(/view=week/);
  await snapshot(page, testInfo, 'week');
  await page.getByText('Agenda', { exact: true }).click();
  await expect(page).toHaveURL(/view=agenda/);
  await snapshot(page, testInfo, 'agenda');

  await choose(page.locator('main'), 'Kind', 'Birthday');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/kind=birthday/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Agenda' })).toBeChecked();
  await page.getByText('Month', { exact: true }).click();
  const first = page.locator('[data-item-key^="birthday:"]').first();
  await expect(first).toBeVisible();
  await expect(page.locator('[data-item-key]:not([data-item-key^="birthday:"])')).toHaveCount(0);
  await first.click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Send greeting' })).toBeVisible();
  await snapshot(page, testInfo, 'drawer-birthday');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await choose(page.locator('main'), 'Kind', 'Hardship care');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 24; i += 1) {
    if (await page.getByRole('status').filter({ hasText: 'Nothing in this month' }).isVisible()) break;
    await page.getByRole('button', { name: 'Next month' }).click();
  }
  await expect(page.getByText('Nothing in this month for this filter.')).toBeVisible();
  await snapshot(page, testInfo, 'empty');
});
