// Sales claims in Chromium: the empty claims list, products added with an alias, a claim entered
// with an invoice photo and a line whose SKU is unknown (refused at that line's SKU), fixed and
// saved, listed, opened with its lines and invoice, approved, and its award shown with the
// explanation. The program and its enrolments are set up through the core as the page would.
import { readFile } from 'node:fs/promises';
import { expect, test } from './browser-mode';
import { choose, localDay, rpc, snapshot } from './ui';

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface Program {
  revision: number;
}

test('add products, enter a claim with an invoice, fix a bad line, approve it', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const partner = await rpc<{ id: string }>(page, 'partners.create', {
    partner: { name: 'Syarikat Maju Jaya', type: 'dealer', country: 'MY', city: 'Penang', region: 'North' },
  });
  const today = localDay(0);
  const program = await rpc<{ id: string }>(page, 'programs.create', {
    name: 'Aircon SPIF',
    kind: 'spif',
    startsOn: localDay(-60),
    endsOn: localDay(120),
    budgetMinor: 1_000_000,
    currency: 'MYR',
    pointValueMinor: 1,
  });

  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page.getByText('No claims yet')).toBeVisible();
  await snapshot(page, testInfo, 'claims-empty');

  // Products: one with the code a dealer writes for it.
  await page.getByRole('button', { name: 'Products' }).click();
  await expect(page.getByText('No products yet')).toBeVisible();
  for (const [sku, name, alias] of [
    ['AC-1200X', 'Aircon 1.2 kW inverter', 'MJ-AC12'],
    ['FAN-40', 'Stand fan 40 cm', ''],
  ] as const) {
    await page.getByRole('button', { name: 'New product' }).first().click();
    const form = page.getByRole('form', { name: 'New product' });
    await form.getByRole('textbox', { name: 'SKU', exact: true }).fill(sku);
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await form.getByRole('combobox', { name: 'Category' }).fill('Cooling');
    if (alias) {
      await form.getByRole('combobox', { name: 'Aliases' }).fill(alias);
      await form.getByRole('combobox', { name: 'Aliases' }).press('Enter');
    }
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
  }
  await expect(page.getByTestId('products-count')).toHaveText('2 products');
  // A second product may not take a code already used.
  await page.getByRole('button', { name: 'New product' }).first().click();
  const clash = page.getByRole('form', { name: 'New product' });
  await clash.getByRole('textbox', { name: 'SKU', exact: true }).fill('mj-ac12');
  await clash.getByRole('textbox', { name: 'Name', exact: true }).fill('Copy');
  await clash.getByRole('button', { name: 'Save' }).click();
  await expect(
    clash.getByText("'mj-ac12' is already a code of Aircon 1.2 kW inverter (AC-1200X)."),
  ).toBeVisible();
  await clash.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await snapshot(page, testInfo, 'products');

  // The program rewards aircons, is active, and the dealer is enrolled.
  const products = await rpc<{ rows: { id: string; sku: string }[] }>(page, 'products.list', {});
  const aircon = products.rows.find((p) => p.sku === 'AC-1200X')!.id;
  let current = await rpc<Program>(page, 'programs.get', { id: program.id });
  await rpc(page, 'programs.saveRules', {
    programId: program.id,
    revision: current.revision,
    today,
    rules: [
      {
        key: 'aircon-spif',
        name: 'Aircon SPIF',
        award: 'points',
        basis: 'units',
        filter: { productIds: [aircon], categories: [] },
        calc: { kind: 'rate', rate: 50, every: 1 },
      },
    ],
  });
  current = await rpc<Program>(page, 'programs.get', { id: program.id });
  await rpc(page, 'programs.setStatus', {
    id: program.id,
    status: 'active',
    revision: current.revision,
    today,
  });
  await rpc(page, 'programs.enroll', { programId: program.id, partnerIds: [partner.id], today });

  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await page.getByRole('button', { name: 'New claim' }).first().click();
  const form = page.getByRole('form', { name: 'New claim' });
  await choose(form, 'Program', 'Aircon SPIF');
  await choose(form, 'Partner', 'Syarikat Maju Jaya (Penang)');
  await form.getByRole('textbox', { name: 'Invoice number' }).fill('INV-2026-0042');
  await form.getByRole('textbox', { name: 'Invoice date' }).fill(localDay(-3));
  await form.getByRole('combobox', { name: 'Line 1: SKU' }).fill('MJ-AC12');
  await form.getByRole('textbox', { name: 'Line 1: Quantity' }).fill('2');
  await form.getByRole('textbox', { name: 'Line 1: Amount' }).fill('3000.00');
  await form.getByRole('textbox', { name: 'Line 1: Serial numbers' }).fill('SN1001; SN1002');
  await form.getByRole('button', { name: 'Add line' }).click();
  await form.getByRole('combobox', { name: 'Line 2: SKU' }).fill('XX-9');
  await form.getByRole('textbox', { name: 'Line 2: Quantity' }).fill('1');
  await form.getByRole('textbox', { name: 'Line 2: Amount' }).fill('250');
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: 'invoice-0042.png', mimeType: 'image/png', buffer: png });
  await expect(form.getByRole('button', { name: 'Open invoice-0042.png' })).toBeVisible();
  await form.getByRole('button', { name: 'Save claim' }).click();

  const line2Sku = form.getByRole('combobox', { name: 'Line 2: SKU' });
  await expect(line2Sku).toHaveAttribute('aria-invalid', 'true');
  await expect(
    form.getByText("No product has the code 'XX-9': add it to the products, or as an alias of one."),
  ).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Line 1: SKU' })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByRole('dialog').screenshot({ path: testInfo.outputPath('claim-form-errors.png') });

  await line2Sku.fill('FAN-40');
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(form).toBeHidden();

  await expect(page.getByTestId('claims-count')).toHaveText('1 claim');
  const row = page.getByTestId('claim-row').first();
  await expect(row).toContainText('INV-2026-0042');
  await expect(row).toContainText('Syarikat Maju Jaya');
  await expect(row).toContainText('MYR 3,250.00');
  await expect(row).toContainText('Submitted');
  await expect(page.getByTestId('claims-count-submitted')).toHaveText('Submitted: 1');
  await snapshot(page, testInfo, 'claims-list');

  await row.getByRole('link', { name: 'INV-2026-0042' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'INV-2026-0042' })).toBeVisible();
  const lines = page.getByRole('table', { name: 'Lines' });
  await expect(lines).toContainText('Aircon 1.2 kW inverter');
  await expect(lines).toContainText('SN1001, SN1002');
  await expect(page.getByRole('button', { name: 'Open invoice-0042.png' })).toBeVisible();
  await expect(page.getByText('No awards yet: approving the claim posts them to the ledger.')).toBeVisible();

  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved', { exact: true }).first()).toBeVisible();
  const award = page.getByTestId('claim-award');
  await expect(award).toContainText('100 points');
  await expect(award).toContainText('Aircon SPIF');
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reverse' })).toBeVisible();
  await snapshot(page, testInfo, 'claim-page');
});

