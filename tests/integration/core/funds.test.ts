import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGamificationFixture, type GamificationFixture } from './gamification-fixture';

describe('rebate, MDF and co-op funds on a real database file', () => {
  let f: GamificationFixture;
  let programId: string;
  let maju: string;
  let sinar: string;
  let outsider: string;
  const today = '2026-05-10';
  beforeEach(async () => {
    f = await openGamificationFixture();
    maju = await f.partner('Maju Jaya');
    sinar = await f.partner('Sinar Elektrik');
    outsider = await f.partner('Kedai Luar');
    programId = await f.program({ startsOn: '2026-01-01', endsOn: '2026-12-31', budgetMinor: 1_000_000 });
    await f.enroll(programId, [maju, sinar]);
  });
  afterEach(async () => {
    await f.close();
  });

  const request = (fields: Partial<{ partnerId: string; amountMinor: number; plannedOn: string }> = {}) =>
    f.call('fundRequests.create', {
      programId,
      partnerId: maju,
      activity: 'Shop-front banner for the Raya sale',
      plannedOn: '2026-05-01',
      amountMinor: 200_000,
      today,
      ...fields,
    });
  const stored = async (id: string) =>
    (await f.call('fundRequests.list', { programId })).rows.find((row) => row.id === id)!;
  const attachment = async () =>
    f.call('attachments.add', { fileName: 'banner.jpg', mediaType: 'image/jpeg', contentBase64: 'aGVsbG8=' });

  it('allocates within the budget and says how much is left when an allocation would exceed it', async () => {
    await f.call('funds.allocate', { programId, partnerId: maju, amountMinor: 600_000 });
    const over = await f.fails('funds.allocate', { programId, partnerId: sinar, amountMinor: 500_000 });
    expect(over.fields?.amountMinor?.key).toBe('validation.overAllocation');
    expect(over.fields?.amountMinor?.message).toBe(
      'Allocations would exceed the budget: MYR 4000.00 of MYR 10000.00 is left to allocate.',
    );
    await f.call('funds.allocate', { programId, partnerId: sinar, amountMinor: 400_000 });
    // Changing an allocation replaces it (one per partner), so the partner's own old amount is free.
    await f.call('funds.allocate', {
      programId,
      partnerId: maju,
      amountMinor: 550_000,
      note: 'Cut after Q1',
    });
    const funds = await f.call('funds.program', { programId });
    expect(funds).toMatchObject({
      budgetMinor: 1_000_000,
      allocatedMinor: 950_000,
      remainingMinor: 1_000_000,
    });
    expect(funds.allocations.map((a) => [a.partnerName, a.allocatedMinor, a.note])).toEqual([
      ['Maju Jaya', 550_000, 'Cut after Q1'],
      ['Sinar Elektrik', 400_000, ''],
    ]);
    // 0 removes the allocation.
    await f.call('funds.allocate', { programId, partnerId: sinar, amountMinor: 0 });
    expect((await f.call('funds.program', { programId })).allocatedMinor).toBe(550_000);
  });

  it('refuses allocations and requests for partners not enrolled, and requests in a program not active', async () => {
    const allocation = await f.fails('funds.allocate', { programId, partnerId: outsider, amountMinor: 1000 });
    expect(allocation.fields?.partnerId?.message).toBe('Kedai Luar is not enrolled in this program.');
    const asked = await f.fails('fundRequests.create', {
      programId,
      partnerId: outsider,
      activity: 'Radio spots',
      plannedOn: '2026-05-01',
      amountMinor: 1000,
      today,
    });
    expect(asked.fields?.partnerId?.key).toBe('validation.partnerNotEnrolled');
    const draft = await f.program({ startsOn: '2026-01-01', endsOn: '2026-12-31', status: 'draft' });
    await f.enroll(draft, [maju]);
    const notActive = await f.fails('fundRequests.create', {
      programId: draft,
      partnerId: maju,
      activity: 'Radio spots',
      plannedOn: '2026-05-01',
      amountMinor: 1000,
      today,
    });
    expect(notActive.fields?.programId?.message).toBe(
      'Funds can be requested while the program is active; this one is draft.',
    );
    const outside = await f.fails('fundRequests.create', {
      programId,
      partnerId: maju,
      activity: 'Radio spots',
      plannedOn: '2027-02-01',
      amountMinor: 1000,
      today,
    });
    expect(outside.fields?.plannedOn?.key).toBe('validation.programPeriod');
    const zero = await f.fails('fundRequests.create', {
      programId,
      partnerId: maju,
      activity: 'Radio spots',
      plannedOn: '2026-05-01',
      amountMinor: 0,
      today,
    });
    expect(zero.fields?.amountMinor?.key).toBe('validation.positiveAmount');
  });

  it('keeps requests within what is left of the allocation, counting requested and approved amounts', async () => {
    await f.call('funds.allocate', { programId, partnerId: maju, amountMinor: 500_000 });
    const first = await request({ amountMinor: 300_000 });
    const over = await f.fails('fundRequests.create', {
      programId,
      partnerId: maju,
      activity: 'Radio spots',
      plannedOn: '2026-06-01',
      amountMinor: 250_000,
      today,
    });
    expect(over.fields?.amountMinor?.message).toBe(
      'Only MYR 2000.00 of the MYR 5000.00 allocated to this partner is left to request.',
    );
    // Approving less than asked frees the rest; editing a request does not count it twice.
    await f.call('fundRequests.decide', {
      id: first.id,
      revision: 0,
      decision: 'approve',
      approvedMinor: 100_000,
      today,
    });
    const second = await request({ amountMinor: 400_000 });
    await f.call('fundRequests.update', {
      id: second.id,
      revision: 0,
      activity: 'Radio spots, two weeks',
      plannedOn: '2026-06-01',
      amountMinor: 350_000,
      today,
    });
    const edit = await f.fails('fundRequests.update', {
      id: second.id,
      revision: 1,
      activity: 'Radio spots, two weeks',
      plannedOn: '2026-06-01',
      amountMinor: 450_000,
      today,
    });
    expect(edit.fields?.amountMinor?.key).toBe('validation.overRequest');
    // A partner without an allocation is limited only by the budget when approved.
    const unallocated = await request({ partnerId: sinar, amountMinor: 950_000 });
    const overBudget = await f.fails('fundRequests.decide', {
      id: unallocated.id,
      revision: 0,
      decision: 'approve',
      approvedMinor: null,
      today,
    });
    expect(overBudget.fields?.approvedMinor?.message).toBe(
      'Only MYR 9000.00 of the program budget is left to approve.',
    );
  });

  it('runs a request through approval, proof of performance and reimbursement; the burn follows', async () => {
    await f.call('funds.allocate', { programId, partnerId: maju, amountMinor: 500_000 });
    const { id } = await request();
    const tooMuch = await f.fails('fundRequests.decide', {
      id,
      revision: 0,
      decision: 'approve',
      approvedMinor: 250_000,
      today,
    });
    expect(tooMuch.fields?.approvedMinor?.message).toBe('Approve at most the MYR 2000.00 requested.');
    await f.call('fundRequests.decide', {
      id,
      revision: 0,
      decision: 'approve',
      approvedMinor: 150_000,
      today,
    });
    expect(await stored(id)).toMatchObject({
      status: 'approved',
      approvedMinor: 150_000,
      decidedOn: today,
      revision: 1,
    });

    const noProof = await f.fails('fundRequests.submitProof', { id, revision: 1, attachments: [], today });
    expect(noProof.fields?.attachments?.key).toBe('validation.proofRequired');
    const photo = await attachment();
    const early = await f.fails('fundRequests.submitProof', {
      id,
      revision: 1,
      attachments: [photo],
      today: '2026-04-30',
    });
    expect(early.fields?.attachments?.message).toBe(
      'The activity is planned for 2026-05-01: add proof once it has taken place.',
    );
    const unpaidEarly = await f.fails('fundRequests.reimburse', {
      id,
      revision: 1,
      reimbursedMinor: 1000,
      today,
    });
    expect(unpaidEarly.code).toBe('CONFLICT');
    await f.call('fundRequests.submitProof', {
      id,
      revision: 1,
      attachments: [photo],
      note: 'Photos of the banner',
      today,
    });
    expect(await stored(id)).toMatchObject({
      status: 'proof-submitted',
      attachments: [photo],
      proofNote: 'Photos of the banner',
    });

    const overPaid = await f.fails('fundRequests.reimburse', {
      id,
      revision: 2,
      reimbursedMinor: 150_001,
      today,
    });
    expect(overPaid.fields?.reimbursedMinor?.message).toBe('Reimburse at most the MYR 1500.00 approved.');
    await f.call('fundRequests.reimburse', {
      id,
      revision: 2,
      reimbursedMinor: 140_000,
      today: '2026-05-20',
    });
    expect(await stored(id)).toMatchObject({
      status: 'reimbursed',
      reimbursedMinor: 140_000,
      reimbursedOn: '2026-05-20',
    });

    const funds = await f.call('funds.program', { programId });
    expect(funds).toMatchObject({
      requestedMinor: 200_000,
      approvedMinor: 150_000,
      reimbursedMinor: 140_000,
      // What was paid is what the budget lost; the unpaid MYR 100 went back.
      remainingMinor: 860_000,
    });
    expect(funds.allocations[0]).toMatchObject({
      partnerName: 'Maju Jaya',
      requestedMinor: 200_000,
      reimbursedMinor: 140_000,
    });
    // The allocation cannot drop below what the partner's requests hold.
    const below = await f.fails('funds.allocate', { programId, partnerId: maju, amountMinor: 100_000 });
    expect(below.fields?.amountMinor?.message).toBe(
      'This partner already has MYR 1400.00 requested or approved: allocate at least that.',
    );
    // Funds reimbursed are part of the program's cost.
    expect((await f.call('programs.results', { programId, today })).costMinor).toBe(140_000);
  });

  it('rejects with a reason only, and of two people deciding at once only one succeeds', async () => {
    const { id } = await request();
    const noReason = await f.fails('fundRequests.decide', { id, revision: 0, decision: 'reject', today });
    expect(noReason.fields?.reason?.key).toBe('validation.required');
    const [a, b] = await Promise.allSettled([
      f.call('fundRequests.decide', { id, revision: 0, decision: 'approve', approvedMinor: null, today }),
      f.call('fundRequests.decide', {
        id,
        revision: 0,
        decision: 'reject',
        reason: 'No budget for radio',
        today,
      }),
    ]);
    const outcomes = [a.status, b.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const failure = (a.status === 'rejected' ? a.reason : (b as PromiseRejectedResult).reason) as {
      code: string;
    };
    expect(failure.code).toBe('CONFLICT');
    const row = await stored(id);
    expect(row.revision).toBe(1);
    expect(['approved', 'rejected']).toContain(row.status);
    // A decided request cannot be edited or decided again.
    const again = await f.fails('fundRequests.decide', { id, revision: 1, decision: 'approve', today });
    expect(again.code).toBe('CONFLICT');
    const edit = await f.fails('fundRequests.update', {
      id,
      revision: 1,
      activity: 'x',
      plannedOn: '2026-05-01',
      amountMinor: 1000,
      today,
    });
    expect(edit.code).toBe('CONFLICT');
  });

  it('lists requests by status, waiting work first, and undoes a decision with the write', async () => {
    const a = await request({ amountMinor: 1000 });
    const b = await request({ amountMinor: 2000 });
    const decided = await f.call('fundRequests.decide', {
      id: a.id,
      revision: 0,
      decision: 'reject',
      reason: 'Duplicate',
      today,
    });
    const all = await f.call('fundRequests.list', { programId });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.status)).toEqual(['submitted', 'rejected']);
    const rejected = await f.call('fundRequests.list', { programId, statuses: ['rejected'] });
    expect(rejected.rows.map((r) => [r.id, r.decisionReason, r.partnerName, r.programName])).toEqual([
      [a.id, 'Duplicate', 'Maju Jaya', 'Dealer rewards'],
    ]);
    await f.call('history.undo', { batchId: decided.batchId });
    expect((await stored(a.id)).status).toBe('submitted');
    expect((await f.call('fundRequests.list', { partnerId: sinar })).total).toBe(0);
    expect(b.id).not.toBe(a.id);
  });
});
