// Funds, leaderboard and results of a program in Chromium: an MDF program set up through the core
// (as the programs screens would), a partner's allocation, a fund request approved in part, proof
// of performance attached, reimbursement, the budget burn, then the leaderboard and the results.
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { choose, localDay, rpc, snapshot } from './ui';

async function go(page: Page, route: string): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.evaluate((hash) => void (window.location.hash = hash), `#${route}`);
}

/** An active MDF program (MYR 10,000 budget) with two enrolled partners. */
async function mdfProgram(page: Page): Promise<string> {
  const partnerIds: string[] = [];
  for (const name of ['Maju Jaya Elektrik', 'Sinar Timur Trading']) {
    const { id } = await rpc<{ id: string }>(page, 'partners.create', {
      partner: { name, type: 'dealer', country: 'MY', city: 'Penang', region: 'North' },
    });
    partnerIds.push(id);
  }
  const today = localDay(0);
  const { id: programId } = await rpc<{ id: string }>(page, 'programs.create', {
    name: 'Raya co-op fund',
    kind: 'mdf',
    // Over a month ago, so at least one whole month of the program has ended (results measure those).
    startsOn: localDay(-40),
    endsOn: localDay(160),
    budgetMinor: 1_000_000,
    currency: 'MYR',
    pointValueMinor: 1,
  });
  await rpc(page, 'programs.saveRules', {
    programId,
    revision: 0,
    rules: [
      {
        key: 'per-unit',
        name: 'Points per unit',
        award: 'points',
        basis: 'units',
        calc: { kind: 'rate', rate: 10, every: 1 },
      },
    ],
    today,
  });
  await rpc(page, 'programs.enroll', { programId, partnerIds, today });
  const program = await rpc<{ revision: number }>(page, 'programs.get', { id: programId });
  await rpc(page, 'programs.setStatus', {
    id: programId,
    status: 'active',
    revision: program.revision,
    today,
  });
  return programId;
}

