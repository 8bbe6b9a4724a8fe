import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { choose, fillPartnerForm, snapshot } from './ui';

async function setProfileName(page: Page, name: string) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const profile = page.getByRole('form', { name: 'My profile' });
  await profile.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
}

async function addMalaysianPartner(page: Page, name: string) {
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByRole('button', { name: 'Add partner' }).first().click();
  const form = page.getByRole('form', { name: 'Add partner' });
  await fillPartnerForm(form, { name, type: 'Distributor', country: 'Malaysia', city: 'Penang' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('partner-profile')).toBeVisible();
}

async function openContactForm(page: Page) {
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  return page.getByRole('form', { name: 'Add contact' });
}

test('greets a Malay-speaking contact on WhatsApp and sees it on the partner timeline', async ({
  app,
  page,
}, testInfo) => {
  // wa.me is outside the sandbox: answer the new tab locally.
  await page.context().route('https://wa.me/**', (route) => route.fulfill({ body: 'WhatsApp' }));
  await app.open(page);
  await setProfileName(page, 'Aisha Rahman');
  await addMalaysianPartner(page, 'Syarikat Maju Jaya');

  const contactForm = await openContactForm(page);
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Tan Wei Ming');
  await contactForm.getByRole('textbox', { name: 'WhatsApp', exact: true }).fill('+60 12-345 6789');
  await choose(contactForm, 'Preferred language', 'Malay');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('contact-card').filter({ hasText: 'Tan Wei Ming' })).toBeVisible();

  await page.getByRole('button', { name: 'Send greeting to Tan Wei Ming' }).click();
  await page.getByRole('menuitem', { name: 'Hari Raya Aidilfitri' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send greeting: Hari Raya Aidilfitri' });
  const message = dialog.getByRole('textbox', { name: 'Message in Malay' });
  await expect(message).not.toHaveValue('');
  const text = await message.inputValue();
  expect(text).toContain('Wei Ming');
  expect(text).toContain('Aisha Rahman');
  const whatsapp = dialog.getByRole('link', { name: 'Open WhatsApp' });
  await expect(whatsapp).toHaveAttribute(
    'href',
    `https://wa.me/60123456789?text=${encodeURIComponent(text)}`,
  );
  await expect(whatsapp).toHaveAttribute('target', '_blank');
  // No e-mail address: the button is off and says why.
  await expect(dialog.getByRole('button', { name: 'Open e-mail' })).toBeDisabled();
  await expect(dialog.getByText('No e-mail address for Tan Wei Ming.')).toBeVisible();

  // The edited text is what the link carries.
  const edited = `${text}\nSalam mesra dari Penang!`;
  await message.fill(edited);
  await expect(whatsapp).toHaveAttribute(
    'href',
    `https://wa.me/60123456789?text=${encodeURIComponent(edited)}`,
  );
  await snapshot(page, testInfo, 'send-greeting');

  const popup = page.waitForEvent('popup');
  await whatsapp.click();
  await (await popup).close();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Greeting to Tan Wei Ming logged')).toBeVisible();
  await expect(page.getByTestId('partner-timeline')).toContainText(
    'Aisha Rahman sent a greeting to Tan Wei Ming (Hari Raya Aidilfitri)',
  );

  // Greeting again the same day logs nothing new.
  await page.getByRole('button', { name: 'Send greeting to Tan Wei Ming' }).click();
  await page.getByRole('menuitem', { name: 'Hari Raya Aidilfitri' }).click();
  await dialog.getByRole('button', { name: 'Copy text' }).click();
  await expect(page.getByText('The greeting to Tan Wei Ming was already logged')).toBeVisible();
  await expect(page.getByTestId('partner-timeline').getByText(/sent a greeting to/)).toHaveCount(1);
  await snapshot(page, testInfo, 'greeting-on-timeline');
});

test('a contact in mourning: the greeting is held back and hardship care can be planned', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await addMalaysianPartner(page, 'Kedai Runcit Ah Kow');
  const contactForm = await openContactForm(page);
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Lim Ah Kow');
  await contactForm.getByText('In mourning', { exact: true }).click();
  await contactForm.getByLabel('Until').fill('2099-12-12');
  await contactForm.getByRole('textbox', { name: 'Care note' }).fill('Mother passed away.');
  await snapshot(page, testInfo, 'contact-care-status');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  const card = page.getByTestId('contact-card').filter({ hasText: 'Lim Ah Kow' });
  await expect(card.getByTestId('care-status-badge')).toHaveText('In mourning until Dec 12, 2099');

  await page.getByRole('button', { name: 'Send greeting to Lim Ah Kow' }).click();
  await page.getByRole('menuitem', { name: 'Birthday' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send greeting: Birthday' });
  await expect(dialog.getByTestId('greeting-suppressed')).toContainText(
    'Lim Ah Kow’s family is in mourning until Dec 12, 2099: festive greetings are held back.',
  );
  // Without phone or e-mail, "Send anyway" shows what is missing; copying still works.
  await dialog.getByRole('button', { name: 'Send anyway' }).click();
  await expect(dialog.getByText('No WhatsApp number or phone for Lim Ah Kow.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Open WhatsApp' })).toBeDisabled();
  await snapshot(page, testInfo, 'greeting-missing-channels');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Send greeting to Lim Ah Kow' }).click();
  await page.getByRole('menuitem', { name: 'Birthday' }).click();
  await expect(dialog.getByTestId('greeting-suppressed')).toBeVisible();
  await snapshot(page, testInfo, 'greeting-suppressed');
  await dialog.getByRole('button', { name: 'Plan hardship care' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Hardship care for Lim Ah Kow planned for/)).toBeVisible();
  await expect(page.getByTestId('partner-timeline')).toContainText('Hardship care: Lim Ah Kow');
});

test('settings: templates name unknown merge fields, festivals per country, reminder lead times', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();

  await page.getByRole('button', { name: 'Edit Birthday greeting in Malay' }).click();
  const editor = page.getByRole('dialog', { name: 'Birthday greeting in Malay' });
  const body = editor.getByRole('textbox', { name: 'Text' });
  await body.fill('Selamat hari jadi {{nama}} dan {{syarikat}}!');
  await expect(editor.getByText('Unknown merge field: {{nama}}, {{syarikat}}.')).toBeVisible();
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor.getByText('Unknown merge field: {{nama}}, {{syarikat}}.')).toBeVisible();
  await snapshot(page, testInfo, 'template-unknown-field');

  await body.fill('Selamat hari jadi, ');
  await editor.getByRole('button', { name: 'Contact first name' }).click();
  await expect(body).toHaveValue('Selamat hari jadi, {{contactFirstName}}');
  await expect(editor.getByTestId('template-preview')).toHaveText('Selamat hari jadi, Wei Ming');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Birthday greeting in Malay saved')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Birthday greeting in Malay' })).toHaveText('Own text');

  const malaysia = page.getByRole('group', { name: 'Malaysia' });
  await expect(malaysia.getByRole('checkbox', { name: 'Christmas' })).toBeChecked();
  // The box follows the saved setting, so it changes once the save is done.
  await malaysia.getByRole('checkbox', { name: 'Christmas' }).click();
  await expect(page.getByText('Festivals for Malaysia saved')).toBeVisible();
  await expect(malaysia.getByRole('checkbox', { name: 'Christmas' })).not.toBeChecked();

  const reminders = page.getByRole('region', { name: 'Reminders' });
  await reminders.getByRole('textbox', { name: 'Birthdays' }).fill('61');
  await reminders.getByRole('button', { name: 'Save reminders' }).click();
  await expect(reminders.getByText('Enter a whole number of days from 0 to 60.')).toBeVisible();
  await reminders.getByRole('textbox', { name: 'Birthdays' }).fill('5');
  await reminders.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Reminder lead times saved')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Reminders' }).getByRole('textbox', { name: 'Birthdays' }),
  ).toHaveValue('5');
  await snapshot(page, testInfo, 'care-settings');
});
