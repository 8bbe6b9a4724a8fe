// Retention in Chromium: run "At risk: falling orders" for a demo partner (the partner shows "At
// risk" and the planned actions with due days and owners), a second "Mark at risk" shows the open
// case, an action is done with its outcome, the case is recorded retained and the badge goes; the
// playbook editor refuses a circle at the step; the empty list and the home alerts.
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import type { PartnerListOutput } from '../../src/shared/partners';
import { choose, loadDemoData, localDay, rpc, snapshot } from './ui';

/** A day as the app writes it (en, medium style). */
function shown(day: string): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/**
 * Loads the demo data and opens the first active partner (by name) that nobody is working on yet:
 * no churn risk from its score and no open retention case (the score opens cases for the demo
 * partners it finds at risk).
 */
async function openFirstDemoPartner(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await loadDemoData(page);
  const calm = await rpc<PartnerListOutput>(page, 'partners.list', {
    statuses: ['active'],
    riskLevels: ['none'],
    limit: 20,
  });
  for (const partner of calm.rows) {
    const open = await rpc<{ total: number }>(page, 'retentionCases.list', {
      partnerId: partner.id,
      outcomes: ['open'],
      limit: 1,
    });
    if (open.total > 0) continue;
    await page.evaluate((id) => (location.hash = `#/partners/${id}`), partner.id);
    await expect(page.getByRole('heading', { level: 1, name: partner.name })).toBeVisible();
    return partner.name;
  }
  throw new Error('No demo partner without a risk or a retention case');
}

