import { open, truncate } from 'node:fs/promises';
import { expect, test } from './browser-mode';
import { choose, fillPartnerForm, localDay, snapshot } from './ui';

// A 2×2 PNG, so the attachment chip has a real thumbnail to show.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

test('write a visit note with a list, an attachment and a commitment; keep the overdue promise', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Add your first partner' }).click();
  const partnerForm = page.getByRole('form', { name: 'Add partner' });
  await fillPartnerForm(partnerForm, {
    name: 'Syarikat Maju Jaya',
    type: 'Distributor',
    country: 'Malaysia',
    city: 'Penang',
  });
  await partnerForm.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactForm = page.getByRole('form', { name: 'Add contact' });
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Tan Mei Ling');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('contact-card')).toContainText('Tan Mei Ling');

  const notesCard = page.getByRole('region', { name: 'Visit notes' });
  const commitmentsCard = page.getByRole('region', { name: 'Commitments' });
  await expect(notesCard.getByTestId('visit-notes-empty')).toContainText('No visit notes yet');
  await expect(commitmentsCard.getByTestId('commitments-empty')).toBeVisible();
  await notesCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('visit-notes-empty.png') });

  await notesCard.getByRole('button', { name: 'Write visit note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Write visit note' });
  const form = dialog.getByRole('form', { name: 'Write visit note' });
  await expect(form.getByRole('textbox', { name: 'Date of the visit', exact: true })).toHaveValue(
    localDay(0),
  );
  await choose(form, 'People of the partner', 'Tan Mei Ling');
  await form.getByRole('textbox', { name: 'Purpose', exact: true }).fill('Quarterly review');
  await form
    .getByRole('textbox', { name: 'Discussion notes', exact: true })
    .fill('Good quarter overall.\n\n- Display moved to the front\n- Stock of SKU 12 is low');
  await form.getByText('Happy', { exact: true }).click();
  await form.getByRole('button', { name: 'Add issue' }).click();
  await form
    .getByRole('textbox', { name: 'Issue 1', exact: true })
    .fill('Late deliveries from the warehouse');

  // A file over 50 MB is refused at the field at once, with its size (a sparse file: nothing is read).
  const hugeFile = testInfo.outputPath('site-video.mp4');
  await (await open(hugeFile, 'w')).close();
  await truncate(hugeFile, 52 * 1024 * 1024);
  const fileInput = form.locator('input[type="file"]');
  await fileInput.setInputFiles(hugeFile);
  await expect(form.getByTestId('attachment-errors')).toHaveText(
    'site-video.mp4 is 52 MB; files can be at most 50 MB.',
  );
  await form.getByRole('textbox', { name: 'Purpose', exact: true }).scrollIntoViewIfNeeded();
  await dialog.screenshot({ path: testInfo.outputPath('visit-note-modal-top.png') });
  await form.getByTestId('attachment-errors').scrollIntoViewIfNeeded();
  await dialog.screenshot({ path: testInfo.outputPath('visit-note-too-large.png') });
  await fileInput.setInputFiles({ name: 'shop-front.png', mimeType: 'image/png', buffer: png });
  await expect(form.getByRole('button', { name: 'Open shop-front.png' })).toBeVisible();
  await expect(form.getByTestId('attachment-errors')).toHaveCount(0);

  await form.getByRole('button', { name: 'Add commitment' }).click();
  await form.getByRole('textbox', { name: 'Commitment 1', exact: true }).fill('Send the Q1 price list');
  await form.getByRole('textbox', { name: 'Due date of commitment 1', exact: true }).fill(localDay(-1));
  await form.getByRole('button', { name: 'Add follow-up' }).click();
  await form.getByRole('textbox', { name: 'Follow-up 1', exact: true }).fill('Call about SKU 12 stock');
  // A follow-up without its date is refused at that row's date field, and nothing is saved.
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('textbox', { name: 'Date of follow-up 1', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(form).toContainText('Enter a real date as YYYY-MM-DD.');
  await form.getByRole('textbox', { name: 'Date of follow-up 1', exact: true }).fill(localDay(7));
  await dialog.screenshot({ path: testInfo.outputPath('visit-note-modal.png') });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Visit note for Syarikat Maju Jaya saved')).toBeVisible();

  const note = notesCard.getByTestId('visit-note');
  await expect(note).toHaveCount(1);
  await expect(note.getByRole('heading')).toContainText('Quarterly review');
  await expect(note).toContainText('With Tan Mei Ling');
  await expect(note.getByTestId('sentiment')).toHaveText('Sentiment 4/5 · Happy');
  await expect(note.getByRole('listitem').filter({ hasText: 'Stock of SKU 12 is low' })).toBeVisible();
  await expect(
    note.getByRole('listitem').filter({ hasText: 'Late deliveries from the warehouse' }),
  ).toBeVisible();
  await expect(note.getByRole('listitem').filter({ hasText: 'Send the Q1 price list' })).toBeVisible();
  await expect(note.getByRole('list', { name: 'Follow-ups' })).toContainText('Call about SKU 12 stock');
  await expect(note.getByRole('list', { name: 'Follow-ups' })).toContainText('Planned');
  await expect(note.locator('ul')).toHaveCount(4);
  await expect(note.getByRole('button', { name: 'Open shop-front.png' }).locator('img')).toBeVisible();

  const commitment = commitmentsCard.getByTestId('commitment').filter({ hasText: 'Send the Q1 price list' });
  await expect(commitment).toContainText('Overdue');
  await expect(commitment).toContainText('1 day late');
  await expect(commitmentsCard.getByText('1 overdue')).toBeVisible();
  await notesCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('visit-notes-filled.png'), fullPage: true });

  // The promise is overdue on the home screen too, and is kept from there.
  const partnerUrl = page.url();
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Whose agenda' }).getByText('Everyone').click();
  const onHome = page
    .getByRole('region', { name: 'Overdue', exact: true })
    .getByRole('listitem', { name: 'Send the Q1 price list' });
  await expect(onHome).toContainText('1 day late');
  await onHome.getByRole('button', { name: 'Mark kept' }).click();
  await expect(onHome).toHaveCount(0);
  // Its reminder notice goes with it.
  await expect(page.getByRole('alert').filter({ hasText: 'Syarikat Maju Jaya · 1 day late' })).toHaveCount(0);
  await snapshot(page, testInfo, 'home-after-kept');
  await page.goto(partnerUrl);
  await expect(commitment).not.toContainText('Overdue');
  await expect(commitmentsCard.getByTestId('commitment-tally')).toHaveText('Kept 1 · Broken 0');

  // The attachment opens from the store.
  await note.getByRole('button', { name: 'Open shop-front.png' }).click();
  const preview = page.getByRole('dialog', { name: 'shop-front.png' });
  await expect(preview.getByRole('img', { name: 'shop-front.png' })).toBeVisible();
  await preview.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByTestId('partner-timeline')).toContainText('created visit note');
  await snapshot(page, testInfo, 'partner-page-after');
});

