// The five languages in Chromium: the default follows the browser's language, Settings switches
// the whole UI at once (no reload), the home screen then reads in that language with its dates
// written the local way, and the choice survives a reload. Screenshots of the home screen in each
// language are kept with the results.
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { localDay, rpc, snapshot } from './ui';
import { en } from '../../src/renderer/src/i18n/locales/en';
import { id } from '../../src/renderer/src/i18n/locales/id';
import { ms } from '../../src/renderer/src/i18n/locales/ms';
import { nl } from '../../src/renderer/src/i18n/locales/nl';
import { zh } from '../../src/renderer/src/i18n/locales/zh';

/** The strings the test reads in each language (English where a translation is still missing). */
const resources = { en, zh, ms, id, nl } as const;
type Language = keyof typeof resources;

function text(language: Language, pick: (tree: typeof en) => string): string {
  try {
    return pick(resources[language] as unknown as typeof en) ?? pick(en);
  } catch {
    return pick(en);
  }
}

// Playwright's Chromium reports en-US, so English keeps the US conventions; the others use their
// home market's.
const languages: { language: Language; name: string; locale: string }[] = [
  { language: 'zh', name: '中文（简体）', locale: 'zh-CN' },
  { language: 'ms', name: 'Bahasa Melayu', locale: 'ms-MY' },
  { language: 'id', name: 'Bahasa Indonesia', locale: 'id-ID' },
  { language: 'nl', name: 'Nederlands', locale: 'nl-NL' },
  { language: 'en', name: 'English', locale: 'en-US' },
];

/** A partner of mine with a promise due in two days, so the home agenda shows a dated item. */
async function seedDatedAgendaItem(page: Page): Promise<string> {
  const { profile } = await rpc<{ profile: { id: string } }>(page, 'app.status', {});
  const { id: partnerId } = await rpc<{ id: string }>(page, 'partners.create', {
    partner: {
      name: 'Syarikat Maju Jaya',
      type: 'dealer',
      country: 'MY',
      region: 'Penang',
      ownerId: profile.id,
    },
  });
  const due = localDay(2);
  await rpc(page, 'commitments.create', {
    partnerId,
    description: 'Send the Q1 price list',
    madeBy: 'us',
    dueDate: due,
  });
  return due;
}

/** How the app writes an all-day date in a locale (calendarDate in date-format.ts), in this browser. */
function writtenDate(page: Page, date: string, locale: string): Promise<string> {
  return page.evaluate(
    ({ date, locale }) => {
      const [y, m, d] = date.split('-').map(Number);
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(y!, m! - 1, d!)),
      );
    },
    { date, locale },
  );
}

/** Goes to Settings in the same page (no reload), as the navigation would. */
async function openSettings(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
}

async function chooseLanguage(page: Page, name: string): Promise<void> {
  const section = page.locator('section[aria-labelledby="settings-language"]');
  await section.getByRole('combobox').click();
  await page.getByRole('option', { name, exact: true }).click();
}

test('each language is chosen in Settings, applies at once, and writes the home screen and its dates its own way', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const due = await seedDatedAgendaItem(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  for (const { language, name, locale } of languages) {
    await openSettings(page);
    await chooseLanguage(page, name);
    // No reload: the page itself switches, <html lang> included.
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const nav = page.getByRole('navigation', { name: text(language, (t) => t.nav.label) });
    await expect(nav.getByRole('link', { name: text(language, (t) => t.nav.settings) })).toBeVisible();
    const preview = page.getByRole('group', { name: text(language, (t) => t.languages.preview.title) });
    await expect(preview).toContainText(
      await page.evaluate((locale) => new Intl.NumberFormat(locale).format(1234567.89), locale),
    );

    await nav.getByRole('link', { name: text(language, (t) => t.nav.home) }).click();
    const promise = page.getByRole('listitem', { name: 'Send the Q1 price list' });
    await expect(promise).toBeVisible();
    await expect(promise).toContainText(await writtenDate(page, due, locale));
    await expect(promise).toContainText(text(language, (t) => t.agenda.item.promisedByUs));
    await snapshot(page, testInfo, `home-${language}`);
  }

  // Remembered on this computer: a reload keeps the last choice (English), then Malay.
  await openSettings(page);
  await chooseLanguage(page, 'Bahasa Melayu');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms-MY');
  await expect(page.getByRole('heading', { name: ms.settings.title, exact: true })).toBeVisible();
  expect(await rpc(page, 'uiLanguage.get', {})).toEqual({ language: 'ms' });
  const section = page.locator('section[aria-labelledby="settings-language"]');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: testInfo.outputPath('language-section-ms.png') });
});

test.describe('on a Dutch computer', () => {
  test.use({ locale: 'nl-NL' });

  test('starts in Dutch, and can go back to following the computer after choosing another language', async ({
    app,
    page,
  }, testInfo) => {
    await app.open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
    await expect(page.getByRole('link', { name: text('nl', (t) => t.nav.settings) })).toBeVisible();

    await openSettings(page);
    const section = page.locator('section[aria-labelledby="settings-language"]');
    await expect(section.getByRole('combobox')).toHaveValue('Nederlands');
    await chooseLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: testInfo.outputPath('language-section-en-on-dutch-computer.png') });
    await section.getByRole('button', { name: 'Follow this computer’s language (Nederlands)' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
    expect(await rpc(page, 'uiLanguage.get', {})).toEqual({ language: null });
  });
});
