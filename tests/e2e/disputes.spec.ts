// Disputes end to end: a channel conflict between two demo partners logged from a partner's page
// and taken through the workflow to closed, with the timeline, a correction, a refused resolve,
// the stale-save conflict between two tabs, a breached case and the empty states.
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { choose, loadDemoData, rpc, snapshot } from './ui';

interface PartnerRow {
  id: string;
  name: string;
}

async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
}

async function twoDemoPartners(page: Page): Promise<[PartnerRow, PartnerRow]> {
  const { rows } = await rpc<{ rows: PartnerRow[] }>(page, 'partners.list', { limit: 50 });
  const names = new Set<string>();
  const distinct = rows.filter((row) => !names.has(row.name) && names.add(row.name));
  const [lead, other] = distinct;
  if (!lead || !other) throw new Error('demo data has fewer than two partners');
  return [lead, other];
}

test('log a channel conflict from a partner page and settle it step by step', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  const { profile } = await rpc<{ profile: { name: string } }>(page, 'app.status', {});
  const [lead, other] = await twoDemoPartners(page);

  await goTo(page, `/partners/${lead.id}`);
  const card = page.getByRole('region', { name: 'Disputes' });
  await card.getByRole('button', { name: 'Log a case' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a case' });
  const form = dialog.getByRole('form', { name: 'Log a case' });
  await expect(form.getByText(`${lead.name} (lead)`, { exact: true })).toBeVisible();
  await choose(form, 'Kind', 'Channel conflict');
  // A channel conflict with one party is refused at the field.
  await form
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Both quoting the same hardware chain');
  await form.getByRole('button', { name: 'Log case' }).click();
  await expect(form).toContainText('A channel conflict names at least two partners.');
  // The partner field takes focus with its list open; close it to see the message.
  await page.keyboard.press('Escape');
  await expect(form.getByRole('combobox', { name: 'Partners' })).toHaveAttribute('aria-invalid', 'true');
  await snapshot(page, testInfo, 'case-form-errors');

  await form.getByRole('combobox', { name: 'Partners' }).fill(other.name.slice(0, 12));
  await page.getByRole('option', { name: other.name, exact: true }).click();
  await choose(form, 'Severity', 'High');
  await expect(form).toContainText('Due 3 business days after opening');
  await form
    .getByRole('textbox', { name: 'Description' })
    .fill('Both dealers sent quotes to the same chain.');
  await form.getByRole('button', { name: 'Log case' }).click();

  await expect(page).toHaveURL(/#\/disputes\/[0-9A-Z]{26}$/);
  await expect(page.getByRole('heading', { name: 'Both quoting the same hardware chain' })).toBeVisible();
  const status = page.getByTestId('case-status');
  await expect(status).toHaveText('Open');
  await expect(page.getByTestId('case-sla')).toContainText(/Due in \d+ d/);
  const facts = page.getByRole('region', { name: 'Facts' });
  await expect(facts.getByRole('link', { name: lead.name })).toHaveAttribute('href', `#/partners/${lead.id}`);
  await expect(facts.getByRole('link', { name: other.name })).toBeVisible();
  await snapshot(page, testInfo, 'case-open');

  const workflow = page.getByRole('region', { name: 'Next step' });
  await workflow.getByRole('button', { name: 'Start investigating' }).click();
  await expect(status).toHaveText('Investigating');
  await expect(
    page.getByText('Case "Both quoting the same hardware chain" is being investigated.'),
  ).toBeVisible();
  // Case history is permanent: the notice offers no Undo.
  await expect(page.getByTestId('notification-undo')).toHaveCount(0);

  await workflow.getByRole('button', { name: 'Escalate' }).click();
  const escalate = page.getByRole('dialog', { name: 'Escalate the case' });
  await escalate.getByRole('textbox', { name: 'Why escalate' }).fill('Chain threatens to switch brands.');
  await escalate.getByRole('button', { name: 'Escalate' }).click();
  await expect(status).toHaveText('Escalated');

  // From escalated the workflow goes back to investigating or straight to a proposal.
  await expect(workflow.getByRole('button')).toHaveText(['Back to investigating', 'Propose resolution']);
  await workflow.getByRole('button', { name: 'Propose resolution' }).click();
  const propose = page.getByRole('dialog', { name: 'Propose a resolution' });
  await propose
    .getByRole('textbox', { name: 'What is proposed' })
    .fill('Lead keeps the chain; other gets schools.');
  await propose.getByRole('button', { name: 'Propose' }).click();
  await expect(status).toHaveText('Resolution proposed');

  await workflow.getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog', { name: 'Resolve the case' });
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  const resolution = resolve.getByRole('textbox', { name: 'Agreed resolution' });
  await expect(resolution).toHaveAttribute('aria-invalid', 'true');
  await expect(resolve).toContainText('Write down the agreed resolution before resolving.');
  await snapshot(page, testInfo, 'case-resolve-error');
  await resolution.fill('Lead keeps the chain; the other dealer gets the school tenders.');
  await resolve.getByRole('textbox', { name: 'Compensation or cost' }).fill('1500');
  await choose(resolve, 'Root cause', 'Territory overlap');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(status).toHaveText('Resolved');
  await expect(page.getByTestId('case-resolution')).toHaveText(
    'Lead keeps the chain; the other dealer gets the school tenders.',
  );
  await expect(page.getByTestId('case-compensation')).toContainText(/\b1,500\b/);

  await workflow.getByRole('button', { name: 'Close' }).click();
  const close = page.getByRole('dialog', { name: 'Close the case' });
  await close.getByRole('button', { name: 'Close case' }).click();
  await expect(close).toContainText('Write the lessons learned before closing');
  await close.getByRole('textbox', { name: 'Lessons learned' }).fill('Agree territories in writing.');
  await close.getByRole('button', { name: 'Close case' }).click();
  await expect(status).toHaveText('Closed');
  await expect(workflow.getByRole('button')).toHaveText(['Reopen']);

  // The timeline shows each step, who made it and when.
  const entries = page.getByTestId('case-entry');
  await expect(entries).toHaveCount(6);
  await expect(page.getByTestId('entry-status')).toHaveText([
    'Open → Investigating',
    'Investigating → Escalated',
    'Escalated → Resolution proposed',
    'Resolution proposed → Resolved',
    'Resolved → Closed',
  ]);
  for (const meta of await page.getByTestId('entry-meta').all()) {
    await expect(meta).toContainText(profile.name);
    await expect(meta).toContainText(/\d{1,2}:\d{2}/);
  }
  await expect(entries.nth(2)).toContainText('Chain threatens to switch brands.');

  // A correction is a new entry linked to the one it corrects, which stays as it was.
  await entries
    .nth(2)
    .getByRole('button', { name: /^Correct the status change of/ })
    .click();
  const correction = page.getByRole('form', { name: 'Add a correction' });
  await expect(correction.getByTestId('correcting')).toContainText('Chain threatens to switch brands.');
  await correction
    .getByRole('textbox', { name: 'What happened' })
    .fill('It was the purchasing manager, not the chain.');
  await correction.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(entries).toHaveCount(7);
  await expect(entries.nth(2)).toContainText('Chain threatens to switch brands.');
  await expect(entries.nth(2).getByTestId('entry-corrected-by')).toContainText(
    `Corrected by ${profile.name}`,
  );
  await expect(entries.nth(2).getByTestId('entry-corrected-by')).toContainText(
    'It was the purchasing manager',
  );
  await expect(entries.nth(6)).toContainText('Corrects the status change of');
  await snapshot(page, testInfo, 'case-timeline');
  await page.getByRole('heading', { name: 'Both quoting the same hardware chain' }).scrollIntoViewIfNeeded();
  await snapshot(page, testInfo, 'case-closed');

  // A case that never existed says so.
  await goTo(page, '/disputes/01J00000000000000000000000');
  await expect(page.getByTestId('case-not-found')).toContainText('This case does not exist');
});

test('a save from a stale tab sees the conflict, keeps the typed text and saves after Reload', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  const [lead, other] = await twoDemoPartners(page);
  const { id } = await rpc<{ id: string }>(page, 'disputes.create', {
    dispute: {
      kind: 'channel-conflict',
      title: 'Overlap in Ipoh',
      partnerIds: [lead.id, other.id],
      severity: 'medium',
    },
  });
  await goTo(page, `/disputes/${id}`);
  await page.getByRole('button', { name: 'Edit facts' }).click();
  const form = page.getByRole('form', { name: 'Edit case facts' });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Overlap in Ipoh and Taiping');

  const second = await page.context().newPage();
  await app.open(second);
  await goTo(second, `/disputes/${id}`);
  await second.getByRole('button', { name: 'Edit facts' }).click();
  const secondForm = second.getByRole('form', { name: 'Edit case facts' });
  await choose(secondForm, 'Severity', 'Critical');
  await secondForm.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByTestId('case-severity')).toHaveText('Critical');

  await form.getByRole('button', { name: 'Save' }).click();
  const conflict = form.getByTestId('case-conflict');
  await expect(conflict).toContainText('was changed by someone else since you opened it');
  await expect(form.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    'Overlap in Ipoh and Taiping',
  );
  await snapshot(page, testInfo, 'case-conflict');
  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(conflict).toBeHidden();
  // Reload takes the other tab's severity and keeps the title typed here.
  await expect(form.getByRole('combobox', { name: 'Severity' })).toHaveValue('Critical');
  await expect(form.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    'Overlap in Ipoh and Taiping',
  );
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Overlap in Ipoh and Taiping' })).toBeVisible();
  await expect(page.getByTestId('case-severity')).toHaveText('Critical');
  // The edit entry says what changed, in words.
  await expect(page.getByTestId('case-entry').last()).toContainText(
    'Title: Overlap in Ipoh → Overlap in Ipoh and Taiping',
  );
});

