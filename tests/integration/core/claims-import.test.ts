// Importing a program's claims from a spreadsheet on a real database file: header suggestions in
// Malay, rows of one invoice grouped into one claim, per-row errors at their field, nothing written
// until the file is clean, one undoable batch, and a re-import that finds every claim unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openClaimsFixture, type ClaimsFixture } from './claims-fixture';

const today = '2026-11-24';
const csv = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8').toString('base64');

describe('claims import', () => {
  let f: ClaimsFixture;
  let program: string;
  let maju: string;
  let sinar: string;
  let aircon: string;

  beforeEach(async () => {
    f = await openClaimsFixture();
    program = await f.program({ name: 'Cooling 2026', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    maju = await f.partner('Maju Jaya');
    sinar = await f.partner('Sinar Johor');
    await f.partner('Bukan Ahli');
    await f.enroll(program, maju);
    await f.enroll(program, sinar);
    aircon = await f.product('AC-1200X', 'Aircon', ['MJ-AC12']);
    await f.product('FAN-40', 'Fan');
  });
  afterEach(async () => {
    await f.close();
  });

  const file = (lines: string[], fileName = 'claims.csv') => ({
    kind: 'claims' as const,
    fileName,
    contentBase64: csv(lines),
    today,
    programId: program,
  });

  const clean = [
    'Pelanggan,No Invois,Tarikh Invois,Kod Produk,Kuantiti,Amaun,No Siri,Catatan',
    'Maju Jaya,INV-001,2026-10-05,MJ-AC12,2,3000.00,SN1; SN2,first lot',
    'Maju Jaya,INV-001,2026-10-05,FAN-40,5,500.00,,',
    'Sinar Johor,INV-001,2026-10-06,AC-1200X,1,1500.00,SN9,',
    'Sinar Johor,S-77,2026-11-01,FAN-40,1,100.00,,',
  ];

  it('needs a program that takes claims', async () => {
    const missing = await f.fails('imports.preview', { ...file(clean), programId: null });
    expect(missing.fields?.programId?.key).toBe('validation.importClaimProgram');
    const draft = await f.program({
      name: 'Draft',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      status: 'draft',
    });
    const notOpen = await f.fails('imports.preview', { ...file(clean), programId: draft });
    expect(notOpen.fields?.programId?.key).toBe('validation.programNotOpen');
  });

  it('imports rows of one invoice as one claim, in one batch, and finds them unchanged again', async () => {
    const preview = await f.call('imports.preview', file(clean));
    expect(preview.mapping).toEqual({
      partner: 'Pelanggan',
      invoiceNumber: 'No Invois',
      invoiceDate: 'Tarikh Invois',
      sku: 'Kod Produk',
      quantity: 'Kuantiti',
      amount: 'Amaun',
      serialNumbers: 'No Siri',
      note: 'Catatan',
      currency: null,
    });
    expect(preview.mappingErrors).toEqual({});
    expect(preview.counts).toEqual({ new: 4, update: 0, unchanged: 0, error: 0 });
    expect(preview.rows.map((r) => r.partnerName)).toEqual([
      'Maju Jaya',
      'Maju Jaya',
      'Sinar Johor',
      'Sinar Johor',
    ]);

    const committed = await f.call('imports.commit', { ...file(clean), fileHash: preview.fileHash });
    expect(committed).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const listed = await f.call('claims.list', {
      importId: committed.id,
      sort: 'invoiceDate',
      direction: 'asc',
    });
    expect(
      listed.rows.map((r) => [r.partnerName, r.invoiceNumber, r.lines, r.totalMinor, r.status, r.flagged]),
    ).toEqual([
      ['Maju Jaya', 'INV-001', 2, 350_000, 'submitted', true],
      ['Sinar Johor', 'INV-001', 1, 150_000, 'submitted', true],
      ['Sinar Johor', 'S-77', 1, 10_000, 'submitted', false],
    ]);
    const majuClaim = await f.call('claims.get', { id: listed.rows[0]!.id });
    expect(majuClaim.lines[0]).toMatchObject({
      sku: 'MJ-AC12',
      productId: aircon,
      quantity: 2,
      serialNumbers: ['SN1', 'SN2'],
    });
    expect(majuClaim).toMatchObject({ note: 'first lot', importId: committed.id, currency: 'MYR' });

    const again = await f.call('imports.preview', file(clean, 'claims-again.csv'));
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 4, error: 0 });
    expect(again.previousImport?.id).toBe(committed.id);
    const second = await f.call('imports.commit', {
      ...file(clean, 'claims-again.csv'),
      fileHash: again.fileHash,
    });
    expect(second).toMatchObject({ id: null, created: 0, unchanged: 3 });
    expect((await f.call('claims.list', {})).total).toBe(3);

    // A corrected amount updates the submitted claim (at its next revision).
    const corrected = clean.map((line) =>
      line.replace('S-77,2026-11-01,FAN-40,1,100.00', 'S-77,2026-11-01,FAN-40,2,200.00'),
    );
    const update = await f.call('imports.preview', file(corrected));
    expect(update.counts).toEqual({ new: 0, update: 1, unchanged: 3, error: 0 });
    await f.call('imports.commit', { ...file(corrected), fileHash: update.fileHash });
    const s77 = (await f.call('claims.list', { search: 'S-77' })).rows[0]!;
    expect(s77.totalMinor).toBe(20_000);
    expect((await f.call('claims.get', { id: s77.id })).revision).toBe(1);

    // Undo of the first import takes its claims away.
    await f.call('history.undo', { batchId: committed.batchId! });
    expect((await f.call('claims.list', { importId: committed.id })).total).toBe(0);
  });

  it('says what is wrong with each row and imports nothing until the file is clean', async () => {
    await f.call('claims.create', {
      programId: program,
      partnerId: sinar,
      invoiceNumber: 'HAND-1',
      invoiceDate: '2026-09-01',
      lines: [{ sku: 'FAN-40', quantity: 1, amountMinor: 100 }],
      today,
    });
    const bad = [
      'Partner,Invoice number,Invoice date,SKU,Quantity,Amount,Currency',
      'Nobody Sdn Bhd,X-1,2026-10-01,FAN-40,1,10.00,', // 2: unknown partner
      'Bukan Ahli,X-2,2026-10-01,FAN-40,1,10.00,', // 3: not enrolled
      'Maju Jaya,X-3,2026-10-01,ZZ-9,1,10.00,', // 4: unknown SKU
      'Maju Jaya,X-4,2026-10-01,FAN-40,0,-5,', // 5: bad quantity and amount
      'Maju Jaya,X-5,2025-12-31,FAN-40,1,10.00,', // 6: before the program
      'Maju Jaya,X-6,2026-11-25,FAN-40,1,10.00,', // 7: future
      'Sinar Johor,hand 1,2026-10-01,FAN-40,1,10.00,', // 8: already claimed by hand
      'Maju Jaya,X-7,2026-10-01,FAN-40,1,10.00,', // 9: fine…
      'Maju Jaya,X-7,2026-10-01,FAN-40,1,10.00,', // 10: …the same line twice
      'Maju Jaya,X-8,2026-10-01,FAN-40,1,10.00,SGD', // 11: currency
      'Maju Jaya,X-9,2026-10-01,FAN-40,1,10.00,', // 12: fine
      'Maju Jaya,X-9,2026-10-02,AC-1200X,1,10.00,', // 13: same invoice, other date
      'Maju Jaya,X-10,2026-10-01,FAN-40,1,10.00,MYR', // 14: clean
    ];
    const preview = await f.call('imports.preview', file(bad));
    const errors = Object.fromEntries(
      preview.rows.map((row) => [
        row.rowNumber,
        Object.entries(row.errors).map(([field, m]) => `${field}: ${m.message}`),
      ]),
    );
    expect(errors).toEqual({
      2: ["partner: No partner named 'Nobody Sdn Bhd'."],
      3: ['partner: Bukan Ahli is not enrolled in this program.'],
      4: ["sku: No product has the code 'ZZ-9': add it to the products, or as an alias of one."],
      5: ['quantity: Enter a whole number of 1 or more.', 'amount: Enter an amount of zero or more.'],
      6: ['invoiceDate: The program runs from 2026-01-01 to 2026-12-31: this invoice date is outside it.'],
      7: ['invoiceDate: This invoice date is in the future.'],
      8: ['invoiceNumber: This partner already claimed invoice HAND-1 (claim of 2026-09-01).'],
      9: [],
      10: ['sku: Row 9 is the same line of this invoice.'],
      11: ["currency: This row is in SGD; the program's currency is MYR."],
      12: [],
      13: ['invoiceDate: Row 12 has this invoice with another date (2026-10-01).'],
      14: [],
    });
    expect(preview.counts.error).toBe(10);

    const refused = await f.fails('imports.commit', { ...file(bad), fileHash: preview.fileHash });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain('10 rows have errors; nothing was imported');
    expect(refused.fields?.['rows.4.sku']?.key).toBe('validation.skuUnknown');
    expect((await f.call('claims.list', {})).total).toBe(1);
  });

  it('keeps the sales and survey imports as they were', async () => {
    const sales = await f.call('imports.preview', {
      kind: 'sales',
      fileName: 'sales.csv',
      contentBase64: csv(['Partner,Month,Revenue', 'Maju Jaya,2026-10,1000.00']),
      today,
    });
    expect(sales.counts.new).toBe(1);
    expect(sales.fields.map((field) => field.key)).toEqual([
      'partner',
      'month',
      'revenue',
      'units',
      'orders',
      'currency',
      'note',
    ]);
  });
});
