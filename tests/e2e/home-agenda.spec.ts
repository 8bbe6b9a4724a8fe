// The home agenda in Chromium: an overdue commitment under "Overdue" with its days late, kept with
// one click; a contact's birthday tomorrow under "This week" with "Send greeting"; the reminder
// bell; the empty state; and the agenda over demo data.
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { loadDemoData, localDay, rpc, snapshot } from './ui';

/** A partner of mine (the local profile), so "Mine" shows its items. */
async function createMyPartner(page: Page): Promise<string> {
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  const { profile } = await rpc<{ profile: { id: string } }>(page, 'app.status', {});
  const { id } = await rpc<{ id: string }>(page, 'partners.create', {
    partner: {
      name: 'Syarikat Maju Jaya',
      type: 'dealer',
      country: 'MY',
      region: 'Penang',
      ownerId: profile.id,
      partnershipStart: localDay(0),
    },
  });
  return id;
}

function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

test('an overdue commitment shows its days late and leaves when kept; a birthday tomorrow offers a greeting', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const partnerId = await createMyPartner(page);
  await rpc(page, 'commitments.create', {
    partnerId,
    description: 'Send the Q1 price list',
    madeBy: 'us',
    dueDate: localDay(-3),
  });
  const tomorrow = localDay(1);
  await rpc(page, 'contacts.create', {
    partnerId,
    name: 'Tan Mei Ling',
    birthday: `1980-${tomorrow.slice(5)}`,
    phone: '+60 12 345 6789',
  });
  await page.reload();

  const overdue = section(page, 'Overdue');
  const promise = overdue.getByRole('listitem', { name: 'Send the Q1 price list' });
  await expect(promise).toContainText('3 days late');
  await expect(promise.getByRole('link', { name: 'Syarikat Maju Jaya' })).toBeVisible();
  await expect(promise).toContainText('We promised');
  await expect(page.getByRole('button', { name: 'Reminders: 2 due' })).toBeVisible();

  const thisWeek = section(page, 'This week');
  const birthday = thisWeek.getByRole('listitem', { name: /Birthday of Tan Mei Ling/ });
  await expect(birthday).toContainText('Tomorrow');
  await expect(birthday.getByRole('link', { name: 'Syarikat Maju Jaya' })).toBeVisible();
  await snapshot(page, testInfo, 'home-agenda');

  await promise.getByRole('button', { name: 'Mark kept' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Marked "Send the Q1 price list" kept' }),
  ).toBeVisible();
  await expect(section(page, 'Overdue')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reminders: 1 due' })).toBeVisible();
  const kept = await rpc<{ status: string }[]>(page, 'commitments.list', { partnerId });
  expect(kept.map((c) => c.status)).toEqual(['kept']);

  // Undo brings it back where it was.
  await page
    .getByRole('alert')
    .filter({ hasText: 'Marked "Send the Q1 price list" kept' })
    .getByTestId('notification-undo')
    .click();
  await expect(
    section(page, 'Overdue').getByRole('listitem', { name: 'Send the Q1 price list' }),
  ).toBeVisible();

  await birthday.getByRole('button', { name: 'Send greeting' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Tan Mei Ling');
  await snapshot(page, testInfo, 'home-agenda-send-greeting');
});

test('the reminder bell lists what is due and opens it', async ({ app, page }, testInfo) => {
  await app.open(page);
  const partnerId = await createMyPartner(page);
  await rpc(page, 'commitments.create', {
    partnerId,
    description: 'Deliver the display stand',
    madeBy: 'us',
    dueDate: localDay(0),
  });
  // Announced once in the app as soon as it is due (here: as soon as it was written)...
  await expect(page.getByRole('alert').filter({ hasText: 'Deliver the display stand' })).toBeVisible();
  await page.getByRole('button', { name: 'Reminders: 1 due' }).click();
  const list = page.getByRole('list', { name: 'Reminders' });
  await expect(list).toContainText('Deliver the display stand');
  await snapshot(page, testInfo, 'reminder-bell');
  await list.getByRole('link', { name: 'Deliver the display stand' }).click();
  await expect(page).toHaveURL(new RegExp(`#/partners/${partnerId}$`));

  // ...and not again the same day after a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Reminders: 1 due' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Deliver the display stand' })).toHaveCount(0);
});

test('with nothing due the agenda says so; "Everyone" is remembered', async ({ app, page }, testInfo) => {
  await app.open(page);
  await createMyPartner(page);
  await page.reload();
  await expect(page.getByText('Nothing due this week — well done')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reminders: none due' })).toBeVisible();
  await snapshot(page, testInfo, 'home-agenda-empty');

  await page.getByRole('radiogroup', { name: 'Whose agenda' }).getByText('Everyone').click();
  await page.reload();
  await expect(
    page.getByRole('radiogroup', { name: 'Whose agenda' }).getByRole('radio', { name: 'Everyone' }),
  ).toBeChecked();
});

test('over demo data the agenda lists greetings, visits and promises of the whole team', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Whose agenda' }).getByText('Everyone').click();
  const overdue = section(page, 'Overdue');
  await expect(overdue.getByRole('listitem').first()).toBeVisible();
  await expect(overdue.getByRole('listitem').first()).toContainText(/days? late/);
  await snapshot(page, testInfo, 'home-agenda-demo');
});