test('a breached case is shown clearly; an empty partner card invites logging one', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  const { id: partnerId } = await rpc<{ id: string }>(page, 'partners.create', {
    partner: { name: 'Toko Sumber Baru', type: 'retailer', country: 'ID', city: 'Bandung' },
  });
  await goTo(page, `/partners/${partnerId}`);
  const card = page.getByRole('region', { name: 'Disputes' });
  await expect(card.getByTestId('partner-disputes-empty')).toContainText('No cases with this partner');
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: testInfo.outputPath('partner-disputes-empty.png') });

  const openedAt = new Date(Date.now() - 20 * 86_400_000).toISOString();
  const { id } = await rpc<{ id: string }>(page, 'disputes.create', {
    dispute: {
      kind: 'rebate-payment',
      title: 'Q3 rebate not paid',
      partnerIds: [partnerId],
      severity: 'critical',
      // Rupiah have no minor unit in use (Intl formats them without decimals).
      compensation: { amountMinor: 12500000, currency: 'IDR' },
    },
    openedAt,
    timeZone: 'Asia/Jakarta',
  });
  await expect(card.getByTestId('partner-dispute')).toContainText('Q3 rebate not paid');
  await expect(card.getByTestId('partner-dispute')).toContainText(/Overdue by/);
  await card.getByRole('link', { name: 'Q3 rebate not paid' }).click();
  await expect(page).toHaveURL(new RegExp(`#/disputes/${id}$`));
  const sla = page.getByTestId('case-sla');
  await expect(sla).toContainText(/Overdue by \d+ d/);
  await expect(sla).toContainText('The SLA is breached');
  await expect(page.getByTestId('case-compensation')).toContainText('12,500,000');
  await snapshot(page, testInfo, 'case-breached');
});

test('the SLA per severity is set in Settings, with the message at the field', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await loadDemoData(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('form', { name: 'Dispute SLA' });
  const critical = section.getByRole('textbox', { name: 'Critical' });
  await expect(critical).toHaveValue('1');
  await critical.fill('0');
  await section.getByRole('textbox', { name: 'Low' }).fill('120');
  await section.getByRole('button', { name: 'Save SLA' }).click();
  await expect(critical).toHaveAttribute('aria-invalid', 'true');
  await expect(section).toContainText('Enter a whole number of business days from 1 to 90.');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: testInfo.outputPath('settings-sla-errors.png') });
  await critical.fill('2');
  await section.getByRole('textbox', { name: 'Low' }).fill('15');
  await section.getByRole('button', { name: 'Save SLA' }).click();
  await expect(page.getByText('Dispute SLA saved.')).toBeVisible();
  const settings = await rpc<{ slaBusinessDays: Record<string, number> }>(page, 'disputeSettings.get', {});
  expect(settings.slaBusinessDays).toEqual({ critical: 2, high: 3, medium: 5, low: 15 });
});