test('allocates, requests, approves in part, adds proof and reimburses; the burn follows', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const programId = await mdfProgram(page);
  await go(page, `/programs/${programId}?tab=funds`);

  // Empty state explains what the funds are for.
  await expect(page.getByTestId('funds-intro')).toContainText('Market development (MDF) and co-op funds');
  await expect(page.getByTestId('requests-empty')).toBeVisible();
  await snapshot(page, testInfo, 'funds-empty');

  // Allocate: over the budget is refused at the field, then MYR 3,000 to Maju Jaya.
  await page.getByRole('button', { name: 'Allocate', exact: true }).click();
  const allocate = page.getByRole('dialog', { name: 'Allocate funds' });
  await choose(allocate, 'Partner', 'Maju Jaya Elektrik');
  await allocate.getByRole('textbox', { name: 'Amount (MYR)' }).fill('12000');
  await allocate.getByRole('button', { name: 'Save allocation' }).click();
  await expect(allocate).toContainText(
    'Allocations would exceed the budget: MYR 10000.00 of MYR 10000.00 is left to allocate.',
  );
  await allocate.getByRole('textbox', { name: 'Amount (MYR)' }).fill('3000');
  await allocate.getByRole('button', { name: 'Save allocation' }).click();
  await expect(allocate).toBeHidden();
  const allocations = page.getByRole('table', { name: 'Allocations' });
  await expect(allocations.getByRole('row', { name: /Maju Jaya Elektrik/ })).toContainText('3,000.00');

  // A request over what is left of the allocation is refused; then one for MYR 2,000.
  await page.getByRole('button', { name: 'New request' }).click();
  const form = page.getByRole('dialog', { name: 'New fund request' });
  await choose(form, 'Partner', 'Maju Jaya Elektrik');
  await form.getByRole('textbox', { name: 'Planned activity' }).fill('Shop-front banner for the Raya sale');
  await form.getByLabel('Planned day').fill(localDay(-2));
  await form.getByRole('textbox', { name: 'Amount asked (MYR)' }).fill('3500');
  await form.getByRole('button', { name: 'Submit request' }).click();
  await expect(form).toContainText(
    'Only MYR 3000.00 of the MYR 3000.00 allocated to this partner is left to request.',
  );
  await form.getByRole('textbox', { name: 'Amount asked (MYR)' }).fill('2000');
  await form.getByRole('button', { name: 'Submit request' }).click();
  await expect(form).toBeHidden();
  const requests = page.getByRole('table', { name: 'Fund requests' });
  await expect(requests).toContainText('Waiting for decision');
  await snapshot(page, testInfo, 'funds-request-submitted');

  // Approve MYR 1,500 of it.
  await page.getByRole('button', { name: 'Approve request "Shop-front banner for the Raya sale"' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve fund request' });
  await approve.getByRole('textbox', { name: 'Amount approved (MYR)' }).fill('2500');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve).toContainText('Approve at most the MYR 2000.00 requested.');
  await approve.getByRole('textbox', { name: 'Amount approved (MYR)' }).fill('1500');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve).toBeHidden();
  await expect(requests).toContainText('Approved — needs proof');

  // Proof is required: saving without files says so; with a photo it goes through.
  await page.getByRole('button', { name: 'Add proof for "Shop-front banner for the Raya sale"' }).click();
  const proof = page.getByRole('dialog', { name: 'Proof of performance' });
  await proof.getByRole('button', { name: 'Save proof' }).click();
  await expect(proof.getByTestId('proof-error')).toContainText('Add at least one photo or document');
  await proof.locator('input[type="file"]').setInputFiles({
    name: 'banner.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  });
  await expect(proof.getByText('banner.png')).toBeVisible();
  await snapshot(page, testInfo, 'funds-proof');
  await proof.getByRole('button', { name: 'Save proof' }).click();
  await expect(proof).toBeHidden();
  await expect(requests).toContainText('Proof received — to reimburse');
  await expect(requests).toContainText('1 proof file');

  // Reimburse: over the approved amount is refused; MYR 1,400 is paid.
  await page.getByRole('button', { name: 'Reimburse "Shop-front banner for the Raya sale"' }).click();
  const reimburse = page.getByRole('dialog', { name: 'Reimburse' });
  await reimburse.getByRole('textbox', { name: 'Amount paid (MYR)' }).fill('1600');
  await reimburse.getByRole('button', { name: 'Mark reimbursed' }).click();
  await expect(reimburse).toContainText('Reimburse at most the MYR 1500.00 approved.');
  await reimburse.getByRole('textbox', { name: 'Amount paid (MYR)' }).fill('1400');
  await reimburse.getByRole('button', { name: 'Mark reimbursed' }).click();
  await expect(reimburse).toBeHidden();
  await expect(requests.getByText('Reimbursed', { exact: true })).toBeVisible();
  await expect(page.getByTestId('funds-burn')).toContainText('Reimbursed: MYR 1,400.00');
  await expect(page.getByTestId('funds-burn')).toContainText('Left to approve: MYR 8,600.00');

  // The status filter narrows the list.
  await choose(page.locator('body'), 'Status', 'Waiting for decision');
  await expect(page.getByTestId('requests-empty')).toHaveText('No request has this status.');
  await choose(page.locator('body'), 'Status', 'Reimbursed');
  await expect(requests).toContainText('Shop-front banner');
  await snapshot(page, testInfo, 'funds-reimbursed');

  // Results: the reimbursement is the program's cost so far.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByTestId('kpi-cost')).toContainText('MYR 1,400.00');
  await expect(page.getByTestId('kpi-participants')).toContainText('2');
  await expect(page.getByTestId('results-period')).toContainText('compared with');
  await snapshot(page, testInfo, 'results');

  // Leaderboard: both participants; no target rule to rank on.
  await page.getByRole('tab', { name: 'Leaderboard' }).click();
  const board = page.getByRole('table', { name: 'Leaderboard' });
  await expect(board.getByRole('row')).toHaveCount(3);
  await expect(board).toContainText('Maju Jaya Elektrik');
  await snapshot(page, testInfo, 'leaderboard-points');
  await page.getByText('Growth', { exact: true }).click();
  await expect(board).toContainText('New (no sales before)');
  await page.getByText('Target', { exact: true }).click();
  await expect(page.getByTestId('leaderboard-no-target')).toContainText('has no target rule');
  await snapshot(page, testInfo, 'leaderboard-no-target');
});