test('run "At risk: falling orders", do an action, record the partner retained', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const partnerName = await openFirstDemoPartner(page);
  const card = page.getByRole('region', { name: 'Retention', exact: true });
  await expect(card.getByTestId('not-at-risk')).toBeVisible();
  await expect(page.getByTestId('partner-risk-badge')).toHaveCount(0);
  const owner = (await page.getByTestId('partner-profile').textContent()) ?? '';

  await card.getByRole('button', { name: 'Run playbook' }).click();
  const dialog = page.getByRole('dialog', { name: `Run a playbook for ${partnerName}` });
  await choose(dialog, 'Playbook', 'At risk: falling orders');
  const preview = dialog.getByRole('table', { name: 'Actions this playbook plans' });
  await expect(preview.getByRole('row')).toHaveCount(7);
  await expect(preview.getByRole('row', { name: /Frank conversation with the owner/ })).toContainText(
    shown(localDay(2)),
  );
  await expect(
    preview.getByRole('row', { name: /Check the orders against the recovery plan/ }),
  ).toContainText(shown(localDay(44)));
  await snapshot(page, testInfo, 'run-playbook-preview');
  await dialog.getByRole('button', { name: 'Plan 6 actions' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('partner-risk-badge')).toHaveText('Retention case open');
  const openCase = card.getByTestId('open-retention-case');
  await expect(openCase).toContainText('At risk: falling orders');
  const actions = openCase.getByTestId('partner-retention-action');
  await expect(actions).toHaveCount(6);
  const frankTalk = actions.filter({ hasText: 'Frank conversation with the owner' });
  await expect(frankTalk).toContainText(`Due ${shown(localDay(2))}`);
  await expect(frankTalk).toContainText('Planned');
  // The owner of every action is the partner's owner, as the profile card shows it.
  const actionOwner =
    ((await frankTalk.textContent()) ?? '')
      .split(' · ')[1]
      ?.replace(/Planned$/, '')
      .trim() ?? '';
  expect(actionOwner.length).toBeGreaterThan(0);
  // A partner without an owner ("—") gets actions owned by the person planning them.
  if (owner.includes('Account owner—')) expect(actionOwner).toBe('Me');
  else expect(owner).toContain(actionOwner);
  await snapshot(page, testInfo, 'partner-at-risk');

  // A second "Mark at risk" while the case is open: the conflict, with the way to the open case.
  await card.getByRole('button', { name: 'Mark at risk' }).click();
  const mark = page.getByRole('dialog', { name: `Mark ${partnerName} at risk` });
  await mark.getByRole('textbox', { name: 'Reason' }).fill('Orders keep falling');
  await mark.getByRole('button', { name: 'Mark at risk' }).click();
  await expect(mark.getByRole('alert')).toContainText(`${partnerName} is already marked at risk`);
  await snapshot(page, testInfo, 'mark-at-risk-conflict');
  await mark.getByRole('link', { name: 'Open the case' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `${partnerName} at risk` })).toBeVisible();
  const table = page.getByRole('table', { name: 'Actions' });
  await expect(table.getByTestId('retention-action')).toHaveCount(6);
  await page
    .getByRole('button', { name: 'Edit action Frank conversation with the owner about the falling orders' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Edit retention action' });
  await choose(edit, 'Status', 'Done');
  await edit
    .getByRole('textbox', { name: 'Outcome' })
    .fill('Owner admits a competitor offered 5% more margin');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  const done = table.getByTestId('retention-action').filter({ hasText: 'Frank conversation' });
  await expect(done).toContainText('Owner admits a competitor offered 5% more margin');
  await expect(done.getByRole('combobox', { name: /Status of Frank conversation/ })).toHaveValue('Done');
  await choose(table, 'Status of Review sell-out and stock together; agree a recovery plan', 'In progress');
  await expect(
    page.getByText('“Review sell-out and stock together; agree a recovery plan” is now In progress'),
  ).toBeVisible();
  await snapshot(page, testInfo, 'retention-case');

  // The case's facts can be corrected while it is open; an empty reason is refused at the field.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const facts = page.getByRole('dialog', { name: /Edit the retention case of/ });
  const reason = facts.getByRole('textbox', { name: /Reason/ });
  await reason.fill('');
  await facts.getByRole('button', { name: 'Save' }).click();
  await expect(facts.getByText('This field is required.')).toBeVisible();
  await reason.fill('Competitor offered 5% more margin; orders down 40%');
  await facts.getByRole('button', { name: 'Save' }).click();
  await expect(facts).toBeHidden();
  await expect(page.getByText('Competitor offered 5% more margin; orders down 40%')).toBeVisible();

  await page.getByRole('button', { name: 'Record outcome' }).click();
  const outcome = page.getByRole('dialog', { name: 'Record outcome' });
  await expect(outcome.getByRole('textbox', { name: 'Decided on' })).toHaveValue(localDay(0));
  await outcome.getByRole('textbox', { name: 'Outcome note' }).fill('Matched the margin for two quarters');
  await snapshot(page, testInfo, 'record-outcome');
  await outcome.getByRole('button', { name: 'Record outcome' }).click();
  await expect(outcome).toBeHidden();
  await expect(page.getByText(`Retained on ${shown(localDay(0))}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set back to open' })).toBeVisible();
  await snapshot(page, testInfo, 'retention-case-retained');

  await page.getByRole('link', { name: partnerName, exact: true }).click();
  await expect(card.getByTestId('not-at-risk')).toBeVisible();
  await expect(page.getByTestId('partner-risk-badge')).toHaveCount(0);
  await expect(card.getByTestId('past-retention-case')).toContainText(`Retained on ${shown(localDay(0))}`);

  await page.getByRole('link', { name: 'Retention', exact: true }).click();
  const rows = page.getByTestId('retention-case-row');
  await expect(rows.filter({ hasText: partnerName })).toContainText('1 done · 0 open');
  await choose(page.getByRole('region', { name: 'Filters' }), 'Outcome', 'Churned');
  await expect(page).toHaveURL(/outcomes=churned/);
  await page.keyboard.press('Escape');
  await expect(rows.filter({ hasText: partnerName })).toHaveCount(0);
  for (const badge of await rows.getByText(/^(Still open|Retained|Churned)/).all()) {
    await expect(badge).toHaveText(/^Churned on /);
  }
  await snapshot(page, testInfo, 'retention-list-churned');
});

test('the playbook editor refuses steps that wait on each other, at the step', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.goto(`${page.url().split('#')[0]}#/retention/playbooks`);
  const list = page.getByRole('navigation', { name: 'Playbooks' });
  await expect(list.getByText('At risk: falling orders')).toBeVisible();
  await expect(list.getByText('Built-in')).toHaveCount(5);
  await snapshot(page, testInfo, 'playbooks');

  await page.getByRole('button', { name: 'New playbook' }).click();
  const editor = page.getByRole('form', { name: 'New playbook' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Key account wobble');
  await editor.getByRole('textbox', { name: 'Action (step 1)' }).fill('Call the owner');
  await editor.getByRole('button', { name: 'Add step' }).click();
  await editor.getByRole('textbox', { name: 'Action (step 2)' }).fill('Senior visit');
  await choose(editor, 'Waits on (step 2)', 'step-1 — Call the owner');
  await choose(editor, 'Waits on (step 1)', 'step-2 — Senior visit');
  await editor.getByRole('button', { name: 'Save playbook' }).click();
  const step1After = editor.getByRole('combobox', { name: 'Waits on (step 1)' });
  await expect(step1After).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByTestId('playbook-step').first()).toContainText(
    'These steps wait on each other in a circle: step-1 → step-2 → step-1.',
  );
  await snapshot(page, testInfo, 'playbook-cycle');

  // Breaking the circle saves it; it is the team's own (deletable), not built-in.
  await editor.getByRole('button', { name: 'Remove step 1' }).click();
  await editor.getByRole('button', { name: 'Save playbook' }).click();
  await expect(page.getByText('Playbook “Key account wobble” saved')).toBeVisible();
  await expect(list.getByText('Key account wobble')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete playbook' })).toBeVisible();
});

test('the retention list and the partner card before anyone is at risk; home alerts after', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('link', { name: 'Retention', exact: true }).click();
  await expect(page.getByText('No partner is at risk')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await snapshot(page, testInfo, 'retention-empty');

  const partnerName = await openFirstDemoPartner(page);
  const card = page.getByRole('region', { name: 'Retention', exact: true });
  await snapshot(page, testInfo, 'partner-not-at-risk');
  await card.getByRole('button', { name: 'Mark at risk' }).click();
  const mark = page.getByRole('dialog', { name: `Mark ${partnerName} at risk` });
  await mark.getByRole('button', { name: 'Mark at risk' }).click();
  await expect(mark.getByRole('textbox', { name: 'Reason' })).toHaveAttribute('aria-invalid', 'true');
  await expect(mark).toContainText('This field is required.');
  await mark.getByRole('textbox', { name: 'Reason' }).fill('A competitor opened next door');
  await choose(mark, 'Situation', 'Competitor poaching');
  await mark.getByRole('button', { name: 'Mark at risk' }).click();
  await expect(page.getByTestId('partner-risk-badge')).toBeVisible();

  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Whose agenda' }).getByText('Everyone').click();
  const newly = page.getByTestId('home-newly-at-risk');
  await expect(newly.getByRole('link', { name: partnerName })).toBeVisible();
  await snapshot(page, testInfo, 'home-retention-alerts');
  await newly.getByRole('link', { name: partnerName }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${partnerName} at risk` })).toBeVisible();
  await expect(page.getByTestId('retention-actions-empty')).toBeVisible();
  await snapshot(page, testInfo, 'retention-case-empty');
});
