import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './browser-mode';
import { firstDataRow, loadDemoData, snapshot } from './ui';

test('Ctrl+K finds a word from a visit note, shows where it matched and opens the note', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  const row = firstDataRow(page, 'Partners');
  const partnerName = (await row.getByRole('cell').first().textContent())!.trim();
  await row.getByRole('cell').first().click();
  await expect(page.getByRole('heading', { name: partnerName })).toBeVisible();

  const notesCard = page.getByRole('region', { name: 'Visit notes' });
  await notesCard.getByRole('button', { name: 'Write visit note' }).click();
  const form = page
    .getByRole('dialog', { name: 'Write visit note' })
    .getByRole('form', { name: 'Write visit note' });
  await form.getByRole('textbox', { name: 'Purpose', exact: true }).fill('Display check');
  await form
    .getByRole('textbox', { name: 'Discussion notes', exact: true })
    .fill(
      'The owner liked the new shelves.\n\nHe wants the Quokka promotion kit before Hari Raya. 我们下周签合同。',
    );
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Visit note for ${partnerName} saved`)).toBeVisible();

  // From another page, by keyboard alone.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search everything' });
  await expect(search).toBeFocused();
  const palette = page.getByRole('dialog');
  await expect(palette).toContainText('Find partners, contacts, visit notes, cases and greetings');

  await search.pressSequentially('quok');
  const hit = palette.getByRole('button', { name: 'Visit note: Display check' });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText(partnerName);
  await expect(hit.getByTestId('search-snippet')).toContainText('He wants the Quokka promotion kit');
  await expect(hit.locator('mark')).toHaveText('Quokka');
  await snapshot(page, testInfo, 'search-results');

  // Chinese: a two-character word inside a sentence.
  await search.fill('合同');
  await expect(hit.locator('mark')).toHaveText('合同');
  // Selected (filled with the primary colour), its secondary lines must stay readable.
  await page.keyboard.press('ArrowDown');
  await expect(hit).toHaveAttribute('data-selected', /.*/);
  const contrast = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withRules(['color-contrast'])
    .analyze();
  expect(contrast.violations.flatMap((violation) => violation.nodes.map((node) => node.html))).toEqual([]);
  await snapshot(page, testInfo, 'search-results-chinese');

  await search.fill('quokka');
  await expect(hit.locator('mark')).toHaveText('Quokka');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: partnerName })).toBeVisible();
  const note = page.getByRole('article', { name: /^Visit/ }).filter({ hasText: 'Quokka promotion kit' });
  await expect(note).toBeFocused();
  await expect(note).toBeInViewport();
  await snapshot(page, testInfo, 'search-landed-on-note');
});

test('the palette says when nothing matches and while it is searching', async ({ app, page }, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search everything' });
  const palette = page.getByRole('dialog');

  await search.fill('xylophonequartz');
  await expect(palette.getByTestId('search-nothing-found')).toContainText(
    'Nothing matches “xylophonequartz”.',
  );
  await snapshot(page, testInfo, 'search-no-results');

  // Hold the answer back to see the searching state; it gives way to the results.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/rpc/search.everywhere', async (route) => {
    await held;
    await route.continue();
  });
  await search.fill('jaya');
  await expect(palette.getByTestId('search-loading')).toContainText('Searching…');
  await snapshot(page, testInfo, 'search-loading');
  release();
  await expect(palette.getByRole('button', { name: /^Partner: / }).first()).toBeVisible();

  // Quotes, operators and stray symbols are searched as words, never an error.
  await page.unroute('**/rpc/search.everywhere');
  await search.fill('"jaya (');
  await expect(palette.getByRole('button', { name: /^Partner: / }).first()).toBeVisible();
  await expect(palette.getByRole('alert')).toHaveCount(0);
});