test('export the claims list with a filter: the file holds exactly the matching claims', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  const today = localDay(0);
  const partnerIds: string[] = [];
  for (const name of ['Syarikat Maju Jaya', 'Sinar Timur Trading']) {
    const { id } = await rpc<{ id: string }>(page, 'partners.create', {
      partner: { name, type: 'dealer', country: 'MY', city: 'Penang' },
    });
    partnerIds.push(id);
  }
  const program = await rpc<{ id: string }>(page, 'programs.create', {
    name: 'Aircon SPIF',
    kind: 'spif',
    startsOn: localDay(-60),
    endsOn: localDay(120),
    budgetMinor: 1_000_000,
    currency: 'MYR',
    pointValueMinor: 1,
  });
  await rpc(page, 'programs.saveRules', {
    programId: program.id,
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
  await rpc(page, 'programs.enroll', { programId: program.id, partnerIds, today });
  const { revision } = await rpc<Program>(page, 'programs.get', { id: program.id });
  await rpc(page, 'programs.setStatus', { id: program.id, status: 'active', revision, today });
  await rpc(page, 'products.create', { sku: 'AC-1200X', name: 'Aircon 1.2 kW inverter', aliases: [] });
  const claims: [number, string, number][] = [
    [0, 'INV-1001', 150_000],
    [1, 'INV-2001', 99_900],
    [1, 'INV-2002', 45_050],
  ];
  for (const [partner, invoiceNumber, amountMinor] of claims) {
    await rpc(page, 'claims.create', {
      programId: program.id,
      partnerId: partnerIds[partner],
      invoiceNumber,
      invoiceDate: localDay(-3),
      lines: [{ sku: 'AC-1200X', quantity: 1, amountMinor }],
      today,
    });
  }

  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page.getByTestId('claims-count')).toHaveText('3 claims');
  await page.getByRole('textbox', { name: 'Search invoice or partner' }).fill('Sinar');
  await expect(page.getByTestId('claims-count')).toHaveText('2 claims');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'CSV (.csv)' })).toBeVisible();
  await snapshot(page, testInfo, 'claims-export-menu');
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV (.csv)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await file.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^Program,Partner,Invoice number,Invoice date,Lines,Units,Amount,Currency,Status/);
  const rows = lines.slice(1).map((line) => line.split(','));
  expect(rows.map((row) => [row[1], row[2], row[6]]).sort()).toEqual([
    ['Sinar Timur Trading', 'INV-2001', '999.00'],
    ['Sinar Timur Trading', 'INV-2002', '450.50'],
  ]);
  await expect(page.getByText('2 rows exported to')).toBeVisible();
});
