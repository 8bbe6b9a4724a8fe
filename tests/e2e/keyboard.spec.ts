// The app with the keyboard alone: Tab reaches the main navigation and Enter follows it; a partner
// is added through its form dialog with Tab, arrows, typing and Enter; Escape closes a dialog and
// gives focus back to what opened it; and whatever has keyboard focus shows a visible outline.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { snapshot } from './ui';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${max} × ${key} never reached ${target.toString()}`);
}

/** The focused element draws a visible focus indicator (an outline from :focus-visible). */
async function expectFocusRing(target: Locator): Promise<void> {
  const ring = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
  expect(ring.focusVisible).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(1);
}

test('the main navigation works with Tab and Enter, with a visible focus ring', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav).toBeVisible();
  const partners = nav.getByRole('link', { name: 'Partners', exact: true });
  await tabTo(page, partners);
  await expectFocusRing(partners);
  await snapshot(page, testInfo, 'keyboard-focus-nav');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/partners$/);
  await expect(page.getByRole('heading', { name: 'Partners', level: 1 })).toBeVisible();

  // Onwards through the navigation to Settings, and back with Shift+Tab.
  const settings = nav.getByRole('link', { name: 'Settings', exact: true });
  await tabTo(page, settings);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/settings$/);
  const calendar = nav.getByRole('link', { name: 'Calendar', exact: true });
  await tabTo(page, calendar, 60, 'Shift+Tab');
  await expectFocusRing(calendar);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/calendar$/);
});

test('a partner is added with the keyboard alone', async ({ app, page }, testInfo) => {
  await app.open(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await tabTo(page, nav.getByRole('link', { name: 'Partners', exact: true }));
  await page.keyboard.press('Enter');
  const add = page.getByRole('main').getByRole('button', { name: 'Add partner' }).first();
  await tabTo(page, add);
  await expectFocusRing(add);
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Add partner' });
  await expect(dialog).toBeVisible();
  // The dialog puts focus in its first field.
  const name = dialog.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.type('Keyboard Traders');

  const type = dialog.getByRole('combobox', { name: 'Type', exact: true });
  await tabTo(page, type, 5);
  await page.keyboard.press('ArrowDown');
  // Enter picks the highlighted option: wait until the opened list has highlighted one (a CI run
  // pressed Enter in the same frame as ArrowDown and picked nothing).
  await expect(type).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(type).not.toHaveValue('');

  const country = dialog.getByRole('combobox', { name: 'Country', exact: true });
  await tabTo(page, country, 10);
  await page.keyboard.type('Malaysia');
  await page.keyboard.press('ArrowDown');
  await expect(country).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(country).toHaveValue('Malaysia');
  await snapshot(page, testInfo, 'keyboard-partner-form');

  const save = dialog.getByRole('button', { name: 'Save', exact: true });
  await tabTo(page, save, 40);
  await expectFocusRing(save);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Keyboard Traders' })).toBeVisible();
});

test('Escape closes a dialog and focus returns to the button that opened it', async ({ app, page }) => {
  await app.open(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await tabTo(page, nav.getByRole('link', { name: 'Partners', exact: true }));
  await page.keyboard.press('Enter');
  const add = page.getByRole('main').getByRole('button', { name: 'Add partner' }).first();
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add partner' });
  await expect(dialog).toBeVisible();

  // Focus stays inside the open dialog however far one tabs.
  for (let i = 0; i < 30; i += 1) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
});