test('edit a visit note keeps its files; delete asks first and can be undone', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Add your first partner' }).click();
  const partnerForm = page.getByRole('form', { name: 'Add partner' });
  await fillPartnerForm(partnerForm, { name: 'Toko Sinar', type: 'Retailer', country: 'Indonesia' });
  await partnerForm.getByRole('button', { name: 'Save' }).click();

  const notesCard = page.getByRole('region', { name: 'Visit notes' });
  await notesCard.getByRole('button', { name: 'Write the first visit note' }).click();
  const form = page.getByRole('form', { name: 'Write visit note' });
  await form
    .getByRole('textbox', { name: 'Discussion notes', exact: true })
    .fill('1. Price list\n2. Training');
  await form.locator('input[type="file"]').setInputFiles({
    name: 'contract.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 pretend contract'),
  });
  await expect(form.getByRole('button', { name: 'Open contract.pdf' })).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  const note = notesCard.getByTestId('visit-note');
  await expect(note.locator('ol li')).toHaveText(['Price list', 'Training']);

  await note.getByRole('button', { name: /^Edit visit note of/ }).click();
  const edit = page.getByRole('form', { name: 'Edit visit note' });
  await expect(edit.getByRole('button', { name: 'Open contract.pdf' })).toBeVisible();
  await edit.getByRole('textbox', { name: 'Purpose', exact: true }).fill('Contract renewal');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(note.getByRole('heading')).toContainText('Contract renewal');
  await expect(note.getByRole('button', { name: 'Open contract.pdf' })).toBeVisible();

  // The file downloads from the store under its own name.
  const download = page.waitForEvent('download');
  await note.getByRole('button', { name: 'Open contract.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('contract.pdf');

  await note.getByRole('button', { name: /^Delete visit note of/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete visit note?' });
  await expect(confirm).toContainText('The visit itself, its commitments and follow-ups stay.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(notesCard.getByTestId('visit-notes-empty')).toBeVisible();
  await page.getByRole('alert').filter({ hasText: 'deleted' }).getByTestId('notification-undo').click();
  await expect(notesCard.getByTestId('visit-note')).toHaveCount(1);

  // A promise made outside a visit: the due date is required at its field; then it can be broken.
  const commitmentsCard = page.getByRole('region', { name: 'Commitments' });
  await commitmentsCard.getByRole('button', { name: 'Add commitment' }).click();
  const add = page.getByRole('form', { name: 'Add commitment' });
  await add.getByRole('textbox', { name: 'What was promised', exact: true }).fill('Pay the October invoice');
  await add.getByText('By the partner', { exact: true }).click();
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add.getByRole('textbox', { name: 'Due date', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await add.getByRole('textbox', { name: 'Due date', exact: true }).fill(localDay(10));
  await add.getByRole('button', { name: 'Save' }).click();
  const promise = commitmentsCard.getByTestId('commitment').filter({ hasText: 'Pay the October invoice' });
  await expect(promise).toContainText('By the partner');
  await expect(promise).not.toContainText('Overdue');
  await promise.getByRole('button', { name: 'Mark broken' }).click();
  await expect(commitmentsCard.getByTestId('commitment-tally')).toHaveText('Kept 0 · Broken 1');
  await snapshot(page, testInfo, 'after-undo');
});
