// Sales claims on a real database file: the checks at each field (enrolment, program status and
// period, unknown SKUs, duplicates at the same partner), aliases mapped to products, cross-partner
// duplicates flagged, edits with a revision, delete and undo, the list's filters and totals, and the
// awards a claim's ledger entries carry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowChanges } from '../../../src/core/db/apply-changes';
import { newId } from '../../../src/core/db/ids';
import type { ClaimInput } from '../../../src/shared/claims';
import { openClaimsFixture, type ClaimsFixture } from './claims-fixture';

const today = '2026-11-24';

describe('claims', () => {
  let f: ClaimsFixture;
  let program: string;
  let maju: string;
  let sinar: string;
  let aircon: string;
  let fan: string;

  beforeEach(async () => {
    f = await openClaimsFixture();
    program = await f.program({ name: 'Cooling 2026', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    maju = await f.partner('Maju Jaya');
    sinar = await f.partner('Sinar Johor');
    await f.enroll(program, maju);
    await f.enroll(program, sinar);
    aircon = await f.product('AC-1200X', 'Aircon 1.2 kW', ['MJ-AC12'], 'Cooling');
    fan = await f.product('FAN-40', 'Stand fan', [], 'Cooling');
  });
  afterEach(async () => {
    await f.close();
  });

  const claim = (fields: Partial<ClaimInput> = {}): ClaimInput => ({
    programId: program,
    partnerId: maju,
    invoiceNumber: 'INV-2026-001',
    invoiceDate: '2026-10-05',
    lines: [
      { sku: 'mj-ac12', quantity: 2, amountMinor: 300_000, serialNumbers: ['SN1', 'SN2'] },
      { sku: 'FAN-40', quantity: 5, amountMinor: 50_000 },
    ],
    today,
    ...fields,
  });

  it('stores a claim with its lines mapped to products (aliases too) and its totals', async () => {
    const { id } = await f.call('claims.create', claim({ note: 'Delivered in two lots' }));
    const got = await f.call('claims.get', { id });
    expect(got).toMatchObject({
      programName: 'Cooling 2026',
      partnerName: 'Maju Jaya',
      invoiceNumber: 'INV-2026-001',
      status: 'submitted',
      currency: 'MYR',
      totalMinor: 350_000,
      units: 7,
      revision: 0,
      note: 'Delivered in two lots',
      duplicates: [],
      awards: [],
    });
    expect(got.lines).toEqual([
      {
        sku: 'mj-ac12',
        productId: aircon,
        productName: 'Aircon 1.2 kW',
        category: 'Cooling',
        quantity: 2,
        amountMinor: 300_000,
        serialNumbers: ['SN1', 'SN2'],
      },
      {
        sku: 'FAN-40',
        productId: fan,
        productName: 'Stand fan',
        category: 'Cooling',
        quantity: 5,
        amountMinor: 50_000,
        serialNumbers: [],
      },
    ]);
    const row = await f.ctx.db
      .selectFrom('claims')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ lineCount: 2, totalMinor: 350_000, units: 7, invoiceKey: 'INV2026001' });
  });

  it('answers every problem at its field', async () => {
    const outsider = await f.partner('Bukan Ahli');
    const left = await f.partner('Sudah Keluar');
    await f.enroll(program, left, '2026-06-30');
    const notEnrolled = await f.fails('claims.create', claim({ partnerId: outsider }));
    expect(notEnrolled.fields?.partnerId?.message).toBe('Bukan Ahli is not enrolled in this program.');
    expect((await f.fails('claims.create', claim({ partnerId: left }))).fields?.partnerId?.key).toBe(
      'validation.partnerNotEnrolled',
    );

    const outside = await f.fails('claims.create', claim({ invoiceDate: '2025-12-31' }));
    expect(outside.fields?.invoiceDate?.message).toBe(
      'The program runs from 2026-01-01 to 2026-12-31: this invoice date is outside it.',
    );
    const future = await f.fails('claims.create', claim({ invoiceDate: '2026-11-25' }));
    expect(future.fields?.invoiceDate?.key).toBe('validation.invoiceFuture');

    const unknownSku = await f.fails(
      'claims.create',
      claim({
        lines: [
          { sku: 'AC-1200X', quantity: 1, amountMinor: 100 },
          { sku: 'XX-9', quantity: 1, amountMinor: 100 },
        ],
      }),
    );
    expect(Object.keys(unknownSku.fields ?? {})).toEqual(['lines.1.sku']);
    expect(unknownSku.fields?.['lines.1.sku']?.message).toContain("No product has the code 'XX-9'");

    const badNumbers = await f.fails(
      'claims.create',
      claim({ lines: [{ sku: 'AC-1200X', quantity: -1, amountMinor: 0 }] }),
    );
    expect(badNumbers.fields?.['lines.0.quantity']?.key).toBe('validation.quantity');
    expect(badNumbers.fields?.['lines.0.amountMinor']?.key).toBe('validation.positiveAmount');
    expect((await f.fails('claims.create', claim({ lines: [] }))).fields?.lines?.key).toBe(
      'validation.claimNoLines',
    );

    const draft = await f.program({
      name: 'Next year',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      status: 'draft',
    });
    await f.enroll(draft, maju);
    const notOpen = await f.fails('claims.create', claim({ programId: draft }));
    expect(notOpen.fields?.programId?.message).toBe(
      'This program is draft: only active programs take claims.',
    );
    const ended = await f.program({
      name: 'Last year',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      status: 'ended',
    });
    expect((await f.fails('claims.create', claim({ programId: ended }))).fields?.programId?.key).toBe(
      'validation.programNotOpen',
    );
    expect((await f.call('claims.list', {})).total).toBe(0);
  });

  it('refuses the same invoice twice at one partner, flags it across partners', async () => {
    const first = await f.call('claims.create', claim());
    const again = await f.fails(
      'claims.create',
      claim({ invoiceNumber: 'inv 2026/001', invoiceDate: '2026-10-06' }),
    );
    expect(again.code).toBe('VALIDATION');
    expect(again.fields?.invoiceNumber?.message).toBe(
      'This partner already claimed invoice INV-2026-001 (claim of 2026-10-05).',
    );

    const other = await f.call('claims.create', claim({ partnerId: sinar }));
    const got = await f.call('claims.get', { id: other.id });
    expect(got.duplicates).toEqual([
      { claimId: first.id, partnerId: maju, partnerName: 'Maju Jaya', invoiceDate: '2026-10-05' },
    ]);
    await f.call('claims.create', claim({ invoiceNumber: 'INV-2026-002' }));
    const flagged = await f.call('claims.list', { flaggedOnly: true, sort: 'partnerName', direction: 'asc' });
    expect(flagged.rows.map((r) => [r.partnerName, r.flagged])).toEqual([
      ['Maju Jaya', true],
      ['Sinar Johor', true],
    ]);
    expect(
      (await f.call('claims.list', {})).rows.filter((r) => !r.flagged).map((r) => r.invoiceNumber),
    ).toEqual(['INV-2026-002']);

    // A rejected claim no longer blocks the invoice, nor flags the other partner's.
    await f.write(
      'Reject',
      rowChanges('claims', first.id, { status: 'rejected', decisionReason: 'No proof' }),
    );
    await f.call('claims.create', claim({ invoiceDate: '2026-10-07' }));
    expect((await f.call('claims.get', { id: other.id })).duplicates).toHaveLength(1);
  });

  it('edits a submitted claim at its revision, refuses stale and decided edits, deletes with undo', async () => {
    const { id } = await f.call('claims.create', claim());
    await f.call('claims.update', {
      ...claim({ lines: [{ sku: 'FAN-40', quantity: 1, amountMinor: 9_900 }] }),
      id,
      revision: 0,
    });
    const edited = await f.call('claims.get', { id });
    expect(edited).toMatchObject({ revision: 1, totalMinor: 9_900, units: 1 });
    // Saving the same invoice number again is not a duplicate of itself.
    const stale = await f.fails('claims.update', { ...claim(), id, revision: 0 });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('changed by someone else');

    const { batchId } = await f.call('claims.delete', { id });
    expect((await f.fails('claims.get', { id })).code).toBe('NOT_FOUND');
    await f.call('history.undo', { batchId });
    expect((await f.call('claims.get', { id })).totalMinor).toBe(9_900);

    await f.write('Approve', rowChanges('claims', id, { status: 'approved', revision: 2 }));
    const decided = await f.fails('claims.update', { ...claim(), id, revision: 2 });
    expect(decided.code).toBe('CONFLICT');
    expect(decided.message).toContain('approved');
    expect((await f.fails('claims.delete', { id })).code).toBe('CONFLICT');
  });

  it('lists with filters, sorting, paging, totals and counts per status', async () => {
    const a = await f.call('claims.create', claim({ invoiceNumber: 'A-1', invoiceDate: '2026-03-01' }));
    await f.call('claims.create', claim({ invoiceNumber: 'A-2', invoiceDate: '2026-04-01' }));
    await f.call(
      'claims.create',
      claim({ partnerId: sinar, invoiceNumber: 'B-1', invoiceDate: '2026-05-01' }),
    );
    await f.write('Approve', rowChanges('claims', a.id, { status: 'approved' }));

    const all = await f.call('claims.list', { sort: 'invoiceDate', direction: 'asc' });
    expect(all.rows.map((r) => r.invoiceNumber)).toEqual(['A-1', 'A-2', 'B-1']);
    expect(all).toMatchObject({ total: 3, totalMinor: 1_050_000 });
    expect(all.byStatus).toEqual({ submitted: 2, approved: 1, rejected: 0, reversed: 0 });
    expect(all.rows[0]).toMatchObject({ lines: 2, attachments: 0, units: 7, programName: 'Cooling 2026' });

    const submitted = await f.call('claims.list', { statuses: ['submitted'] });
    expect(submitted.total).toBe(2);
    // Counts per status ignore the status filter, so the chips keep their numbers.
    expect(submitted.byStatus.approved).toBe(1);
    expect((await f.call('claims.list', { partnerId: sinar })).rows.map((r) => r.invoiceNumber)).toEqual([
      'B-1',
    ]);
    expect((await f.call('claims.list', { search: 'sinar' })).total).toBe(1);
    expect((await f.call('claims.list', { search: 'a 2' })).rows.map((r) => r.invoiceNumber)).toEqual([
      'A-2',
    ]);
    const range = await f.call('claims.list', { from: '2026-03-15', to: '2026-05-01', sort: 'invoiceDate' });
    expect(range.rows.map((r) => r.invoiceNumber)).toEqual(['B-1', 'A-2']);
    const page = await f.call('claims.list', { sort: 'invoiceDate', direction: 'asc', offset: 1, limit: 1 });
    expect(page.rows.map((r) => r.invoiceNumber)).toEqual(['A-2']);
    expect(page.total).toBe(3);
    const other = await f.program({ name: 'Other', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    expect((await f.call('claims.list', { programId: other })).total).toBe(0);
  });

  it('returns the ledger entries a claim posted, with their explanations', async () => {
    const { id } = await f.call('claims.create', claim());
    const explanation = {
      ruleKey: 'spif',
      ruleName: 'Aircon SPIF',
      ruleVersion: 1,
      award: 'points',
      period: '2026-10',
      claims: [{ claimId: id, invoiceNumber: 'INV-2026-001', invoiceDate: '2026-10-05', basis: 2 }],
      steps: [],
      total: 20,
    };
    await f.ctx.write({
      label: 'Award',
      origin: 'local',
      permanent: true,
      changes: rowChanges('ledgerEntries', newId(), {
        programId: program,
        partnerId: maju,
        kind: 'earn',
        unit: 'points',
        amount: 20,
        postedOn: '2026-10-06',
        expiresOn: null,
        claimId: id,
        redemptionId: null,
        reversesId: null,
        ruleKey: 'spif',
        ruleVersion: 1,
        period: '2026-10',
        explanation: explanation as never,
        reason: '',
        actorId: null,
      }),
    });
    const got = await f.call('claims.get', { id });
    expect(got.awards).toHaveLength(1);
    expect(got.awards[0]).toMatchObject({ kind: 'earn', amount: 20, claimId: id, explanation });
  });
});
